package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.SignInFrom;
import org.kmbportal.testing.Visitor;

/**
 * Generated input (jqwik) in every free-text entry of the running portal, pages and API: the search box and
 * {@code q}, suggestions, an organization's challenges, titles, revision notes, Markdown, collection items (notes,
 * outside links' titles and addresses), join codes and the sign-in fields. Text up to each field's limit made of the
 * library's own words in both languages, long paragraphs, punctuation, quotes and brackets, emoji, right-to-left
 * text and control characters ({@link GeneratedText}). No answer may be a 5xx or the "Something went wrong" page; a
 * refusal is a 4xx with a message in words. jqwik reports the tries of each entry and the answers it got.
 */
class FreeTextE2E {

    private static URI portal;
    private static Visitor editor;
    private static Visitor mentor;
    private static String draft;
    private static String collection;
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @BeforeContainer
    static void people() {
        portal = RunningPortal.base();
        Visitor admin = People.admin(portal);
        // Its own people and items each time (a portal given by kmb.e2e.portal may have seen an earlier run).
        String run = Long.toString(System.currentTimeMillis(), 36);
        editor = People.invited(portal, admin, "free-text-editor-" + run + "@kmb.test", "Fran Text", "editor");
        mentor = People.invited(portal, admin, "free-text-mentor-" + run + "@kmb.test", "Gen Text", "mentor");
        draft = "free-text-guide-" + run;
        String guide = "---\nid: " + draft + "\ntype: practice-guide\ntitle: \"Free text\"\nlanguage: en\n"
                + "status: draft\nsummary: \"Edited by generated input.\"\n---\n1. A step.\n";
        Http.Answer created = editor.api("PUT", "/api/editor/resources/" + draft,
                Json.createObjectBuilder().add("version", -1).add("text", guide).build().toString());
        assertTrue(created.status() == 200, created.body());
        Http.Answer made = mentor.api("POST", "/api/collections", "{\"title\": \"Free text\", \"language\": \"en\","
                + " \"visibility\": \"private\", \"items\": []}");
        assertTrue(made.status() == 201, made.body());
        collection = made.json().getString("id");
    }

    @Property(tries = 60)
    void theSearchPageAnswersAnyQuery(@ForAll("search") String q) {
        page("search page", editor.get("/search?q=" + encode(q)));
    }

    @Property(tries = 100)
    void theSearchApiAnswersAnyQuery(@ForAll("search") String q) {
        api("search api", Http.get(portal, "/api/search?q=" + encode(q)));
    }

    @Property(tries = 100)
    void suggestionsAnswerAnyPrefix(@ForAll("prefix") String q) {
        api("suggestions", Http.get(portal, "/api/suggest?q=" + encode(q)));
    }

    @Property(tries = 40)
    void theOrganizationPageAnswersAnyChallenges(@ForAll("challenges") String challenges) {
        page("organization page", Http.get(portal, "/organization?submitted=1&organization_size=small&challenges="
                + encode(challenges)));
    }

    @Property(tries = 60)
    void matchingAnswersAnyChallenges(@ForAll("challenges") String challenges, @ForAll("language") String language) {
        String body = Json.createObjectBuilder().add("context", Json.createObjectBuilder())
                .add("challenges", challenges).add("language", language).add("size", 10).build().toString();
        api("match api", Http.post(portal, "/api/match", "application/json", body));
    }

    @Property(tries = 30)
    void theEditFormTakesAnyTitleAndRevisionNote(@ForAll("title") String title, @ForAll("note") String note) {
        page("edit form title and note", editor.submit("/editor/edit?id=" + draft, "edit", Map.of("title", title,
                "note", note), "save"));
    }

    @Property(tries = 30)
    void theEditFormTakesAnyMarkdown(@ForAll("markdown") String body, @ForAll("paragraph") String summary) {
        page("edit form Markdown", editor.submit("/editor/edit?id=" + draft, "edit", Map.of("guideBody", body,
                "guideSummary", summary), "save"));
    }

    @Property(tries = 50)
    void aCollectionTakesAnyTitleAndMarkdownDescription(@ForAll("title") String title,
            @ForAll("markdown") String description) {
        JsonObject body = Json.createObjectBuilder().add("version", -1).add("title", title)
                .add("description", description).build();
        api("collection title and description", mentor.api("PUT", "/api/collections/" + collection,
                body.toString()));
    }

