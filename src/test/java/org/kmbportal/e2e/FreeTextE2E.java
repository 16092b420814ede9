package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.SignInFrom;
import org.kmbportal.testing.Visitor;

/**
 * Generated input ({@link Gen}, seeded: {@code -Dkmb.generated.seed} gives other inputs) in every free-text entry of the running portal, pages and API: the search box and
 * {@code q}, suggestions, an organization's challenges, titles, revision notes, Markdown, collection items (notes,
 * outside links' titles and addresses), join codes and the sign-in fields. Text up to each field's limit made of the
 * library's own words in both languages, long paragraphs, punctuation, quotes and brackets, emoji, right-to-left
 * text and control characters ({@link GeneratedText}). No answer may be a 5xx or the "Something went wrong" page; a
 * refusal is a 4xx with a message in words. Each try is its own test in the report.
 */
class FreeTextE2E {

    private static URI portal;
    private static Visitor editor;
    private static Visitor mentor;
    private static String draft;
    private static String collection;
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @BeforeAll
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

    @ParameterizedTest(name = "try {index}")
    @MethodSource("theSearchPageAnswersAnyQueryTries")
    void theSearchPageAnswersAnyQuery(String q) {
        page("search page", editor.get("/search?q=" + encode(q)));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("theSearchApiAnswersAnyQueryTries")
    void theSearchApiAnswersAnyQuery(String q) {
        api("search api", Http.get(portal, "/api/search?q=" + encode(q)));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("suggestionsAnswerAnyPrefixTries")
    void suggestionsAnswerAnyPrefix(String q) {
        api("suggestions", Http.get(portal, "/api/suggest?q=" + encode(q)));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("theOrganizationPageAnswersAnyChallengesTries")
    void theOrganizationPageAnswersAnyChallenges(String challenges) {
        page("organization page", Http.get(portal, "/organization?submitted=1&organization_size=small&challenges="
                + encode(challenges)));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("matchingAnswersAnyChallengesTries")
    void matchingAnswersAnyChallenges(String challenges, String language) {
        String body = Json.createObjectBuilder().add("context", Json.createObjectBuilder())
                .add("challenges", challenges).add("language", language).add("size", 10).build().toString();
        api("match api", Http.post(portal, "/api/match", "application/json", body));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("theEditFormTakesAnyTitleAndRevisionNoteTries")
    void theEditFormTakesAnyTitleAndRevisionNote(String title, String note) {
        page("edit form title and note", editor.submit("/editor/edit?id=" + draft, "edit", Map.of("title", title,
                "note", note), "save"));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("theEditFormTakesAnyMarkdownTries")
    void theEditFormTakesAnyMarkdown(String body, String summary) {
        page("edit form Markdown", editor.submit("/editor/edit?id=" + draft, "edit", Map.of("guideBody", body,
                "guideSummary", summary), "save"));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("aCollectionTakesAnyTitleAndMarkdownDescriptionTries")
    void aCollectionTakesAnyTitleAndMarkdownDescription(String title,
            String description) {
        JsonObject body = Json.createObjectBuilder().add("version", -1).add("title", title)
                .add("description", description).build();
        api("collection title and description", mentor.api("PUT", "/api/collections/" + collection,
                body.toString()));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("aCollectionTakesAnyItemsTries")
    void aCollectionTakesAnyItems(String note, String linkTitle,
            String address, String resource) {
        JsonObject body = Json.createObjectBuilder().add("version", -1).add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("url", address).add("title", linkTitle).add("note", note))
                .add(Json.createObjectBuilder().add("resource", resource).add("note", note))).build();
        api("collection items", mentor.api("PUT", "/api/collections/" + collection, body.toString()));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("aJoinCodeCanBeAnythingTries")
    void aJoinCodeCanBeAnything(String code) {
        api("join code", mentor.api("POST", "/api/mentor/organizations", Json.createObjectBuilder()
                .add("join_code", code).build().toString()));
    }

    /**
     * Each try comes from another loopback address (127.0.0.x): the portal locks an address after many failed
     * sign-ins, and the other tests of the run sign in from 127.0.0.1.
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("theSignInFormAnswersAnyEmailAndPasswordTries")
    void theSignInFormAnswersAnyEmailAndPassword(String email, String password)
            throws Exception {
        InetAddress from = InetAddress.getByName("127.0.0." + (10 + ADDRESS.getAndIncrement() % 240));
        Http.Answer answer = SignInFrom.address(from).submit(portal, email, password);
        page("sign-in form", answer);
        assertFalse(answer.status() == 302, "generated credentials never sign anyone in");
    }

    private static void page(String entry, Http.Answer answer) {
        assertTrue(answer.status() < 500, entry + " answered " + answer.status() + ":\n" + answer.body());
        assertFalse(answer.body().contains("<h1>" + Bundle.text("en", "error.500.title") + "</h1>"), entry
                + " showed the error page");
    }

    private static void api(String entry, Http.Answer answer) {
        assertTrue(answer.status() < 500, entry + " answered " + answer.status() + ":\n" + answer.body());
        if (answer.status() >= 400) {
            JsonObject error = answer.json();
            assertFalse(error.getString("message", "").isBlank(), "a refusal says why: " + answer.body());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // The inputs of each entry, by its test's name: how many tries, and what each one is made of.

    static Stream<String> theSearchPageAnswersAnyQueryTries() {
        return Gen.tries("search page", 60, search());
    }

    static Stream<String> theSearchApiAnswersAnyQueryTries() {
        return Gen.tries("search api", 100, search());
    }

    static Stream<String> suggestionsAnswerAnyPrefixTries() {
        return Gen.tries("suggestions", 100, Gen.oneOf(GeneratedText.shortText(3, 40), GeneratedText.upTo(300)));
    }

    static Stream<String> theOrganizationPageAnswersAnyChallengesTries() {
        return Gen.tries("organization page", 40, challenges());
    }

    static Stream<Arguments> matchingAnswersAnyChallengesTries() {
        return pairs("match api", 60, challenges(), Gen.of("en", "fr"));
    }

    static Stream<Arguments> theEditFormTakesAnyTitleAndRevisionNoteTries() {
        return pairs("edit title and note", 30, title(), note());
    }

    static Stream<Arguments> theEditFormTakesAnyMarkdownTries() {
        return pairs("edit Markdown", 30, markdown(), GeneratedText.upTo(2000));
    }

    static Stream<Arguments> aCollectionTakesAnyTitleAndMarkdownDescriptionTries() {
        return pairs("collection title", 50, title(), markdown());
    }

    static Stream<Arguments> aCollectionTakesAnyItemsTries() {
        Gen<String> note = note();
        Gen<String> title = title();
        Gen<String> address = Gen.oneOf(GeneratedText.shortText(6, 2000).map(t -> "https://example.org/" + t),
                GeneratedText.shortText(6, 2000), Gen.of("https://example.org/a", "javascript:alert(1)", "http://",
                        "ftp://example.org", "https://exa mple.org", "https://例え.jp/パス"));
        Gen<String> resource = Gen.oneOf(Gen.of("lachance-2019-inter-organizational-mentoring",
                "closing-a-match-well", "no-such-resource"), GeneratedText.shortText(3, 200));
        return Gen.tries("collection items", 50, random -> Arguments.of(note.next(random), title.next(random),
                address.next(random), resource.next(random)));
    }

    static Stream<String> aJoinCodeCanBeAnythingTries() {
        return Gen.tries("join code", 60, Gen.oneOf(GeneratedText.shortText(3, 64), GeneratedText.upTo(300)));
    }

    static Stream<Arguments> theSignInFormAnswersAnyEmailAndPasswordTries() {
        return pairs("sign-in", 40, Gen.oneOf(GeneratedText.shortText(4, 320).map(t -> t + "@kmb.test"),
                GeneratedText.shortText(4, 320), GeneratedText.upTo(400)),
                Gen.oneOf(GeneratedText.shortText(6, 200), GeneratedText.upTo(300)));
    }

    private static Stream<Arguments> pairs(String name, int tries, Gen<String> first, Gen<String> second) {
        return Gen.tries(name, tries, random -> Arguments.of(first.next(random), second.next(random)));
    }

    private static Gen<String> search() {
        return Gen.oneOf(GeneratedText.shortText(45, 500), GeneratedText.upTo(520));
    }

    private static Gen<String> challenges() {
        return Gen.oneOf(GeneratedText.libraryWords(2000), GeneratedText.upTo(2000), GeneratedText.upTo(2100));
    }

    private static Gen<String> title() {
        return Gen.oneOf(GeneratedText.libraryWords(500), GeneratedText.upTo(500));
    }

    private static Gen<String> note() {
        return Gen.oneOf(GeneratedText.libraryWords(1000), GeneratedText.upTo(1000));
    }

    private static Gen<String> markdown() {
        return Gen.oneOf(GeneratedText.libraryWords(8000), GeneratedText.upTo(8000));
    }
}
