package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RawHttp;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Input the portal cannot use gets a clear answer in the reader's language and changes nothing: a search with no word
 * to search for, a pasted search address far over the box's limit, a collection title over the pages' limit, a
 * collection title of emoji or symbols only. Inputs are generated ({@link Gen}, seeded), in English and French.
 */
class ClearRefusalsE2E {

    private static final List<String> LANGUAGES = List.of("en", "fr");
    /** Only punctuation, quotes, symbols, emoji and spaces: nothing a search could look for. */
    private static final List<String> NO_WORD_PIECES = List.of("\"", "'", "«", "»", "« ", " »", "“", "”", "‘", "’",
            "…", "!", "?", "¿", "¡", ".", ",", ";", ":", "—", "–", "-", "(", ")", "[", "]", "{", "}", "*", "+", "|",
            "~", "^", "/", "\\", "&", "#", "%", "@", "$", "€", "§", "→", "★", "✓", "•", "🎉", "🙂", "👩🏽‍🏫", "🇨🇦",
            "❤️", "🧑‍🤝‍🧑", "📚", "🔥🔥", "👍🏿", "☕", " ", "  ");

    private static URI portal;
    private static String lastMentorEmail;
    private static final Map<String, ChromeDriver> BROWSERS = new HashMap<>();
    private static final Map<String, Importer> IMPORTERS = new HashMap<>();

