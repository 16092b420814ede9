package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.json.Json;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the user session of session 49 found (ui50, shipped library): the search page's offers when nothing is found,
 * the finders' "also in" notes, boxes that cut a paste silently, an administrator's check-in links, and the Tabs to
 * "in your own words".
 */
@ExtendWith(RunningPortal.class)
class TwentySecondLookFindingsE2E extends LookFindings {

    /**
     * {@code title:"match closure"} found nothing and offered « Did you mean "match closure"? »: to the reader, the
     * search they had just made. A field search that finds nothing now says that only the field was searched and
     * offers the same words everywhere; no page offers the query itself. Phrases of the shipped library's texts, in
     * both languages, searched in the titles with the field's name in either language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFieldSearchThatFindsNothingOffersTheWordsEverywhereNotItself(String language, URI portal)
            throws IOException {
        Random random = new Random(Gen.seed() * 31 + ("field-nothing-" + language).hashCode());
        Visitor reader = new Visitor(portal, language);
        List<String> phrases = new ArrayList<>(phrases(language, random, 40));
        phrases.add(0, "match closure");
        int offered = 0;
        for (String phrase : phrases) {
            String typed = (random.nextBoolean() ? "title" : "titre") + ":\"" + phrase + "\"";
            Document page = search(reader, typed, language);
            assertNotOffered(page, typed);
            if (!nothingFound(page)) {
                continue;
            }
            String everywhere = "\"" + phrase + "\"";
            if (nothingFound(search(reader, everywhere, language))) {
                // Nowhere as a phrase either: at most the words without their quotes, everywhere.
                Element offer = page.getElementById("search-offer");
                if (offer != null) {
                    assertEquals(
                            Bundle.normalSpaces(Bundle.shown(language, "search.offer.WITHOUT_QUOTES") + " " + Bundle
                                    .shown(language, "search.offer.WITHOUT_QUOTES.link", phrase)),
                            Bundle.normalSpaces(offer.text()),
                            typed);
                }
                continue;
            }
            offered++;
            Element offer = page.getElementById("search-offer");
            assertNotNull(offer, typed + ": " + page.select(".results").text());
            assertEquals(Bundle.normalSpaces(Bundle.shown(language, "search.offer.EVERYWHERE") + " " + Bundle.shown(
                    language, "search.offer.EVERYWHERE.link", everywhere)), Bundle.normalSpaces(offer.text()), typed);
            Document there = Jsoup.parse(reader.get(offer.selectFirst("a").attr("href")).body());
            assertEquals(everywhere, there.getElementById("search-q").val(), typed);
            assertFalse(nothingFound(there), typed);
        }
        assertTrue(offered >= 3, language + ": field searches that found nothing but their words did: " + offered);
    }

    /**
     * A misspelt phrase in quotation marks (« … », "…", “…”) got no spelling help and no word of why nothing was found.
     * The page now says the words were searched as one exact phrase, as typed, and offers them without the quotation
     * marks, whose page corrects them. Phrases of the shipped library's texts with one word misspelt.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aMisspeltPhraseInQuotesSaysItWasExactAndOffersTheWordsWithoutQuotes(String language, URI portal)
            throws IOException {
        Random random = new Random(Gen.seed() * 31 + ("misspelt-phrase-" + language).hashCode());
        Visitor reader = new Visitor(portal, language);
        List<String[]> marks = List.of(new String[]{"« ", " »"}, new String[]{"«\u00a0", "\u00a0»"},
                new String[]{"\"", "\""}, new String[]{"“", "”"});
        int offered = 0;
        for (String phrase : phrases(language, random, 30)) {
            String misspelt = misspelt(phrase, random);
            String[] mark = marks.get(random.nextInt(marks.size()));
            String typed = mark[0] + misspelt + mark[1];
            Document page = search(reader, typed, language);
            assertNotOffered(page, typed);
            if (!nothingFound(page)) {
                continue;
            }
            if (nothingFound(search(reader, misspelt, language))) {
                assertNull(page.getElementById("search-offer"), typed);
                continue;
            }
            offered++;
            Element offer = page.getElementById("search-offer");
            assertNotNull(offer, typed + ": " + page.select(".results").text());
            assertEquals(Bundle.normalSpaces(Bundle.shown(language, "search.offer.WITHOUT_QUOTES") + " " + Bundle.shown(
                    language, "search.offer.WITHOUT_QUOTES.link", misspelt)), Bundle.normalSpaces(offer.text()), typed);
            Document there = Jsoup.parse(reader.get(offer.selectFirst("a").attr("href")).body());
            assertEquals(misspelt, there.getElementById("search-q").val(), typed);
            assertFalse(nothingFound(there), typed);
        }
        assertTrue(offered >= 5, language + ": misspelt phrases that found nothing but their words did: " + offered);
    }

    /**
     * The collection editor's finder ran a title into its other version's note in French (« …la clôture Aussi en
     * anglais »): the note is now set apart, in parentheses after a space, in both languages, in both finders' lists.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFoundTitleIsSetApartFromItsOtherVersionsNote(String language, URI portal) {
        long n = System.nanoTime();
        Visitor mentor = People.invited(portal, People.admin(portal), "also-in-" + language + n + "@kmb.test",
                "Also-in Mentor", "mentor");
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title",
                "Also in " + n).add("visibility", "private").build().toString());
        assertEquals(201, made.status(), made.body());
        String path = "/curate/edit?id=" + made.json().getString("id") + "&lang=" + language;
        int set = 0;
        for (String words : List.of("mentoring", "mentorat", "youth", "jeunes", "closure", "jumelage")) {
            Http.Answer found = mentor.submit(path, "edit", Map.of("find", words), "find-button");
            Document page = Jsoup.parse((found.status() / 100 == 3 ? mentor.get(found.header("Location")) : found)
                    .body());
            for (Element hit : page.select(".found li")) {
                Element also = hit.selectFirst(".found__also-in");
                if (also == null) {
                    continue;
                }
                set++;
                String alsoIn = hit.selectFirst(".found__title").attr("lang").equals("en") ? "fr" : "en";
                String note = Bundle.shown(language, "search.alsoIn.aside." + alsoIn);
                assertEquals(note, also.text(), hit.outerHtml());
                assertTrue(Bundle.normalSpaces(hit.text())
                        .contains(Bundle.normalSpaces(hit.selectFirst(".found__title").text())
                                + " " + note),
                        hit.text());
            }
        }
        assertTrue(set >= 3, "found resources with another version: " + set);
    }

    /**
     * A partnership's title box cut a pasted title at 300 characters without a word (maxlength), on the start form and
     * in the settings. Neither box cuts now: a longer title is refused beside its box with the limit and its length,
     * kept in the box, and nothing is proposed or changed. Generated titles of 301 to 900 characters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aLongPartnershipTitleIsRefusedWithItsLengthAndKept(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("long-partnership-title-" + language).hashCode());
        Visitor partner = People.member(portal, "long-title-p-" + language + n + "@kmb.test", "Long Partner",
                "Long Title Org " + n);
        Visitor mentor = People.invited(portal, People.admin(portal), "long-title-m-" + language + n + "@kmb.test",
                "Long Mentor", "mentor");
        long id = MatrixPartnerships.acceptedBetween(partner, mentor, "Long titles " + n);
        long organization = partner.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = partner.get("/api/organizations/" + organization).json().getString("join_code");
        int before = mentor.get("/api/partnerships").json().getJsonArray("partnerships").size();
        for (int i = 0; i < 3; i++) {
            String title = line(random, 301 + random.nextInt(600));
            while (title.strip().length() <= 300) {
                title = title + " " + line(random, 100);
            }
            String said = Bundle
                    .normalSpaces(Bundle.shown(language, "editor.fieldTooLong", 300, title.strip().length()));
            Document start = Jsoup.parse(mentor.get("/partnerships/?lang=" + language).body());
            assertFalse(start.getElementById("start:title").hasAttr("maxlength"), "the start form's box cuts");
            Document refused = Jsoup.parse(mentor.submit("/partnerships/?lang=" + language, "start", Map.of("code",
                    code, "title", title)).body());
            assertEquals(said, Bundle.normalSpaces(refused.getElementById("start:title-error").text()), title);
            assertEquals(title, refused.getElementById("start:title").val());

            String path = "/partnerships/view?id=" + id + "&lang=" + language;
            Document settings = Jsoup.parse(mentor.get(path).body());
            assertFalse(settings.getElementById("settings:title").hasAttr("maxlength"), "the settings' box cuts");
            Http.Answer sent = mentor.submit(path, "settings", Map.of("title", title), "save-settings");
            Document page = Jsoup.parse((sent.status() / 100 == 3 ? mentor.get(sent.header("Location")) : sent)
                    .body());
            assertEquals(said, Bundle.normalSpaces(page.getElementById("settings:title-error").text()), title);
            assertEquals(title, page.getElementById("settings:title").val());
        }
        assertEquals(before, mentor.get("/api/partnerships").json().getJsonArray("partnerships").size());
        assertEquals("Long titles " + n, mentor.get("/api/partnerships/" + id).json().getString("title"));
    }

    /**
     * A link's title box in the collection editor cut a pasted title at 500 characters without a word. It cuts no more:
     * a longer title is refused beside its box with the limit and its length, the link is not added and what was
     * typed stays in the boxes. Generated titles of 501 to 1,500 characters.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aLongLinkTitleIsRefusedBesideItsBoxWithItsLength(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("long-link-title-" + language).hashCode());
        Visitor mentor = People.invited(portal, People.admin(portal), "link-title-" + language + n + "@kmb.test",
                "Link Mentor", "mentor");
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title",
                "Links " + n).add("visibility", "private").build().toString());
        assertEquals(201, made.status(), made.body());
        String id = made.json().getString("id");
        String path = "/curate/edit?id=" + id + "&lang=" + language;
        assertFalse(Jsoup.parse(mentor.get(path).body()).getElementById("edit:new-title").hasAttr("maxlength"));
        for (int i = 0; i < 3; i++) {
            String title = line(random, 501 + random.nextInt(1000));
            while (title.strip().length() <= 500) {
                title = title + " " + line(random, 200);
            }
            String address = "https://example.org/" + n + "/" + i;
            Http.Answer sent = mentor.submit(path, "edit", Map.of("new-url", address, "new-title", title),
                    "add-link");
            Document page = Jsoup.parse((sent.status() / 100 == 3 ? mentor.get(sent.header("Location")) : sent)
                    .body());
            Element beside = page.getElementById("edit:new-title-error");
            assertNotNull(beside, title);
            assertEquals(
                    Bundle.normalSpaces(Bundle.shown(language, "editor.fieldTooLong", 500,
                            title.strip().codePointCount(0, title.strip().length()))),
                    Bundle.normalSpaces(beside.text()));
            assertEquals("true", page.getElementById("edit:new-title").attr("aria-invalid"));
            assertEquals(title, page.getElementById("edit:new-title").val());
            assertEquals(address, page.getElementById("edit:new-url").val());
            assertTrue(page.select("[id$=link-title]").isEmpty(), "no link added");
        }
    }

    /**
     * A keyboard user pressed Tab 64 times to reach the box "in your own words" on /organization, past the header and
     * every question's choices. The second Tab now reaches a link to it (shown when focused), and Enter puts the focus
     * in the box, signed in or not; the page stays free of axe's WCAG findings.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theChallengesBoxIsTwoTabsAndEnterAway(String language, URI portal) {
        long n = System.nanoTime();
        String email = "skip-" + language + n + "@kmb.test";
        People.member(portal, email, "Skip Reader", "Skip Org " + n);
        ChromeDriver anonymous = Browser.start(language);
        try {
            reachesTheChallengesBox(anonymous, portal, language);
        } finally {
            anonymous.quit();
        }
        reachesTheChallengesBox(signedIn(portal, language, email), portal, language);
    }

    private static void reachesTheChallengesBox(ChromeDriver browser, URI portal, String language) {
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        WebElement link = browser.switchTo().activeElement();
        assertEquals("skip-to", link.getDomAttribute("id"));
        assertEquals(Bundle.shown(language, "nav.skip.challenges"), link.getText());
        assertTrue(link.getRect().getY() >= 0 && link.getRect().getHeight() > 0, "visible when focused");
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL).until(d -> "challenges".equals(
                ((ChromeDriver) d).switchTo().activeElement().getDomAttribute("id")));
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }

    /**
     * An administrator saw "Prepare and record the check-in" on a partnership's page, and the page it led to had an
     * agenda and no form, without a word why. Who may read but not record (the administrator) is now offered to read
     * the agenda, and the check-in page says who prepares and records it; the mentor still gets the form. The server
     * still refuses the administrator's check-in.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAdministratorIsOfferedToReadACheckInNotToRecordIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("admin-check-in-" + language).hashCode());
        Visitor partner = People.member(portal, "admin-ci-p-" + language + n + "@kmb.test", "Admin Partner",
                "Admin Check-in Org " + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        Visitor admin = People.admin(portal);
        Document view = page(admin, "/partnerships/view?id=" + id + "&lang=" + language);
        List<String> links = view.select("a[href$=/partnerships/check-in?id=" + id + "]").eachText();
        assertFalse(links.isEmpty(), view.select("main").text());
        links.forEach(
                text -> assertEquals(Bundle.shown(language, "partnerships.checkIn.read"), Bundle.normalSpaces(text)));
        Document checkIn = page(admin, "/partnerships/check-in?id=" + id + "&lang=" + language);
        assertNull(checkIn.getElementById("record"), "no form for the administrator");
        Element why = checkIn.getElementById("read-only-why");
        assertNotNull(why, checkIn.select("main").text());
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "partnerships.checkIn.readOnly", MENTOR_NAME,
                "Admin Check-in Org " + n)), Bundle.normalSpaces(why.text()));
        int status = admin.api("POST", "/api/partnerships/" + id + "/check-ins", Json.createObjectBuilder().add(
                "held_on", java.time.LocalDate.now().toString()).add("what_happened", line(random, 200)).build()
                .toString()).status();
        assertTrue(status == 403 || status == 404, "the administrator's check-in: " + status);

        Visitor mentor = People.signedIn(portal, "look-mentor-" + language + n + "@kmb.test");
        Document theirs = page(mentor, "/partnerships/check-in?id=" + id + "&lang=" + language);
        assertNotNull(theirs.getElementById("record"), "the mentor's form");
        assertNull(theirs.getElementById("read-only-why"));
        // The form comes after the whole agenda: the second link of the page leads to it (the administrator's none).
        assertEquals("#record", theirs.select("a").get(1).attr("href"));
        assertEquals(Bundle.shown(language, "nav.skip.record"), theirs.getElementById("skip-to").text());
        assertNull(checkIn.getElementById("skip-to"));
        Document mentorView = page(mentor, "/partnerships/view?id=" + id + "&lang=" + language);
        mentorView.select("a[href$=/partnerships/check-in?id=" + id + "]").eachText().forEach(text -> assertEquals(
                Bundle.shown(language, "partnerships.checkIn.prepare"), Bundle.normalSpaces(text)));
    }

    /**
     * The sign-up boxes cut a pasted name (120), email (320), organization (200) and join code (64) without a word. A
     * longer text is now refused beside its box with the limit and its length, kept in the box, and no account is
     * made. Generated names and organizations (library words, « », markup, emoji) in both languages.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void signUpSaysWhichBoxIsTooLongAndKeepsIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("long-sign-up-" + language).hashCode());
        for (int i = 0; i < 3; i++) {
            String name = longer(random, 120);
            String email = "x".repeat(321 + random.nextInt(200)) + n + "@kmb.test";
            String organization = longer(random, 200);
            String code = "k".repeat(65 + random.nextInt(100));
            Visitor visitor = new Visitor(portal, language);
            Document page = Jsoup.parse(visitor.get("/sign-up?lang=" + language).body());
            for (String box : List.of("name", "email", "organization", "joinCode")) {
                assertFalse(page.getElementById("signup:" + box).hasAttr("maxlength"), box);
            }
            Document created = Jsoup.parse(visitor.submit("/sign-up?lang=" + language, "signup", Map.of("name", name,
                    "email", email, "password", People.PASSWORD, "confirmation", People.PASSWORD, "organization",
                    organization), "submit").body());
            Map<String, String> typed = Map.of("name", name, "email", email, "organization", organization);
            Map<String, Integer> limits = Map.of("name", 120, "email", 320, "organization", 200);
            typed.forEach((box, text) -> {
                assertEquals(Bundle.normalSpaces(Bundle.shown(language, "editor.fieldTooLong", limits.get(box), text
                        .strip().length())),
                        Bundle.normalSpaces(created.getElementById("signup:" + box + "-error").text()),
                        box);
                assertEquals(text, created.getElementById("signup:" + box).val(), box);
            });
            Document joined = Jsoup.parse(new Visitor(portal, language).submit("/sign-up?lang=" + language,
                    "signup", Map.of("name", "Join " + n, "email", "join-" + i + n + "@kmb.test", "password",
                            People.PASSWORD, "confirmation", People.PASSWORD, "choice", "join", "joinCode", code),
                    "submit").body());
            assertEquals(Bundle.normalSpaces(Bundle.shown(language, "editor.fieldTooLong", 64, code.length())),
                    Bundle.normalSpaces(joined.getElementById("signup:joinCode-error").text()));
            assertEquals(code, joined.getElementById("signup:joinCode").val());
        }
    }

    /** Generated text on one line, longer than the limit. */
    private static String longer(Random random, int limit) {
        String text = line(random, limit + 1 + random.nextInt(3 * limit));
        while (text.strip().length() <= limit) {
            text = text + " " + line(random, limit);
        }
        return text;
    }

