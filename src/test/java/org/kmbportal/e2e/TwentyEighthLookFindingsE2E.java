package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What user session us58 found: a pasted question of more than 40 words found nothing but "too many words", and years
 * given the wrong way round were put in order without a word.
 */
@ExtendWith(RunningPortal.class)
class TwentyEighthLookFindingsE2E extends LookFindings {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * A question of 41 to 60 words (the library's sentences with odd signs, within 500 characters) is searched by its
     * first 40 words: results are shown, the page says above them that only the first 40 were searched, the box keeps
     * the whole question and is not marked invalid; the API answers with hits and says the same in its notices.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aPastedQuestionOfManyWordsIsSearchedByItsFirstWords(String language, URI portal) throws IOException {
        Random random = new Random(Gen.seed() * 31 + ("first-words-" + language).hashCode());
        String typed = question(language, random, 41 + random.nextInt(10));
        long words = WORD.matcher(typed).results().count();
        String notice = Bundle.text(language, "search.notice.firstWords", String.valueOf(words), "40");
        ChromeDriver browser = Browser.start(language);
        try {
            browser.get(portal.resolve("/search?lang=" + language + "&q=" + URLEncoder.encode(typed,
                    StandardCharsets.UTF_8)).toString());
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Browser.hasHeading(d));
            assertTrue(browser.findElements(By.id("search-q-error")).isEmpty(), typed);
            assertTrue(notices(browser).contains(Bundle.normalSpaces(notice)), notices(browser) + " says " + notice);
            assertEquals(1, browser.findElements(By.id("results-title")).size(), "results shown: " + typed);
            WebElement box = browser.findElement(By.id("search-q"));
            assertEquals(null, box.getDomAttribute("aria-invalid"));
            assertEquals(typed, box.getDomProperty("value"));
        } finally {
            browser.quit();
        }
        Http.Answer answer = Http.get(portal, "/api/search?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8),
                "Accept-Language", language);
        assertEquals(200, answer.status(), answer.body());
        JsonObject json = Visitor.json(answer.body());
        assertTrue(json.getJsonNumber("total").longValue() > 0, typed);
        assertEquals(List.of(notice), json.getJsonArray("notices").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
    }

    /** Years given the wrong way round are searched in order and the page and the API say how they were read. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void reversedYearsAreSaidAboveTheResults(String language, URI portal) {
        Random random = new Random(Gen.seed() * 17 + ("reversed-years-" + language).hashCode());
        int from = 2000 + random.nextInt(10);
        int to = from + 1 + random.nextInt(15);
        String notice = Bundle.text(language, "search.notice.yearsReversed", String.valueOf(from),
                String.valueOf(to));
        ChromeDriver browser = Browser.start(language);
        try {
            browser.get(portal.resolve("/search?lang=" + language + "&q=mentor&year_from=" + to + "&year_to=" + from)
                    .toString());
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Browser.hasHeading(d));
            assertTrue(notices(browser).contains(Bundle.normalSpaces(notice)), notices(browser) + " says " + notice);
            assertEquals(1, browser.findElements(By.id("results-title")).size());
            browser.get(portal.resolve("/search?lang=" + language + "&q=mentor&year_from=" + from + "&year_to=" + to)
                    .toString());
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Browser.hasHeading(d));
            assertTrue(notices(browser).isEmpty(), "years in order say nothing: " + notices(browser));
        } finally {
            browser.quit();
        }
        Http.Answer answer = Http.get(portal, "/api/search?q=mentor&year_from=" + to + "&year_to=" + from,
                "Accept-Language", language);
        assertEquals(200, answer.status(), answer.body());
        assertEquals(notice, Visitor.json(answer.body()).getJsonArray("notices").getString(0));
        Http.Answer inOrder = Http.get(portal, "/api/search?q=mentor&year_from=" + from + "&year_to=" + to,
                "Accept-Language", language);
        assertTrue(Visitor.json(inOrder.body()).getJsonArray("notices").isEmpty(), inOrder.body());
    }

    /**
     * Every page or GET endpoint the README names by a whole path answers (a page for anyone or a sign-in, a refusal
     * for a missing id or role), none "Page not found": the README named the insights' tables "/gaps" and
     * "/found-nothing", which are no pages (user session us58).
     */
    @org.junit.jupiter.api.Test
    void everyPathTheReadmeNamesAnswers(URI portal) throws IOException {
        String readme = java.nio.file.Files.readString(org.kmbportal.testing.TestDatabase.projectDir()
                .resolve("README.md"));
        java.util.Set<String> paths = new java.util.TreeSet<>();
        java.util.regex.Matcher m = Pattern.compile("`(?:GET )?(/[^`\\s]*)`").matcher(readme);
        while (m.find()) {
            String path = m.group(1);
            // Placeholders (<id>, {id}, …), optional parts ([?key=]) and alternatives (a|b) are no address.
            if (!path.startsWith("/usr") && !Pattern.compile("[<>{}…*\\[\\]|]|\\.\\.\\.").matcher(path).find()) {
                paths.add(path);
            }
        }
        assertTrue(paths.size() > 40, paths.toString());
        List<String> notFound = new ArrayList<>();
        for (String path : paths) {
            int status = Http.get(portal, path).status();
            if (status == 404 || status >= 500) {
                notFound.add(path + " → " + status);
            }
        }
        assertEquals(List.of(), notFound, "of " + paths);
    }

    /**
     * After "Was this match useful?" the page's text held "(“”)" (fr « («  ») ») once per match: the title, in its own
     * element inside the hidden words, was read as hidden while its quotes were not. The question names the match or
     * nothing.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void eachMatchQuestionNamesItsMatchOrNothing(String language, URI portal) throws IOException {
        Random random = new Random(Gen.seed() * 7 + ("match-question-" + language).hashCode());
        ChromeDriver browser = Browser.start(language);
        try {
            browser.get(portal.resolve("/organization?lang=" + language).toString());
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Browser.hasHeading(d));
            typed(browser, "challenges", writtenIn(language, random, 300));
            Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(
                    "details.signal-details summary")).isEmpty());
            List<WebElement> questions = browser.findElements(By.cssSelector("details.signal-details summary"));
            String text = browser.findElement(By.tagName("main")).getText();
            assertTrue(!Pattern.compile("\\(\\s*[“«]\\s*[”»]\\s*\\)").matcher(text).find(), text);
            for (WebElement question : questions) {
                String said = question.getDomProperty("textContent");
                assertTrue(said.startsWith(Bundle.text(language, "feedback.matchQuestion")), said);
                assertTrue(!Pattern.compile("[“«]\\s*[”»]").matcher(said).find(), said);
            }
        } finally {
            browser.quit();
        }
    }

    /** The notices said above the results, their spaces made plain. */
    private static List<String> notices(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("main p.notice[role=status]")).stream()
                .map(e -> Bundle.normalSpaces(e.getText())).toList();
    }

    /** The library's sentences in that language, with odd signs, cut after that many words (within 500 chars). */
    private static String question(String language, Random random, int words) throws IOException {
        List<String> kept = new ArrayList<>();
        int count = 0;
        for (String token : writtenIn(language, random, 2000).split("\\s+")) {
            int more = (int) WORD.matcher(token).results().count();
            if (count + more > words) {
                break;
            }
            kept.add(token);
            count += more;
        }
        String text = String.join(" ", kept);
        assertTrue(count > 40 && text.length() <= 500, count + " words, " + text.length() + " characters: " + text);
        return text;
    }
}