    @Property(tries = 50)
    void aCollectionTakesAnyItems(@ForAll("note") String note, @ForAll("title") String linkTitle,
            @ForAll("address") String address, @ForAll("resourceId") String resource) {
        JsonObject body = Json.createObjectBuilder().add("version", -1).add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("url", address).add("title", linkTitle).add("note", note))
                .add(Json.createObjectBuilder().add("resource", resource).add("note", note))).build();
        api("collection items", mentor.api("PUT", "/api/collections/" + collection, body.toString()));
    }

    @Property(tries = 60)
    void aJoinCodeCanBeAnything(@ForAll("joinCode") String code) {
        api("join code", mentor.api("POST", "/api/mentor/organizations", Json.createObjectBuilder()
                .add("join_code", code).build().toString()));
    }

    /**
     * Each try comes from another loopback address (127.0.0.x): the portal locks an address after many failed
     * sign-ins, and the other tests of the run sign in from 127.0.0.1.
     */
    @Property(tries = 40)
    void theSignInFormAnswersAnyEmailAndPassword(@ForAll("email") String email, @ForAll("password") String password)
            throws Exception {
        InetAddress from = InetAddress.getByName("127.0.0." + (10 + ADDRESS.getAndIncrement() % 240));
        Http.Answer answer = SignInFrom.address(from).submit(portal, email, password);
        page("sign-in form", answer);
        assertFalse(answer.status() == 302, "generated credentials never sign anyone in");
    }

    private static void page(String entry, Http.Answer answer) {
        Statistics.label(entry).collect(answer.status());
        assertTrue(answer.status() < 500, entry + " answered " + answer.status() + ":\n" + answer.body());
        assertFalse(answer.body().contains("<h1>" + Bundle.text("en", "error.500.title") + "</h1>"), entry
                + " showed the error page");
    }

    private static void api(String entry, Http.Answer answer) {
        Statistics.label(entry).collect(answer.status());
        assertTrue(answer.status() < 500, entry + " answered " + answer.status() + ":\n" + answer.body());
        if (answer.status() >= 400) {
            JsonObject error = answer.json();
            assertFalse(error.getString("message", "").isBlank(), "a refusal says why: " + answer.body());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<String> search() {
        return Arbitraries.oneOf(GeneratedText.shortText(45, 500), GeneratedText.upTo(520));
    }

    @Provide
    Arbitrary<String> prefix() {
        return Arbitraries.oneOf(GeneratedText.shortText(3, 40), GeneratedText.upTo(300));
    }

    @Provide
    Arbitrary<String> challenges() {
        return Arbitraries.oneOf(GeneratedText.libraryWords(2000), GeneratedText.upTo(2000),
                GeneratedText.upTo(2100));
    }

    @Provide
    Arbitrary<String> language() {
        return Arbitraries.of("en", "fr");
    }

    @Provide
    Arbitrary<String> title() {
        return Arbitraries.oneOf(GeneratedText.libraryWords(500), GeneratedText.upTo(500));
    }

    @Provide
    Arbitrary<String> note() {
        return Arbitraries.oneOf(GeneratedText.libraryWords(1000), GeneratedText.upTo(1000));
    }

    @Provide
    Arbitrary<String> paragraph() {
        return GeneratedText.upTo(2000);
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(GeneratedText.libraryWords(8000), GeneratedText.upTo(8000));
    }

    @Provide
    Arbitrary<String> address() {
        return Arbitraries.oneOf(GeneratedText.shortText(6, 2000).map(t -> "https://example.org/" + t),
                GeneratedText.shortText(6, 2000), Arbitraries.of("https://example.org/a", "javascript:alert(1)",
                        "http://", "ftp://example.org", "https://exa mple.org", "https://例え.jp/パス"));
    }

    @Provide
    Arbitrary<String> resourceId() {
        return Arbitraries.oneOf(Arbitraries.of("lachance-2019-inter-organizational-mentoring",
                "closing-a-match-well", "no-such-resource"), GeneratedText.shortText(3, 200));
    }

    @Provide
    Arbitrary<String> joinCode() {
        return Arbitraries.oneOf(GeneratedText.shortText(3, 64), GeneratedText.upTo(300));
    }

    @Provide
    Arbitrary<String> email() {
        return Arbitraries.oneOf(GeneratedText.shortText(4, 320).map(t -> t + "@kmb.test"),
                GeneratedText.shortText(4, 320), GeneratedText.upTo(400));
    }

    @Provide
    Arbitrary<String> password() {
        return Arbitraries.oneOf(GeneratedText.shortText(6, 200), GeneratedText.upTo(300));
    }
}
