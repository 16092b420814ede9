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

    private static final Random RANDOM = new Random(3030);
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
        Http.Answer page = who.get("/editor/insights");
        Document document = Jsoup.parse(page.body());
        Element input = document.select("input[name=query]").stream().filter(i -> i.attr("value").equals(query))
                .findFirst().orElseThrow(() -> new AssertionError("no gap '" + query + "' on the page"));
        Element form = input.closest("form");
        return who.submit("/editor/insights", form.id(), Map.of());
    }

    private static String draftId(Http.Answer pressed) {
        assertEquals(302, pressed.status(), pressed.body());
        String location = pressed.header("Location");
        assertTrue(location.contains("/editor/edit?id="), location);
        return location.substring(location.indexOf("id=") + 3);
    }

    @Test
    void startingADraftFromAGapTwiceOpensTheFirstDraftAndSaysSo() {
        // The editor reads English pages (another test of this class downloads a French table, which switches the
        // pages' language for the rest of the session); the message is written in the language of the page pressed.
        assertEquals(200, editor.get("/editor/insights?lang=en").status());
        String words = nonsense() + " " + nonsense();
        for (int i = 0; i < 6; i++) {
            search(words, "en");
        }
        String first = draftId(pressStartADraft(editor, words));
        Http.Answer opened = editor.get("/editor/edit?id=" + first + "&lang=en");
        String said = Jsoup.parse(opened.body()).text();
        assertTrue(said.contains(Bundle.shown("en", "gap.draft.started", words)), said);

        // The back button, another tab: the same row pressed again.
        String second = draftId(pressStartADraft(editor, words));
        assertEquals(first, second, "the second press opens the first draft");
        String message = Jsoup.parse(editor.get("/editor/edit?id=" + second + "&lang=en").body()).text();
        assertTrue(message.contains(Bundle.shown("en", "gap.draft.existing", words)), message);
        assertEquals(404, editor.api("GET", "/api/editor/resources/" + first + "-2", null).status(),
                "no second draft");
        assertEquals(1, editor.api("GET", "/api/editor/resources/" + first + "/revisions", null).jsonArray().size());
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
                    ready.countDown();
                    ready.await();
                    return draftId(pressStartADraft(who, words));
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