    /** The page at that address, after the redirects it answers with (at most three). */
    private static Document page(Visitor visitor, String path) {
        Http.Answer answer = visitor.get(path);
        for (int i = 0; i < 3 && answer.status() / 100 == 3; i++) {
            answer = visitor.get(answer.header("Location"));
        }
        assertEquals(200, answer.status(), path);
        return Jsoup.parse(answer.body());
    }

    private static Document search(Visitor reader, String typed, String language) {
        Http.Answer answer = reader.get("/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&lang="
                + language);
        assertEquals(200, answer.status(), typed + ": " + answer.body());
        return Jsoup.parse(answer.body());
    }

    private static boolean nothingFound(Document page) {
        return page.selectFirst(".empty-result") != null;
    }

    /** No "did you mean" or other offer on the page is the search just made. */
    private static void assertNotOffered(Document page, String typed) {
        for (Element link : page.select(".did-you-mean a")) {
            String href = link.attr("href");
            String query = href.contains("q=")
                    ? java.net.URLDecoder.decode(href.replaceAll(".*[?&]q=([^&]*).*",
                            "$1"), StandardCharsets.UTF_8)
                    : null;
            assertFalse(
                    Bundle.normalSpaces(typed).equals(Bundle.normalSpaces(link.text())) || typed.strip().equals(query),
                    typed + " offered itself: " + link.outerHtml());
        }
    }

    /** Runs of two or three words of the language's shipped texts, lower case, letters only, of three letters or more. */
    private static Set<String> phrases(String language, Random random, int count) throws IOException {
        String[] words = writtenIn(language, random, 6000).split("[^\\p{L}’'-]+");
        Set<String> phrases = new LinkedHashSet<>();
        for (int tries = 0; phrases.size() < count && tries < 10 * count; tries++) {
            int at = random.nextInt(words.length - 3);
            int length = 2 + random.nextInt(2);
            List<String> run = List.of(words).subList(at, at + length);
            if (run.stream().allMatch(w -> w.matches("\\p{L}{3,}")) && run.stream().anyMatch(w -> w.length() >= 6)) {
                phrases.add(String.join(" ", run).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return phrases;
    }

    /** The phrase with its longest word misspelt: a letter dropped, doubled or two swapped, inside the word. */
    private static String misspelt(String phrase, Random random) {
        String[] words = phrase.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            longest = words[i].length() > words[longest].length() ? i : longest;
        }
        String word = words[longest];
        int at = 1 + random.nextInt(word.length() - 3);
        words[longest] = switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
        return String.join(" ", words);
    }
}
