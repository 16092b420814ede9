package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 at 15:50 (us49, real Chromium, shipped library) found on its pages. */
@ExtendWith(RunningPortal.class)
class TwentyFirstLookFindingsE2E extends LookFindings {

    /**
     * A picture written in a collection's description (or an editor's section: the same renderer, MarkdownRendererTest)
     * was kept: the pages allow no image from another site (a broken picture, without a description, for readers), and
     * {@code <img src=x>} made the page ask the portal for "x". No picture reaches the page now, and the note after a
     * save names {@code <img>}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aPictureInTypedTextIsNamedAndNeverShown(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("pictures-" + language).hashCode());
        String words = line(random, 200).replace('<', ' ').replace('>', ' ');
        String text = words + "\n\n<img src=\"https://example.org/pixel.gif\"> **" + n + "** <img src=x>\n\n!["
                + line(random, 40).replaceAll("[\\[\\]<>]", " ") + "](https://example.org/" + n + ".png)";

        Visitor mentor = People.invited(portal, People.admin(portal), "pictures-m-" + language + n + "@kmb.test",
                "Picture Mentor", "mentor");
        Http.Answer made = mentor.api("POST", "/api/collections", Json.createObjectBuilder().add("title", words
                .substring(0, Math.min(100, words.length())) + " " + n).add("visibility", "private").build()
                .toString());
        assertEquals(201, made.status(), made.body());
        String id = made.json().getString("id");
        Http.Answer saved = mentor.submit("/curate/edit?id=" + id + "&lang=" + language, "edit", Map.of(
                "description", text), "save");
        Document curate = mentor.shownAfter(saved);
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "curation.markupRemoved", "<img>")),
                Bundle.normalSpaces(curate
                        .getElementById("edit:description-note").text()));
        Document collection = Jsoup.parse(mentor.get("/collections/" + id + "?lang=" + language).body());
        assertTrue(collection.getElementById("main").text().contains(String.valueOf(n)), "the text is shown");
        assertTrue(collection.select("#main img").isEmpty(), "no picture: " + collection.select("#main img"));
    }

    /**
     * With the site's cookies gone on "For my organization" in French (the browser asking for English), a change of
     * what is shown brought the whole page back in English, and the sentence asking to sign in again had no full
     * stop. The forms now carry the page's language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void thePageStaysInItsLanguageWhenTheCookiesAreGone(String language, URI portal) throws IOException {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("cookies-gone-" + language).hashCode());
        String email = "cookies-gone-" + language + n + "@kmb.test";
        People.member(portal, email, "Cookie Reader", "Org " + n);
        ChromeDriver browser = signedIn(portal, other(language), email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        String challenges = writtenIn(language, random, 400).strip();
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("challenges")),
                challenges);
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        browser.manage().deleteAllCookies();
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector(
                "button[name=show][value=practice-guide]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "session-ended")).isEmpty());
        assertEquals(language, browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        String said = Bundle.shown(language, "organization.sessionEnded") + " " + Bundle.shown(language,
                "organization.sessionEnded.signIn");
        assertEquals(Bundle.normalSpaces(said),
                Bundle.normalSpaces(browser.findElement(By.id("session-ended")).getText()));
        assertTrue(said.endsWith("."), said);
        assertEquals(challenges, value(browser, "challenges"), "the answers are kept");
    }

    /**
     * A title holding a direction override (U+202E) was refused at the top of the page, half in English, about "line
     * 4", with nothing beside the box, and not at all while another box had a mistake. It is now said beside the
     * title, in the page's language, naming the character, every time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anInvisibleCharacterInTheTitleIsSaidBesideIt(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("invisible-title-" + language).hashCode());
        Visitor editor = People.invited(portal, People.admin(portal), "invisible-" + language + n + "@kmb.test",
                "Invisible Editor", "editor");
        String resource = draft(editor, "invisible-" + language + "-" + n);
        String before = storedTitle(editor, resource);
        String words = line(random, 120);
        int at = random.nextInt(words.length() + 1);
        String title = words.substring(0, at) + "\u202E" + words.substring(at);
        String said = Bundle.shown(language, "field.invisibleCharacter", "U+202E");
        for (Map<String, String> fields : java.util.List.of(Map.of("title", title), Map.of("title", title,
                "published", "le " + n))) {
            Document page = editor.shownAfter(editor.submit("/editor/edit?id=" + resource + "&lang=" + language, "edit",
                    fields, "save"));
            Element box = page.getElementById("edit:title");
            assertEquals("true", box.attr("aria-invalid"), fields.toString());
            assertEquals(Bundle.normalSpaces(said),
                    Bundle.normalSpaces(page.getElementById("edit:title-error").text()));
            String top = page.getElementById("messages").text();
            assertFalse(top.contains("line ") || top.contains("ligne "), top);
            assertEquals(Bundle.normalSpaces(Bundle.shown(language, "editor.fixFields")), Bundle.normalSpaces(top));
            assertEquals(title, box.val(), "the title typed stays in the box");
        }
        assertEquals(before, storedTitle(editor, resource), "nothing saved");
    }
}
