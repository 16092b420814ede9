package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the user session us57 found in the editor, on a phone and in the API: a refused stale save left the state the
 * form was opened in on the page; French text typed with ordinary spaces inside guillemets broke at « on a phone's
 * line; and the API refused a malformed body or a role in English to a French client.
 */
@ExtendWith(RunningPortal.class)
class TwentySeventhLookFindingsE2E extends LookFindings {

    private static final String ZELDIN = "zeldin-2013-youth-adult-partnership";
    private static final String FRENCH_GUIDE = "bien-terminer-un-jumelage";

    /**
     * An editor opens a draft; another editor publishes it; the first one's save is refused as stale. The page says
     * so, shows the state the item is in now (Published), not the one it was opened in (Draft), and keeps the text
     * the editor typed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aStaleSaveShowsTheItemsStateNowAndKeepsTheTypedText(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("stale-state-" + language).hashCode());
        Visitor admin = People.admin(portal);
        String mine = "stale-mine-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, admin, mine, "Stale Mine", "editor");
        Visitor them = People.invited(portal, admin, "stale-theirs-" + language + n + "@kmb.test", "Stale Theirs",
                "editor");
        String id = "stale-state-" + language + "-" + n;
        String text = me.get("/api/editor/resources/" + ZELDIN).json().getString("text").replace("id: " + ZELDIN,
                "id: " + id).replaceFirst("(?m)^status: .*$", "status: draft");
        assertEquals(200, me.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version", -1)
                .add("text", text).build().toString()).status());
        ChromeDriver browser = signedIn(portal, language, mine);
        browser.get(portal.resolve("/editor/edit?id=" + id + "&lang=" + language).toString());
        assertEquals(Bundle.shown(language, "status.draft"), browser.findElement(By.cssSelector(".status .badge"))
                .getText().strip());

        for (String to : List.of("in-review", "published")) {
            Http.Answer moved = them.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"" + to
                    + "\"}");
            assertEquals(200, moved.status(), moved.body());
        }
        String typed = line(random, 150);
        Browser.type(browser, "edit:title", typed);
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
        Browser.awaitMessage(browser, Bundle.shown(language, "editor.conflict"));
        assertEquals(Bundle.shown(language, "status.published"), browser.findElement(By.cssSelector(
                ".status .badge")).getText().strip(), "the state the item is in now");
        assertEquals(typed, value(browser, "edit:title"), "the typed text is kept");
        assertEquals("published", them.get("/api/editor/resources/" + id).json().getString("status"));
    }

    /**
     * A French guide whose editor typed ordinary spaces inside guillemets and before « ; : ! ? », read on a phone (390
     * px wide): the page writes no-break spaces there, so no line of the text ends with « nor begins with » or one of
     * those marks; code keeps what was typed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr"})
    void frenchTextOnAPhoneNeverLeavesAGuillemetAloneAtALineEnd(String language, URI portal) {
        base = portal;
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("phone-guillemets-" + n % 7).hashCode());
        Visitor admin = People.admin(portal);
        Visitor editor = People.invited(portal, admin, "phone-fr-" + n + "@kmb.test", "Éloïse Espace", "editor");
        String id = "guillemets-au-telephone-" + n;
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String words = line(random, 40 + random.nextInt(60)).replaceAll("[«»;:!?`*_#\\[\\]<>\\\\]", " ")
                    .replaceAll("\\s+", " ").strip();
            typed.append(switch (i % 4) {
                case 0 -> "Elle a dit « " + words + " » ; puis ";
                case 1 -> "voici la question : " + words + " ? ";
                case 2 -> "« " + words + " » ! ";
                default -> words + " « x » : ";
            });
        }
        String paragraph = typed.toString().strip() + " Code : `« a » ; b`.";
        String text = editor.get("/api/editor/resources/" + FRENCH_GUIDE).json().getString("text").replace("id: "
                + FRENCH_GUIDE, "id: " + id).replaceFirst("(?m)^status: .*$", "status: draft");
        text = text + "\n\n" + paragraph + "\n";
        Http.Answer saved = editor.api("PUT", "/api/editor/resources/" + id, Json.createObjectBuilder().add("version",
                -1).add("text", text).build().toString());
        assertEquals(200, saved.status(), saved.body());
        for (String to : List.of("in-review", "published")) {
            Http.Answer moved = editor.api("POST", "/api/editor/resources/" + id + "/transitions", "{\"to\": \"" + to
                    + "\"}");
            assertEquals(200, moved.status(), moved.body());
        }
        ChromeDriver phone = Browser.start(language);
        try {
            phone.manage().window().setSize(new Dimension(390, 844));
            phone.get(portal.resolve("/resources/" + id + "?lang=fr").toString());
            String shown = (String) phone.executeScript("return document.querySelector('main').textContent;");
            assertTrue(shown.contains("Elle a dit"), "the typed paragraph is on the page");
            for (String wrong : List.of("« ", " »", " ;", " :", " ?", " !")) {
                String outsideCode = shown.replace("« a » ; b", "");
                assertFalse(outsideCode.contains(wrong), "an ordinary space at \"" + wrong + "\"");
            }
            assertTrue(shown.contains("« a » ; b"), "code keeps what was typed");
            // And on the screen: « on the line of the word after it, » and the marks on the line of the word before.
            @SuppressWarnings("unchecked")
            List<String> alone = (List<String>) phone.executeScript(
                    """
                            var alone = [];
                            var walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
                            var node;
                            function lines(node, from, to) {
                              var range = document.createRange();
                              range.setStart(node, from); range.setEnd(node, to);
                              var tops = {};
                              Array.from(range.getClientRects()).filter(r => r.width > 0).forEach(r => tops[Math.round(r.top)] = 1);
                              return Object.keys(tops).length;
                            }
                            while ((node = walker.nextNode())) {
                              if (node.parentElement.closest('code, pre')) continue;
                              var t = node.data;
                              for (var i = 0; i < t.length; i++) {
                                if (t[i] === '«' && i + 3 <= t.length && lines(node, i, i + 3) > 1) alone.push(t.substring(i, i + 12));
                                if ('»;:!?'.indexOf(t[i]) >= 0 && i >= 2 && /\\s/.test(t[i - 1]) && lines(node, i - 2, i + 1) > 1) alone.push(t.substring(i - 12, i + 1));
                              }
                            }
                            return alone;
                            """);
            assertEquals(List.of(), alone, "marks alone at a line's end or start");
        } finally {
            phone.quit();
        }
    }

    /**
     * A malformed body and a request the caller's role may not make are refused in the language of Accept-Language,
     * as the API's other refusals are; the codes stay the same for programs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void badJsonAndForbiddenAreSaidInTheLanguageAsked(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("api-words-" + language).hashCode());
        String memberEmail = "api-words-" + language + n + "@kmb.test";
        People.member(portal, memberEmail, "Amélie Api", "Api Words " + n);
        String mentorEmail = "api-words-mentor-" + language + n + "@kmb.test";
        People.invited(portal, People.admin(portal), mentorEmail, "Mo Words", "mentor");
        // Each signed in again by a client that asks for the language (Accept-Language on every request).
        Visitor member = new Visitor(portal, language);
        assertTrue(member.signIn(memberEmail, People.PASSWORD));
        Visitor mentor = new Visitor(portal, language);
        assertTrue(mentor.signIn(mentorEmail, People.PASSWORD));
        for (String body : List.of("{\"title\": " + line(random, 60).replace("\"", ""), "[" + n + "]", "")) {
            Http.Answer refused = mentor.api("POST", "/api/collections", body);
            assertEquals(400, refused.status(), refused.body());
            assertEquals("bad_json", refused.json().getString("error"), refused.body());
            String key = body.isEmpty()
                    ? "api.error.emptyBody"
                    : body.startsWith("[")
                            ? "api.error.notAnObject"
                            : "api.error.badJson";
            assertEquals(Bundle.text(language, key, "send at least a title."), refused.json().getString("message"));
        }
        Http.Answer forbidden = member.api("GET", "/api/editor/resources/" + ZELDIN, null);
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals("forbidden", forbidden.json().getString("error"));
        assertEquals(Bundle.text(language, "api.error.needsRole", Bundle.text(language, "role.editor")), forbidden
                .json().getString("message"));
        Http.Answer notCurator = member.api("POST", "/api/collections", Json.createObjectBuilder().add("title",
                line(random, 80)).build().toString());
        assertEquals(403, notCurator.status(), notCurator.body());
        assertEquals("forbidden", notCurator.json().getString("error"));
        JsonObject said = notCurator.json();
        // The service's own reason, in the language asked (api58: it reaches API clients again).
        assertEquals(Bundle.text(language, "api.denied.createCollection"), said.getString("message"), said.toString());
    }
}
