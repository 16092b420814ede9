package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/** What {@link InsightsInServer} works with: the shipped resources, its people, and reading the pages and reports. */
final class InsightsFixture {

    private static Map<String, Visitor> people;

    private InsightsFixture() {
    }

    /** The shipped research summaries' ids, in file order; each test answers about its own few. */
    static List<String> summaries() {
        Path dir = Path.of(System.getProperty("kmb.content.dir", "content")).resolve("summaries");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted()
                    .map(n -> n.substring(0, n.length() - 3)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An administrator, an editor, two members of one organization and a member of another. */
    static synchronized Map<String, Visitor> people() {
        if (people == null) {
            URI base = Deployments.base();
            Visitor admin = People.admin(base);
            Visitor member = People.member(base, "it-ins-member@kmb.test", "Insights Member", "Insights Org A");
            long organization = member.get("/api/account").json().getJsonNumber("organization").longValue();
            String code = member.get("/api/organizations/" + organization).json().getString("join_code");
            Http.Answer joined = new Visitor(base).submit("/sign-up", "signup", Map.of("name", "Insights Colleague",
                    "email", "it-ins-colleague@kmb.test", "password", People.PASSWORD, "confirmation",
                    People.PASSWORD, "choice", "join", "joinCode", code));
            assertEquals(302, joined.status(), joined.body());
            Visitor colleague = People.signedIn(base, "it-ins-colleague@kmb.test");
            people = Map.of("admin", admin, "editor",
                    People.invited(base, admin, "it-ins-editor@kmb.test", "Insights Editor", "editor"), "member",
                    member, "colleague", colleague, "other",
                    People.member(base, "it-ins-other@kmb.test", "Insights Other", "Insights Org B"));
        }
        return people;
    }

    static Http.Answer answer(Visitor reader, String resource, String json) {
        return reader.api("POST", "/api/resources/" + resource + "/feedback", json, false);
    }

    static JsonObject row(JsonObject report, String list, String id) {
        return report.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(id)).findFirst().orElse(null);
    }

    static String query(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** The page's link to the result of that rank (through /search/open), as the browser would follow it. */
    static String resultLink(String page, int rank) {
        Matcher link = Pattern.compile("href=\"(/search/open\\?[^\"]*?rank=" + rank + "&amp;[^\"]*)\"").matcher(page);
        assertTrue(link.find(), "result " + rank + " links through /search/open:\n" + page);
        return link.group(1).replace("&amp;", "&");
    }

    static JsonObject gap(JsonObject gaps, String normalized) {
        return gaps.getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("query").equals(normalized)).findFirst()
                .orElseThrow(() -> new AssertionError(normalized + " is not among the gaps: " + gaps));
    }

    /** The jar a class was loaded from, to go into a test deployment. */
    static java.io.File jarOf(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The table's columns, by name in lower case (H2 keeps them in upper case). */
    static java.util.Set<String> columns(jakarta.persistence.EntityManager em, String table) {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("select column_name from information_schema.columns"
                + " where lower(table_name) = '" + table + "' and lower(table_schema) = 'public'").getResultList();
        java.util.Set<String> lower = new java.util.HashSet<>();
        names.forEach(n -> lower.add(String.valueOf(n).toLowerCase(java.util.Locale.ROOT)));
        return lower;
    }
}
