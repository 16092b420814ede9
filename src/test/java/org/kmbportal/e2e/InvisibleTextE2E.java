package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * A title or a name made only of invisible characters (zero-width spaces, U+2060, U+FEFF, no-break spaces, soft
 * hyphens, direction marks, combining marks alone...) is refused everywhere exactly as an empty one is, with the same
 * answer, through the pages in English and French and through the API: work-plan items, partnership titles,
 * collection titles, resource titles in the editor, display names and organization names. Titles people write (with
 * accents, emoji, right-to-left text) are still accepted. The invisible values are generated from a seed.
 */
@ExtendWith(RunningPortal.class)
class InvisibleTextE2E {

    private static final List<String> INVISIBLE = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00A0",
            "\u202F", "\u00AD", "\u200E", "\u200F", "\u061C", "\u0301", "\u0308", "\u034F", "\uFE0F", "\u3164",
            "\u2800", " ", "\u3000", "\u2063", "\uDB40\uDC20");

    private static Visitor admin;
    private static Visitor mentor;
    private static Visitor partner;
    private static Visitor editor;
    private static long partnership;
    private static String joinCode;

    @BeforeAll
    static void people() {
        URI portal = RunningPortal.base();
        admin = People.admin(portal);
        partner = People.member(portal, "blank-partner@kmb.test", "Ines Partner", "Invisible Partner Org");
        mentor = People.invited(portal, admin, "blank-mentor@kmb.test", "Ivo Mentor", "mentor");
        editor = People.invited(portal, admin, "blank-editor@kmb.test", "Ida Editor", "editor");
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        joinCode = partner.get("/api/organizations/" + organization).json().getString("join_code");
        partnership = propose("Invisible checks").json().getJsonNumber("id").longValue();
        Http.Answer accepted = partner.api("POST", "/api/partnerships/" + partnership + "/acceptance", Json
                .createObjectBuilder().add("goals", "Keep our titles readable.")
                .add("capacities", Json.createArrayBuilder().add("evaluation")).build().toString());
        assertEquals(200, accepted.status(), accepted.body());
    }

    static Stream<String> invisibleValues() {
        return Gen.tries("invisible-titles-e2e", 4, Gen.of(INVISIBLE).list(1, 12).map(l -> String.join("", l)));
    }

    static Stream<Arguments> invisibleValuesInBothLanguages() {
        return invisibleValues().flatMap(v -> Stream.of(Arguments.of(v, "en"), Arguments.of(v, "fr")));
    }

    static Stream<String> realTitles() {
        Gen<String> flourish = Gen.of("🌱", "👩🏽‍🏫", "🇨🇦", "مرشد الشباب", "חונכות", "Évaluation", "« ensemble »",
                "l’œuvre", "Zoé", "e\u0301te\u0301", "naïve");
        return Gen.tries("real-titles-e2e", 4, random -> GeneratedText.cut(flourish.next(random) + " "
                + GeneratedText.libraryWords(60).next(random) + " " + flourish.next(random), 120).strip());
    }

    // --- through the API: the answer to invisible text is the answer to no text ---

    @ParameterizedTest(name = "try {index}")
    @MethodSource("invisibleValues")
    void aPartnershipTitleOfInvisibleCharactersIsRefusedLikeAnEmptyOne(String invisible) {
        sameRefusal(propose(""), propose(invisible));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("invisibleValues")
    void aWorkPlanItemOfInvisibleCharactersIsRefusedLikeAnEmptyOne(String invisible) {
        sameRefusal(planWith(""), planWith(invisible));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("invisibleValues")
    void aCollectionTitleOfInvisibleCharactersIsRefusedLikeAnEmptyOne(String invisible) {
        sameRefusal(collection(""), collection(invisible));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("invisibleValues")
    void aResourceTitleOfInvisibleCharactersIsRefusedLikeAnEmptyOneInTheEditor(String invisible) {
        String id = "blank-title-" + Integer.toHexString(invisible.hashCode() & 0xfffffff);
        sameRefusal(resource(id, ""), resource(id, invisible));
    }

    @ParameterizedTest(name = "try {index}")
    @MethodSource("realTitles")
    void titlesPeopleWriteAreStillAccepted(String title) {
        Http.Answer proposed = propose(title);
        assertEquals(201, proposed.status(), proposed.body());
        assertEquals(title, mentor.get("/api/partnerships/" + proposed.json().getJsonNumber("id")).json()
                .getString("title"));
        Http.Answer plan = planWith(title);
        assertEquals(200, plan.status(), plan.body());
        Http.Answer created = collection(title);
        assertEquals(201, created.status(), created.body());
        String id = "real-title-" + Integer.toHexString(title.hashCode() & 0xfffffff);
        Http.Answer saved = resource(id, title);
        assertTrue(saved.status() == 200 || saved.status() == 201, saved.body());
        assertTrue(editor.get("/api/editor/resources").body().contains(Json.createValue(title).toString()),
                "listed with its title: " + title);
    }

    // --- through the pages, in both languages: the same message as an empty field ---

    @ParameterizedTest(name = "{1} try {index}")
    @MethodSource("invisibleValuesInBothLanguages")
    void aDisplayNameOrAnOrganizationNameOfInvisibleCharactersGetsTheEmptyFieldsMessage(String invisible,
            String language) {
        URI portal = RunningPortal.base();
        String email = "blank-" + language + "-" + Integer.toHexString(invisible.hashCode()) + "@kmb.test";
        Map<String, String> good = Map.of("name", "Named", "email", email, "password", People.PASSWORD,
                "confirmation", People.PASSWORD, "organization", "An Organization");
        for (String field : List.of("name", "organization")) {
            Map<String, String> empty = new java.util.HashMap<>(good);
            empty.put(field, "");
            Map<String, String> hidden = new java.util.HashMap<>(good);
            hidden.put(field, invisible);
            List<String> forEmpty = problems(new Visitor(portal, language).submit("/sign-up", "signup", empty));
            List<String> forInvisible = problems(new Visitor(portal, language).submit("/sign-up", "signup", hidden));
            assertFalse(forEmpty.isEmpty(), field);
            assertEquals(forEmpty, forInvisible, field + ": " + codes(invisible));
        }
        assertFalse(People.accountsJson(admin).contains(email), "no account was made");

        Visitor reader = signedIn("blank-partner@kmb.test", language);
        List<String> forEmpty = problems(reader.submit("/account/", "profile", Map.of("name", "")));
        List<String> forInvisible = problems(reader.submit("/account/", "profile", Map.of("name", invisible)));
        assertFalse(forEmpty.isEmpty());
        assertEquals(forEmpty, forInvisible, codes(invisible));
        assertEquals("Ines Partner", partner.get("/api/account").json().getString("display_name"));
    }

    @ParameterizedTest(name = "{1} try {index}")
    @MethodSource("invisibleValuesInBothLanguages")
    void aPartnershipTitleOfInvisibleCharactersGetsTheEmptyFieldsMessageOnThePage(String invisible, String language) {
        Visitor page = signedIn("blank-mentor@kmb.test", language);
        // Beside the fields (the form's summary above them aside).
        String summary = Bundle.shown(language, "partnerships.start.fixFields");
        List<String> forEmpty = problems(page.submit("/partnerships/", "start", Map.of("code", joinCode, "title", "")))
                .stream().filter(t -> !t.replace('\u00a0', ' ').equals(summary)).toList();
        List<String> forInvisible = problems(page.submit("/partnerships/", "start", Map.of("code", joinCode, "title",
                invisible))).stream().filter(t -> !t.replace('\u00a0', ' ').equals(summary)).toList();
        // Before, both said "Give a title of 1 to 300 characters", which does not say why a title that looks like
        // one character was refused.
        assertEquals(List.of(Bundle.text(language, "field.required")), forEmpty);
        assertEquals(forEmpty, forInvisible, codes(invisible));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void onlyATooLongPartnershipTitleGetsTheLengthRuleOnThePage(String language) {
        Visitor page = signedIn("blank-mentor@kmb.test", language);
        String summary = Bundle.shown(language, "partnerships.start.fixFields");
        List<String> tooLong = problems(page.submit("/partnerships/", "start", Map.of("code", joinCode, "title",
                "é".repeat(301)))).stream().filter(t -> !t.replace('\u00a0', ' ').equals(summary)).toList();
        // With the limit and the title's length (ui50: the box no longer cuts at 300).
        assertEquals(Bundle.shown(language, "editor.fieldTooLong", 300, 301), tooLong.get(0).replace('\u00a0', ' ')
                .replace('\u202f', ' '), tooLong.toString());
        assertFalse(tooLong.contains(Bundle.text(language, "field.required")), tooLong.toString());
    }

    @ParameterizedTest(name = "{1} try {index}")
    @MethodSource("invisibleValuesInBothLanguages")
    void aNewCollectionsTitleOfInvisibleCharactersGetsTheEmptyFieldsMessageInThePagesLanguage(String invisible,
            String language) {
        Visitor page = signedIn("blank-mentor@kmb.test", language);
        List<String> forEmpty = problems(page.submit("/curate/", "create", Map.of("title", "")));
        List<String> forInvisible = problems(page.submit("/curate/", "create", Map.of("title", invisible)));
        // Before, both said "Problem: 'title' is required", in English on French pages too.
        assertEquals(List.of(Bundle.text(language, "field.required")), forEmpty);
        assertEquals(forEmpty, forInvisible, codes(invisible));
    }

    private static final Map<String, Visitor> SIGNED_IN = new java.util.HashMap<>();

    /** One session per person and language (signing in again and again from one address would be slowed). */
    private static Visitor signedIn(String email, String language) {
        return SIGNED_IN.computeIfAbsent(email + " " + language, k -> {
            Visitor visitor = new Visitor(RunningPortal.base(), language);
            assertTrue(visitor.signIn(email, People.PASSWORD), email);
            return visitor;
        });
    }

    private static void sameRefusal(Http.Answer forEmpty, Http.Answer forInvisible) {
        assertTrue(forEmpty.status() >= 400 && forEmpty.status() < 500, forEmpty.status() + forEmpty.body());
        assertEquals(forEmpty.status(), forInvisible.status(), forInvisible.body());
        assertEquals(forEmpty.body(), forInvisible.body());
    }

    private static Http.Answer propose(String title) {
        return mentor.api("POST", "/api/partnerships", Json.createObjectBuilder().add("join_code", joinCode)
                .add("title", title).build().toString());
    }

    private static Http.Answer planWith(String what) {
        JsonObject detail = partner.get("/api/partnerships/" + partnership).json();
        long version = detail.getJsonObject("plan").getJsonNumber("version").longValue();
        return partner.api("PUT", "/api/partnerships/" + partnership + "/plan", Json.createObjectBuilder()
                .add("version", version).add("reason", "Trying a title")
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("what", what)
                        .add("why", "").add("lead", "partner").add("status", "planned").add("notes", "")
                        .add("resources", Json.createArrayBuilder())))
                .build().toString());
    }

    private static Http.Answer collection(String title) {
        return mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", title)
                .add("description", "").add("language", "en").add("visibility", "private")
                .add("items", Json.createArrayBuilder()).build().toString());
    }

    /** Saves a new draft: a shipped guide under another id, with the title (written as YAML escapes). */
    private static Http.Answer resource(String id, String title) {
        StringBuilder escaped = new StringBuilder();
        title.codePoints().forEach(c -> escaped.append(c > 0xFFFF
                ? String.format("\\U%08X", c)
                : String.format("\\u%04X", c)));
        String shipped;
        try {
            shipped = java.nio.file.Files
                    .readString(java.nio.file.Path.of("content/guides/checking-relationship-quality.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = shipped.replaceFirst("(?m)^id: .*$", "id: " + id)
                .replaceFirst("(?m)^title: .*$", java.util.regex.Matcher.quoteReplacement("title: \"" + escaped + "\""))
                .replaceFirst("(?m)^translation_of: .*\n", "").replaceFirst("(?m)^status: .*$", "status: draft");
        return editor.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", text).build().toString());
    }

    /** What the page says is wrong: the field messages and the page's error messages, in order. */
    private static List<String> problems(Http.Answer answer) {
        Document page = Jsoup.parse(answer.body());
        return page.select(".field-error, .message--error").stream().map(e -> e.text()).filter(t -> !t.isBlank())
                .toList();
    }

    private static String codes(String value) {
        StringBuilder named = new StringBuilder();
        value.codePoints().forEach(c -> named.append(String.format("U+%04X ", c)));
        return named.toString();
    }
}