    @BeforeAll
    static void portal() {
        portal = RunningPortal.base();
    }

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.values().forEach(ChromeDriver::quit);
        IMPORTERS.values().forEach(importer -> importer.browser().quit());
        // Forgotten too: a quit browser goes back to the pool, signed out, for other tests; a second run of the class
        // (the pom's rerun of a failed test) starts its own.
        BROWSERS.clear();
        IMPORTERS.clear();
    }

    private static ChromeDriver browser(String language) {
        return BROWSERS.computeIfAbsent(language, Browser::start);
    }

    static Gen<String> noWords() {
        return Gen.of(NO_WORD_PIECES).list(1, 14).map(list -> String.join("", list)).filter(s -> !s.isBlank());
    }

    static Stream<Arguments> aSearchWithoutWordsSaysSoAndListsNothingTries() {
        return Gen.tries("search without words page", 16, random -> Arguments.of(noWords().next(random),
                LANGUAGES.get(random.nextInt(2))));
    }

    /** The page says there is nothing to search for and offers the library to browse, rather than "103 results". */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("aSearchWithoutWordsSaysSoAndListsNothingTries")
    void aSearchWithoutWordsSaysSoAndListsNothing(String q, String language) {
        ChromeDriver browser = browser(language);
        browser.get(portal.resolve("/search?q=" + encode(q)).toString());
        List<WebElement> alerts = browser.findElements(By.cssSelector("p.notice[role=alert]"));
        assertEquals(1, alerts.size(), "one note for " + show(q) + ":\n" + text(browser));
        assertTrue(alerts.get(0).getText().contains(Bundle.shown(language, "search.error.noWords")),
                "the note says there is no word to search for, in " + language + ": " + alerts.get(0).getText());
        WebElement browse = browser.findElement(By.id("browse-instead"));
        assertEquals(Bundle.shown(language, "search.browseInstead"), browse.getText());
        assertTrue(browse.getAttribute("href").contains("/browse"), browse.getAttribute("href"));
        assertTrue(browser.findElements(By.cssSelector(".results, .results__count")).isEmpty(),
                "no results are listed for " + show(q) + ":\n" + text(browser));
        browse.click();
        assertFalse(browser.findElements(By.cssSelector("h1")).isEmpty(), "the browse page opens");
    }

    static Stream<Arguments> theSearchApiRefusesASearchWithoutWordsTries() {
        return Gen.tries("search without words api", 40, random -> Arguments.of(noWords().next(random),
                LANGUAGES.get(random.nextInt(2)), GeneratedText.libraryWords(60).next(random)));
    }

    /**
     * The API answers as it does for other queries it cannot run (a 400 with a code and a message in the caller's
     * language), while the same symbols around a word still search.
     */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("theSearchApiRefusesASearchWithoutWordsTries")
    void theSearchApiRefusesASearchWithoutWords(String q, String language, String words) {
        Http.Answer refused = Http.get(portal, "/api/search?q=" + encode(q), "Accept-Language", language);
        assertEquals(400, refused.status(), show(q) + ": " + refused.body());
        assertEquals("query_without_words", refused.json().getString("error"));
        assertEquals(Bundle.text(language, "search.error.noWords"), refused.json().getString("message"));
        Http.Answer searched = Http.get(portal, "/api/search?q=" + encode(q + " " + words + " " + q),
                "Accept-Language", language);
        assertEquals(200, searched.status(), show(q + " " + words) + ": " + searched.body());
    }

    static Stream<Arguments> aPastedSearchAddressFarOverTheLimitGetsThePortalsOwnAnswerTries() {
        return Gen.tries("long search address", 6, random -> {
            StringBuilder q = new StringBuilder();
            while (encode(q.toString()).length() < 9_000) {
                q.append(GeneratedText.libraryWords(400).next(random)).append(' ');
                if (random.nextInt(4) == 0) {
                    q.append(noWords().next(random)).append(' ');
                }
            }
            return Arguments.of(q.toString().strip(), LANGUAGES.get(random.nextInt(2)));
        });
    }

    /**
     * A search address of 9,000 bytes or more (pasted: the box stops at 500 characters) reaches the portal, whose page
     * says the search is too long in the reader's language, with the box to try again; the API says so in JSON.
     */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("aPastedSearchAddressFarOverTheLimitGetsThePortalsOwnAnswerTries")
    void aPastedSearchAddressFarOverTheLimitGetsThePortalsOwnAnswer(String q, String language) {
        String address = "/search?q=" + encode(q);
        assertTrue(address.length() >= 9_000, "a long address: " + address.length());
        // As a browser asks over plain HTTP (HTTP/1.1; Java's client would try an HTTP/2 upgrade instead).
        ChromeDriver browser = browser(language);
        browser.get(portal.resolve(address).toString());
        List<WebElement> notes = browser.findElements(By.id("search-q-error"));
        assertEquals(1, notes.size(), "the portal's page, not the server's blank 400: " + browser.getPageSource());
        String shown = notes.get(0).getText().replace('\u202f', ' ');
        assertTrue(shown.startsWith(Bundle.shown(language, "search.error.tooLongHere", 500, q.strip().codePointCount(0,
                q.strip().length())).replace('\u202f', ' ')), shown);
        // Pasted sentences: the refusal points to "For my organization", which takes a whole paragraph.
        assertEquals(1, browser.findElements(By.id("organization-instead")).size(), shown);
        assertEquals(1, browser.findElements(By.id("search-q")).size(), "the search box is there to try again");
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));

        RawHttp.Answer api = RawHttp.send(portal, "GET /api/search?q=" + encode(q) + " HTTP/1.0\r\nHost: "
                + portal.getHost() + ":" + portal.getPort() + "\r\nAccept-Language: " + language, new byte[0]);
        assertEquals(400, api.status(), api.head());
        JsonObject json = Json.createReader(new java.io.StringReader(api.body())).readObject();
        assertEquals("query_too_long", json.getString("error"));
        assertEquals(Bundle.text(language, "search.error.tooLong", 500), json.getString("message"));
    }

    private static Visitor mentor(String language) {
        Visitor admin = People.admin(portal);
        String email = "refusals-mentor-" + Long.toString(System.nanoTime(), 36) + "@kmb.test";
        People.invited(portal, admin, email, "Mentor " + language, "mentor");
        Visitor mentor = new Visitor(portal, language);
        assertTrue(mentor.signIn(email, People.PASSWORD));
        lastMentorEmail = email;
        return mentor;
    }

    /** A mentor signed in over HTTP and in Chromium, in one language: the import tries share one per language. */
    private record Importer(Visitor mentor, ChromeDriver browser) {
    }

    private static Importer importer(String language) {
        return IMPORTERS.computeIfAbsent(language, l -> {
            Visitor mentor = mentor(l);
            ChromeDriver browser = Browser.start(l);
            Browser.signInBySession(browser, portal, lastMentorEmail, People.PASSWORD);
            return new Importer(mentor, browser);
        });
    }

    private static Set<String> collectionIds(Visitor visitor) {
        Set<String> ids = new HashSet<>();
        visitor.get("/api/collections").json().getJsonArray("collections")
                .forEach(c -> ids.add(c.asJsonObject().getString("id")));
        return ids;
    }

    static Stream<Arguments> aCollectionTitleOverTheLimitIsRefusedEverywhereTries() {
        return Gen.tries("collection title too long", 6, random -> {
            int length = 501 + random.nextInt(1_600);
            String title = "";
            while (title.strip().length() <= 500) {
                title = GeneratedText.cut(title + " " + GeneratedText.libraryWords(800).next(random) + " "
                        + noWords().next(random), length).strip();
            }
            return Arguments.of(title, LANGUAGES.get(random.nextInt(2)));
        });
    }

    /**
     * A title over the pages' 500 characters is refused by the server too: the curate page says so in the reader's
     * language, the API with a 400 naming the problem; no collection is made and an edited one keeps its title.
     */
    @ParameterizedTest(name = "try {index} ({1})")
    @MethodSource("aCollectionTitleOverTheLimitIsRefusedEverywhereTries")
    void aCollectionTitleOverTheLimitIsRefusedEverywhere(String title, String language) {
        Visitor mentor = mentor(language);
        Set<String> before = collectionIds(mentor);

        Http.Answer page = mentor.submit("/curate/", "create", Map.of("title", title), "create-button");
        assertEquals(200, page.status(), page.body());
        // Beside the title's box, with the limit and the title's length (ui49).
        String messages = Jsoup.parse(page.body()).select("[id=create:title-error]").text().replace('\u00a0', ' ');
        assertEquals(Bundle.shown(language, "curation.titleTooLongBy", 500, title.codePointCount(0, title.length())),
                messages,
                "the page says the title is too long, in " + language);
        assertEquals(before, collectionIds(mentor), "no collection was made from the page");

        Http.Answer created = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", title)
                .add("language", language).add("visibility", "private").add("items", Json.createArrayBuilder())
                .build().toString());
        assertEquals(400, created.status(), created.body());
        assertEquals("titleTooLong", created.json().getString("error"), created.body());
        assertEquals(before, collectionIds(mentor), "no collection was made through the API");

        String kept = GeneratedText.cut(title, 500).strip();
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", kept)
                .add("language", language).add("visibility", "private").add("items", Json.createArrayBuilder())
                .build().toString());
        assertEquals(201, made.status(), "500 characters are accepted: " + made.body());
        String id = made.json().getString("id");
        JsonObject stored = mentor.get("/api/collections/" + id).json();
        Http.Answer renamed = mentor.api("PUT", "/api/collections/" + id, Json.createObjectBuilder()
                .add("version", stored.getJsonNumber("version").longValue()).add("title", title).build().toString());
        assertEquals(400, renamed.status(), renamed.body());
        assertEquals("titleTooLong", renamed.json().getString("error"));
        assertEquals(stored.getString("title"), mentor.get("/api/collections/" + id).json().getString("title"),
                "the title is unchanged");
    }

    static Stream<List<String>> titlesOfSymbolsOnlyGetTheirOwnReadableIdsTries() {
        return Gen.tries("symbol titles", 4, noWords().filter(s -> !s.strip().isEmpty()).list(6, 10));
    }

    /**
     * A title of emoji or symbols only gets an id that names them (not the word "collection"), valid, and distinct
     * from every other collection's even when another curator gives the same title; the same curator giving it again
     * is told they already have a collection with this title (409), and nothing is made.
     */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("titlesOfSymbolsOnlyGetTheirOwnReadableIdsTries")
    void titlesOfSymbolsOnlyGetTheirOwnReadableIds(List<String> titles) {
        Visitor mentor = mentor("en");
        Visitor another = mentor("en");
        Set<String> ids = new HashSet<>(collectionIds(mentor));
        String first = titles.get(0).strip();
        String second = titles.stream().map(String::strip).filter(t -> !sameTitle(t, first)).findFirst()
                .orElse(first + " 2");
        List<Map.Entry<Visitor, String>> made = List.of(Map.entry(mentor, first), Map.entry(mentor, second),
                Map.entry(another, first));
        for (Map.Entry<Visitor, String> curatorAndTitle : made) {
            String title = curatorAndTitle.getValue();
            Http.Answer answer = newCollection(curatorAndTitle.getKey(), title);
            assertEquals(201, answer.status(), show(title) + ": " + answer.body());
            String id = answer.json().getString("id");
            assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= 120, id);
            assertNotEquals("collection", id.replaceAll("-\\d+$", ""), "an id naming " + show(title));
            assertTrue(ids.add(id), "a new id for " + show(title) + ": " + id);
            assertFalse(curatorAndTitle.getKey().get("/api/collections/" + id).json().getString("title").isBlank());
        }
        int before = collectionIds(mentor).size();
        Http.Answer again = newCollection(mentor, first);
        assertEquals(409, again.status(), show(first) + " again by its curator: " + again.body());
        assertEquals("same_title", again.json().getString("error"));
        assertEquals(before, collectionIds(mentor).size(), "nothing was made");
    }

    private static Http.Answer newCollection(Visitor curator, String title) {
        return curator.api("POST", "/api/collections", Json.createObjectBuilder().add("title", title)
                .add("language", "en").add("visibility", "private").add("items", Json.createArrayBuilder()).build()
                .toString());
    }

    /** The same title as the portal counts it for one curator: case and spaces aside. */
    private static boolean sameTitle(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static Stream<Arguments> anImportedFileThatIsNotACollectionIsExplainedInTheReadersLanguageTries() {
        List<Path> summaries = shippedSummaries();
        return Gen.tries("import not a collection", 8, random -> {
            String words = GeneratedText.libraryWords(300).next(random).replace("---", "—").replace("@", " ");
            String language = LANGUAGES.get(random.nextInt(2));
            return switch (random.nextInt(4)) {
                case 0 -> Arguments.of(words + "\n" + GeneratedText.libraryWords(300).next(random).replace("@", " ")
                        + " " + GeneratedText.libraryWords(300).next(random).replace("@", " ").replace("---", "—"),
                        language, "content.error.paragraphNotCollection", 0, new Object[0]);
                case 1 -> Arguments.of("---\ntitle: " + words.replace(":", " ").replace("\n", " ") + "\n"
                        + noWords().next(random).replace("-", "").replace(":", "") + "\n", language,
                        "content.error.frontMatterNotClosed", 1, new Object[0]);
                case 2 -> {
                    String summary = read(summaries.get(random.nextInt(summaries.size())));
                    int typeLine = List.of(summary.split("\n")).indexOf("type: research-summary") + 1;
                    yield Arguments.of(summary, language, "content.error.summaryNotCollection", typeLine,
                            new Object[0]);
                }
                default -> {
                    String title = GeneratedText.cut((words + " ").repeat(700 / Math.max(1, words.length()) + 2), 600)
                            .replace("\n", " ").replace(":", " ").replace("\"", " ").strip();
                    yield Arguments.of("---\ntype: collection\nid: imported-" + random.nextInt(1000)
                            + "\ntitle: \"" + title + "\"\nlanguage: " + language + "\ncurator: Someone\n"
                            + "published: 2025-01-01\nitems: []\n---\n", language, "content.error.tooLong", 4,
                            new Object[]{"title", title.length(), 500});
                }
            };
        });
    }

    private static List<Path> shippedSummaries() {
        try (Stream<Path> files = Files.list(Path.of("content/summaries"))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text pasted into the curate page's import box that is not a collection is explained in the reader's
     * language, with its line in the box where there is one ("ligne 4 : le champ « title » compte…"), never with a
     * file name the reader never had; a research summary is named as one, and a paragraph is told what the import
     * expects. Nothing is imported.
     */
    @ParameterizedTest(name = "try {index} ({1}, {2})")
    @MethodSource("anImportedFileThatIsNotACollectionIsExplainedInTheReadersLanguageTries")
    void anImportedFileThatIsNotACollectionIsExplainedInTheReadersLanguage(String file, String language, String key,
            int line, Object[] arguments) {
        Importer importer = importer(language);
        Visitor mentor = importer.mentor();
        Set<String> before = collectionIds(mentor);
        ChromeDriver browser = importer.browser();
        browser.get(portal.resolve("/curate/").toString());
        WebElement box = browser.findElement(By.id("import:text"));
        browser.executeScript("arguments[0].value = arguments[1];", box, file);
        WebElement button = browser.findElement(By.id("import:import-button"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).until(ExpectedConditions.stalenessOf(button));
        String shown = browser.findElement(By.id("messages")).getText();
        String problem = worded(language, key, arguments);
        String detail = line > 0 ? worded(language, "content.problem.pastedLine", line, problem) : problem;
        assertTrue(shown.contains(Bundle.shown(language, "curation.problem", detail)),
                "the problem in " + language + " with its line: expected\n" + detail + "\nin\n" + shown);
        assertFalse(shown.contains("collection.md"), shown);
        if (language.equals("fr")) {
            assertFalse(shown.contains(" error: ") || shown.contains(" must ") || shown.contains("citation"),
                    "no English on a French page: " + shown);
        }
        assertEquals(before, collectionIds(mentor), "nothing was imported");
    }

    /** The bundle's message formatted as the portal formats a content problem's (quotes written '' come out as '). */
    private static String worded(String language, String key, Object... arguments) {
        return new MessageFormat(Bundle.text(language, key), Locale.forLanguageTag(language)).format(arguments)
                .replace('\u00a0', ' ');
    }

    private static String text(ChromeDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static String show(String text) {
        return "'" + text.codePoints().mapToObj(cp -> cp < 0x7f && cp >= 0x20
                ? Character.toString(cp)
                : String.format("\\u{%x}", cp)).reduce("", String::concat) + "'";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
