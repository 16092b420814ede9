package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * What readers looked for in vain, as editors see it on the shipped library, through the pages and the API: every
 * question that found nothing is listed as it was typed (even when many searches whose results no one opened fill
 * the gaps' first rows), and "Start a draft" pressed twice, or by several editors at once, makes one draft.
 */
@ExtendWith(RunningPortal.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
class SearchGapsIT {

    /**
     * Seeded anew each run: the counts read are of this run's words, and a portal given by kmb.e2e.portal may have seen
     * an earlier run's (with a fixed seed, the same words again, each counted twice).
     */
    private static final Random RANDOM = new Random(System.nanoTime());
    private static Visitor editor;
    private static Visitor editorInFrench;

    @BeforeAll
    static void editors() {
        URI base = RunningPortal.base();
        Visitor admin = People.admin(base);
        editor = People.invited(base, admin, "gaps-it-editor@kmb.test", "Gaëlle Gaps", "editor");
        People.invited(base, admin, "gaps-it-second@kmb.test", "Second Gaps", "editor");
        editorInFrench = new Visitor(base, "fr");
        assertTrue(editorInFrench.signIn("gaps-it-editor@kmb.test", People.PASSWORD));
    }

    /** A word no resource holds and no correction reaches: consonants drawn at random. */
    private static String nonsense() {
        String letters = "qxzjvkwgh";
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 7 + RANDOM.nextInt(4); i < n; i++) {
            word.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return word.toString();
    }

    /** A question a reader might type, with operators, quotes, markup and French punctuation around nonsense. */
    private static String oddQuestion(boolean french) {
        String a = nonsense();
        String b = nonsense();
        String c = nonsense();
        List<String> shapes = french
                ? List.of("« " + a + " " + b + " »\u00a0?", a + " ET " + b + "\u00a0; " + c + " — où\u00a0?",
                        "(" + a + " OU " + b + ") -« " + c + " »\u00a0!", a + "* " + b + "’" + c + "\u00a0: " + c)
                : List.of("\"" + a + " " + b + "\" AND NOT " + c, a + " & <" + b + ">" + c + "</" + b + ">",
                        a + "* OR (" + b + "?) +" + c, a + "'s \"" + b + "\" ~" + c + ";");
        return shapes.get(RANDOM.nextInt(shapes.size()));
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static void search(String words, String language) {
        Http.Answer page = Http.get(RunningPortal.base(), "/search?q=" + q(words), "Accept-Language", language);
        assertEquals(200, page.status(), words);
    }

    @Test
    void everyQuestionThatFoundNothingIsListedAsTypedWithHowOftenInBothLanguagesAfterTheGapsFirstRows() {
        // Searches that find resources none opened, each twice: they fill the gaps' first twenty rows.
        for (int i = 0; i < 22; i++) {
            String unopened = "mentoring " + nonsense();
            search(unopened, "en");
            search(unopened, "en");
        }
        Map<String, Integer> asked = new LinkedHashMap<>();
        Map<String, String> languages = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            boolean french = i % 2 == 1;
            String question = oddQuestion(french);
            int times = 1 + i % 3;
            for (int t = 0; t < times; t++) {
                search(question, french ? "fr" : "en");
            }
            asked.put(question, times);
            languages.put(question, french ? "fr" : "en");
        }

        for (Visitor reader : List.of(editor, editorInFrench)) {
            Http.Answer page = reader.get("/editor/insights");
            assertEquals(200, page.status());
            Document document = Jsoup.parse(page.body());
            Element table = document.getElementById("nothing-table");
            assertNotNull(table, "the insight page lists the questions that found nothing");
            Map<String, Element> rows = new LinkedHashMap<>();
            for (Element row : table.select("tbody tr")) {
                rows.put(row.selectFirst("th").text(), row);
            }
            asked.forEach((question, times) -> {
                Element row = rows.get(question.replace('\u00a0', ' '));
                if (row == null) {
                    row = rows.get(question);
                }
                assertNotNull(row, "as typed, quotes and operators included: " + question + " among " + rows.keySet());
                Element heading = row.selectFirst("th");
                assertTrue(heading.children().isEmpty(), "markup typed by a reader is shown as text: " + heading);
                assertEquals(String.valueOf(times), row.select("td").get(0).text(), question);
                assertEquals(languages.get(question), heading.attr("lang"), question);
            });
            assertTrue(table.select("tbody th *").isEmpty(), "nothing a reader typed is markup on the page");
            List<Integer> counts = table.select("tbody tr").stream()
                    .map(r -> Integer.parseInt(r.select("td").get(0).text())).toList();
            assertEquals(counts.stream().sorted((x, y) -> y - x).toList(), counts, "the most asked first");
            String language = reader == editor ? "en" : "fr";
            assertEquals(Bundle.shown(language, "insights.nothing.title"),
                    document.getElementById("nothing-title").text());
        }

        JsonObject report = editor.api("GET", "/api/insights/found-nothing", null).json();
        String questions = report.getJsonArray("questions").toString();
        Set<String> typed = report.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("question")).collect(Collectors.toSet());
        asked.keySet().forEach(question -> assertTrue(typed.contains(question), question + " in " + questions));
        assertTrue(report.getJsonNumber("total").longValue() >= asked.size());
        String csv = new String(editor.download("/api/insights/export?table=found-nothing&lang=fr"),
                StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF" + Bundle.text("fr", "insights.col.question"))
                || csv.startsWith(Bundle.text("fr", "insights.col.question")), csv.lines().findFirst().orElse(""));
    }

    /** The form of the gap's row on the insight page, pressed as from a page opened just now. */
    private static Http.Answer pressStartADraft(Visitor who, String query) {
        return pressStartADraft(who, pageWithTheGap(who, query), query);
    }

    /**
     * The insights page as the editor reads it, with the gap's "Start a draft" form on it: every gap, as the editor
     * who looks for one asked a few times sees them (the first twenty are the other tests' most frequent).
     */
    private static Document pageWithTheGap(Visitor who, String query) {
        Document document = everyGap(who);
        formWithTheGap(document, query);
        return document;
    }

    private static Element formWithTheGap(Document document, String query) {
        return document.select("input[name=query]").stream().filter(i -> i.attr("value").equals(query)).findFirst()
                .orElseThrow(() -> new AssertionError("no gap '" + query + "' on the page")).closest("form");
    }

    /** Presses the gap's button on the page already read, as a browser does: no second read before the press. */
    private static Http.Answer pressStartADraft(Visitor who, Document page, String query) {
        return who.submit(page, formWithTheGap(page, query).id(), Map.of(), null);
    }

    private static String draftId(Http.Answer pressed) {
        assertEquals(302, pressed.status(), pressed.body());
        String location = pressed.header("Location");
        assertTrue(location.contains("/editor/edit?id="), location);
        return location.substring(location.indexOf("id=") + 3);
    }

    @Test
    void startingADraftFromAGapTwiceOpensTheFirstDraftAndSaysSo() {
        // The editor reads English pages; the message is written in the language of the page pressed.
        assertEquals(200, editor.get("/editor/insights?lang=en").status());
        String words = nonsense() + " " + nonsense();
        for (int i = 0; i < 6; i++) {
            search(words, "en");
        }
        Document before = everyGap(editor);
        String first = draftId(pressStartADraft(editor, words));
        Http.Answer opened = editor.get("/editor/edit?id=" + first + "&lang=en");
        String said = Jsoup.parse(opened.body()).text();
        assertTrue(said.contains(Bundle.shown("en", "gap.draft.started", words)), said);

        // The row now says a draft exists and links to it, in both languages; it offers no second start.
        for (Visitor reader : List.of(editor, editorInFrench)) {
            String language = reader == editor ? "en" : "fr";
            Element row = rowOf(everyGap(reader).getElementById("gaps-table"), words);
            assertTrue(row.select("input[name=query]").isEmpty(), "no second 'Start a draft': " + row);
            Element link = row.selectFirst("a.draft-link");
            assertNotNull(link, "a link to the draft started: " + row);
            assertTrue(link.attr("href").endsWith("/editor/edit?id=" + first), link.attr("href"));
            assertTrue(plain(link.text()).startsWith(Bundle.shown(language, "gap.draft.open")), link.text());
        }

        // The back button, another tab: the page read before the first press sends the row's form again.
        Http.Answer replayed = editor.submit(before, formOf(before, words).id(), Map.of(), null);
        assertEquals(first, draftId(replayed), "a replayed press opens the first draft");
        assertTrue(plain(Jsoup.parse(editor.get("/editor/edit?id=" + first + "&lang=en").body()).text())
                .contains(plain(Bundle.shown("en", "gap.draft.existing", words))), "and says it was already started");
        assertEquals(404, editor.api("GET", "/api/editor/resources/" + first + "-2", null).status(),
                "no second draft");
        assertEquals(1, editor.api("GET", "/api/editor/resources/" + first + "/revisions", null).jsonArray().size());
    }

    /**
     * User session: a draft started from a gap, then renamed by its editor, was no longer linked from the gap's row
     * (rows found drafts by their exact title), which offered "Start a draft" again and made a second draft. Renamed
     * to generated titles of library words in both languages.
     */
    @Test
    void aDraftStartedFromAGapStaysLinkedFromItsRowOnceRenamedAndIsNotStartedTwice() {
        Random random = new Random(org.kmbportal.testing.Gen.seed() * 31 + "renamed gap drafts".hashCode());
        for (String language : List.of("en", "fr")) {
            String words = nonsense() + " " + nonsense();
            for (int i = 0; i < 3; i++) {
                search(words, language);
            }
            Document before = everyGap(editor);
            String id = draftId(pressStartADraft(editor, words));
            JsonObject draft = editor.api("GET", "/api/editor/resources/" + id, null).json();
            String renamed = org.kmbportal.testing.GeneratedText.libraryWords(150).next(random).replaceAll("\\s+", " ")
                    .strip();
            String text = draft.getString("text").replaceFirst("(?m)^title: .*$", java.util.regex.Matcher
                    .quoteReplacement("title: '" + renamed.replace("'", "''") + "'"));
            Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + id, jakarta.json.Json
                    .createObjectBuilder().add("version", draft.getJsonNumber("version").longValue()).add("text", text)
                    .build().toString());
            assertEquals(200, saved.status(), saved.body());
            assertEquals(renamed, Jsoup.parse(editor.get("/editor/edit?id=" + id).body()).getElementById("edit:title")
                    .attr("value"), "renamed");

            for (Visitor reader : List.of(editor, editorInFrench)) {
                Element row = rowOf(everyGap(reader).getElementById("gaps-table"), words);
                assertTrue(row.select("input[name=query]").isEmpty(), "no second 'Start a draft': " + row);
                Element link = row.selectFirst("a.draft-link");
                assertNotNull(link, "the renamed draft is still linked: " + row);
                assertTrue(link.attr("href").endsWith("/editor/edit?id=" + id), link.attr("href"));
            }
            // The page read before the rename sends the row's form again: the renamed draft, nothing new.
            Http.Answer replayed = editor.submit(before, formOf(before, words).id(), Map.of(), null);
            assertEquals(id, draftId(replayed), "a replayed press opens the renamed draft");
            assertEquals(404, editor.api("GET", "/api/editor/resources/" + id + "-2", null).status(),
                    "no second draft");
        }
    }

    /** The insight page as the visitor reads it, parsed with its address (so its forms can be sent again). */
    private static Document insightsPage(Visitor who) {
        Http.Answer page = who.get("/editor/insights");
        assertEquals(200, page.status());
        return Jsoup.parse(page.body(), RunningPortal.base().resolve("/editor/insights").toString());
    }

    /**
     * Every gap, as "Show all" lists them: the twenty most frequent on the first page depend on what the other tests
     * of the shared portal searched, and a gap asked three times can fall out of them.
     */
    private static Document everyGap(Visitor who) {
        Document page = insightsPage(who);
        Element all = page.getElementById("gaps-all");
        if (all == null) {
            return page;
        }
        Http.Answer every = who.get(all.attr("href").replaceAll("#.*", ""));
        assertEquals(200, every.status());
        return Jsoup.parse(every.body(), RunningPortal.base().resolve("/editor/insights").toString());
    }

    private static Element formOf(Document page, String query) {
        return page.select("input[name=query]").stream().filter(i -> i.attr("value").equals(query)).findFirst()
                .orElseThrow(() -> new AssertionError("no 'Start a draft' for '" + query + "' on the page"))
                .closest("form");
    }

    /** A table's row whose heading is the text (as a browser shows it: no-break spaces as spaces). */
    private static Element rowOf(Element table, String heading) {
        assertNotNull(table);
        return table.select("tbody tr").stream().filter(r -> plain(r.selectFirst("th").text()).equals(plain(heading)))
                .findFirst().orElseThrow(() -> new AssertionError("no row '" + heading + "' in " + table.text()));
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theGapsTableSaysHowManyThereAreAndShowsThemAllOnRequestAsTheCsvHoldsThem() {
        // More than the twenty most frequent: each asked twice; then one asked once, after them all.
        List<String> often = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            String words = nonsense() + " " + nonsense();
            search(words, i % 2 == 0 ? "en" : "fr");
            search(words, i % 2 == 0 ? "en" : "fr");
            often.add(words);
        }
        String rare = nonsense() + " " + nonsense() + " " + nonsense();
        search(rare, "fr");

        for (Visitor reader : List.of(editor, editorInFrench)) {
            String language = reader == editor ? "en" : "fr";
            Document page = insightsPage(reader);
            Element table = page.getElementById("gaps-table");
            int shown = table.select("tbody tr").size();
            assertEquals(20, shown, "the most frequent");
            assertTrue(table.select("tbody th").stream().noneMatch(th -> th.text().equals(rare)), rare);
            Element all = page.getElementById("gaps-all");
            assertNotNull(all, "a way to see every gap: " + page.getElementById("gaps").text());

            Document every = Jsoup.parse(reader.get(all.attr("href").replaceAll("#.*", "")).body());
            List<String> listed = every.select("#gaps-table tbody th").stream().map(Element::text).toList();
            int total = listed.size();
            assertTrue(listed.contains(rare), "the gap asked once is among all: " + rare);
            assertTrue(listed.containsAll(often), "and those asked twice");
            assertEquals(plain(Bundle.text(language, "insights.gaps.count", 20, total)),
                    plain(page.getElementById("gaps-count").ownText()).strip(),
                    "the editor is told how many there are");
            assertEquals(plain(Bundle.text(language, "insights.gaps.countAll", total)),
                    plain(every.getElementById("gaps-count").ownText()).strip());
            // Every row keeps its "Start a draft", also past the first twenty.
            assertNotNull(formOf(every, rare));

            String csv = new String(reader.download("/api/insights/export?table=gaps&lang=" + language),
                    StandardCharsets.UTF_8);
            assertEquals(total + 1, csv.lines().count(), "the CSV holds every gap, under one header line");
            assertTrue(csv.contains(rare), rare);
        }
    }

    @Test
    void aQuestionThatFoundNothingStartsADraftLikeAGapAndThenLinksToIt() {
        String question = oddQuestion(RANDOM.nextBoolean());
        search(question, "en");
        search(question, "en");
        Document page = insightsPage(editor);
        Element row = rowOf(page.getElementById("nothing-table"), question);
        Element form = row.selectFirst("form");
        assertNotNull(form, "'Start a draft' beside a question that found nothing: " + row);
        assertEquals(Bundle.text("en", "gap.draft.start"), form.selectFirst("input[type=submit]").attr("value"));

        String id = draftId(editor.submit(page, form.id(), Map.of(), null));
        String words = SearchQueries.normalize(question);
        Document edit = Jsoup.parse(editor.get("/editor/edit?id=" + id + "&lang=en").body());
        assertEquals(words.substring(0, 1).toUpperCase(java.util.Locale.ENGLISH) + words.substring(1),
                edit.getElementById("edit:title").attr("value"), "titled with the question's words, like a gap's");
        String opened = edit.text();
        assertTrue(opened.contains(Bundle.shown("en", "gap.draft.started", question.strip())) || opened.contains(
                Bundle.shown("en", "gap.draft.started", plain(question))), opened);

        Document after = insightsPage(editor);
        for (Element again : List.of(rowOf(after.getElementById("nothing-table"), question),
                rowOf(Jsoup.parse(editor.get("/editor/insights?gaps=all").body()).getElementById("gaps-table"),
                        words))) {
            assertTrue(again.select("form").isEmpty(), again.toString());
            assertTrue(again.selectFirst("a.draft-link").attr("href").endsWith("id=" + id), again.toString());
        }
        // Pressed again from the page read before: the same draft, nothing new.
        Http.Answer replayed = editor.submit(page, form.id(), Map.of(), null);
        assertEquals(id, draftId(replayed), "a replayed press opens the draft started");
        assertEquals(404, editor.api("GET", "/api/editor/resources/" + id + "-2", null).status());
    }

    @Test
    void downloadingATableInFrenchLeavesTheEditorsPagesInTheirLanguage() {
        Visitor english = new Visitor(RunningPortal.base(), "en");
        assertTrue(english.signIn("gaps-it-second@kmb.test", People.PASSWORD));
        String csv = new String(english.download("/api/insights/export?table=searches&lang=fr"),
                StandardCharsets.UTF_8);
        assertTrue(csv.replace("\uFEFF", "").startsWith(Bundle.text("fr", "insights.col.query")), csv);
        for (String page : List.of("/editor/insights", "/")) {
            Document document = Jsoup.parse(english.get(page).body());
            assertEquals("en", document.selectFirst("html").attr("lang"), page + " after a French download");
        }
    }

    @Test
    void editorsPressingStartADraftAtTheSameMomentMakeOneDraft() throws Exception {
        String words = nonsense() + " " + nonsense();
        for (int i = 0; i < 6; i++) {
            search(words, "fr");
        }
        URI base = RunningPortal.base();
        List<Visitor> presses = List.of(People.signedIn(base, "gaps-it-editor@kmb.test"),
                People.signedIn(base, "gaps-it-editor@kmb.test"), People.signedIn(base, "gaps-it-second@kmb.test"),
                People.signedIn(base, "gaps-it-second@kmb.test"));
        ExecutorService pool = Executors.newFixedThreadPool(presses.size());
        try {
            CountDownLatch ready = new CountDownLatch(presses.size());
            List<Future<String>> ids = new ArrayList<>();
            for (Visitor who : presses) {
                ids.add(pool.submit(() -> {
                    // Every editor has the page with the gap's button before anyone presses it.
                    Document page = pageWithTheGap(who, words);
                    ready.countDown();
                    ready.await();
                    return draftId(pressStartADraft(who, page, words));
                }));
            }
            Set<String> drafts = new java.util.HashSet<>();
            for (Future<String> id : ids) {
                drafts.add(id.get());
            }
            assertEquals(1, drafts.size(), "one draft for four presses at once: " + drafts);
            String id = drafts.iterator().next();
            assertEquals(404, editor.api("GET", "/api/editor/resources/" + id + "-2", null).status());
        } finally {
            pool.shutdownNow();
        }
    }
}
