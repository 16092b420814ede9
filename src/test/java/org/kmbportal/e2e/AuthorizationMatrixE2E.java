package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.editorial.ContentArchive;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Every page and endpoint against every kind of visitor, from one table ({@code authorization-matrix.csv}), on the
 * running portal: what is allowed is answered, what is refused is refused (and nothing refused gets through).
 * State-changing calls are tried again without the CSRF token, and must be refused for everyone. Collections of each
 * visibility come from {@link MatrixCollections}, partnerships from {@link MatrixPartnerships}.
 */
@ExtendWith(RunningPortal.class)
class AuthorizationMatrixE2E {

    /**
     * The draft of this run of the class: a second run (the pom's rerun of a failed check, on the same portal) has
     * people, an organization, a draft and collections of its own, as the rows change what they find (a profile saved,
     * a collection titled or imported) and would find the first run's.
     */
    static String draft;
    private static final List<String> ROLES = List.of("anonymous", "member", "other-member", "mentor", "editor",
            "admin");
    private static final AtomicInteger CHECKS = new AtomicInteger();

    private static final Map<String, Visitor> visitors = new LinkedHashMap<>();
    private static final Map<String, String> placeholders = new LinkedHashMap<>();

    @BeforeAll
    static void createOneVisitorOfEachKind(URI portal) {
        String run = Long.toString(System.nanoTime(), 36);
        placeholders.put("{run}", run);
        placeholders.put("{member-email}", "matrix-member-" + run + "@kmb.test");
        String otherEmail = "matrix-other-" + run + "@kmb.test";
        Visitor admin = People.admin(portal);
        Visitor member = People.member(portal, placeholders.get("{member-email}"), "Matrix Member", "Matrix Org A");
        Visitor other = People.member(portal, otherEmail, "Matrix Other", "Matrix Org B");
        Visitor mentor = People.invited(portal, admin, "matrix-mentor-" + run + "@kmb.test", "Matrix Mentor", "mentor");
        Visitor editor = People.invited(portal, admin, "matrix-editor-" + run + "@kmb.test", "Matrix Editor", "editor");
        visitors.put("anonymous", new Visitor(portal));
        visitors.put("member", member);
        visitors.put("other-member", other);
        visitors.put("mentor", mentor);
        visitors.put("editor", editor);
        visitors.put("admin", admin);

        draft = "matrix-draft-" + run;
        Http.Answer created = editor.api("PUT", "/api/editor/resources/" + draft, draftJson());
        assertEquals(200, created.status(), created.body());
        placeholders.put("{draft}", draft);
        placeholders.put("{org}", String.valueOf(Visitor.json(member.get("/api/account").body())
                .getJsonNumber("organization").longValue()));
        placeholders.put("{account}", People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(otherEmail))
                .map(u -> String.valueOf(u.getJsonNumber("id").longValue())).findFirst().orElseThrow());
        MatrixCollections.create(member, mentor, placeholders);
        MatrixPartnerships.create(member, mentor, placeholders);
    }

    static String draftJson() {
        String text = "---\nid: " + draft + "\ntype: practice-guide\ntitle: \"A draft only editors see\"\n"
                + "language: en\nstatus: draft\nsummary: \"Used by the authorization matrix.\"\n---\nSteps.\n";
        return jakarta.json.Json.createObjectBuilder().add("version", -1).add("text", text).build().toString();
    }

    @TestFactory
    Stream<DynamicTest> everyPageAndEndpointForEveryKindOfVisitor() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : table()) {
            boolean stateFree = row.get("method").startsWith("~");
            String method = row.get("method").replace("~", "");
            String path = fill(row.get("path"));
            String body = fill(row.get("body"));
            for (String role : ROLES) {
                String expected = row.get(role);
                tests.add(DynamicTest.dynamicTest(role + " " + method + " " + path + " -> " + expected,
                        () -> check(role, method, path, body, expected, true)));
                if (!method.equals("GET")) {
                    // "once": a reader's answer, kept once per reader, with or without the token: the repeat
                    // replaces the first (answered 200, "updated")
                    String refused = stateFree
                            ? (expected.equals("once") ? "ok" : expected)
                            : role.equals("anonymous") ? (path.startsWith("/api/") ? "401" : "sign-in") : "403";
                    tests.add(DynamicTest.dynamicTest(role + " " + method + " " + path + " without CSRF token -> "
                            + refused, () -> check(role, method, path, body, refused, false)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String role, String method, String path, String body, String expected,
            boolean withToken) throws IOException {
        CHECKS.incrementAndGet();
        Visitor visitor = visitors.get(role);
        Http.Answer answer;
        if (body.equals("zip")) {
            answer = visitor.upload(path, ContentArchive.write(Map.of("guides/x.md", "not front matter")),
                    withToken);
        } else if (method.equals("GET")) {
            answer = visitor.get(path);
        } else {
            answer = visitor.api(method, path, body.isEmpty() ? null : body, withToken);
        }
        String what = role + " " + method + " " + path + ": " + answer.status() + " " + abbreviate(answer.body());
        switch (expected) {
            case "ok", "once" -> assertTrue(answer.status() >= 200 && answer.status() < 300, what);
            case "sign-in" -> {
                assertEquals(302, answer.status(), what);
                URI location = URI.create(answer.header("Location"));
                assertTrue(location.getPath().endsWith("/sign-in"), what + " to " + location);
                // A page asked for is named, to go back to after signing in; so is the page a posted form (here the
                // import page's upload) came from.
                // Both by the page's public address (a folder's index is the folder).
                String back = method.equals("GET")
                        ? path.replaceFirst("/index$", "/")
                        : path.replaceFirst("/upload$",
                                "");
                assertEquals("next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), location.getRawQuery(), what
                        + " to " + location);
            }
            default -> assertEquals(Integer.parseInt(expected), answer.status(), what);
        }
        if (!expected.equals("ok") && !expected.equals("once")) {
            assertTrue(answer.status() >= 300, "a refused request got through: " + what);
        }
    }

    @AfterAll
    static void reportTheCount() {
        System.out.println("Authorization matrix: " + CHECKS.get() + " checks on " + ROLES.size()
                + " kinds of visitor");
    }

    /** The table's rows as column name to value; lines starting with # are comments. */
    static List<Map<String, String>> table() throws IOException {
        try (InputStream in = AuthorizationMatrixE2E.class.getResourceAsStream("/authorization-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split(";", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";", -1);
                assertEquals(header.length, cells.length, "columns in: " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].strip(), cells[i].strip());
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static String fill(String path) {
        String filled = path;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            filled = filled.replace(p.getKey(), p.getValue());
        }
        return filled;
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
