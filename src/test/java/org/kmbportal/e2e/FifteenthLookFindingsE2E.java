package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user session of 6 December 2026 at 11:20 (us48, real Chromium, shipped library) found on its pages. */
@ExtendWith(RunningPortal.class)
class FifteenthLookFindingsE2E extends LookFindings {

    /** Text as a page or a note shows it, to compare: no spaces of any kind. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
    }

    /** The partnership's notes as the API gives them (newest first; parts posted together in their order). */
    private static List<String> notes(Visitor member, long id) {
        return member.get("/api/partnerships/" + id + "/notes").json().getJsonArray("notes").getValuesAs(
                JsonObject.class).stream().map(note -> note.getString("text")).toList();
    }

    /**
     * A colleague recorded the check-in first and "Add what I typed to the partnership's notes" was pressed: Back, then
     * the same button again, added the same notes a second time. The notes were cut between any two words (mid-
     * sentence) and an item's new status was given without the one it had. Pressed again, the page now says the text
     * is already there and adds nothing; sentences stay whole; a status reads "from planned to in progress", in the
     * language of the note's heading (the text's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void textNotRecordedGoesToTheNotesOnceInWholeSentencesWithTheStatusItHad(String language, URI portal)
            throws IOException {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("notes-once-" + language).hashCode());
        String email = "notes-once-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, email, "Notes Once Partner", "Notes Once Org " + language + n);
        long id = partnershipWithOneItem(portal, partner, random, n, language);
        String written = other(language);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/partnerships/check-in?id=" + id + "&number=1&lang=" + language).toString());
        String happened = typed(browser, "record:what-happened", writtenIn(written, random, 4_500));
        String next = typed(browser, "record:next-steps", writtenIn(written, random, 900));
        new Select(browser.findElement(By.id("record:items:0:status"))).selectByValue("in-progress");

        assertEquals(201, partner.api("POST", "/api/partnerships/" + id + "/check-ins",
                "{\"what_happened\": \"Recorded first by a colleague " + n + "\"}").status());
        Browser.pressForNewPage(browser, browser.findElement(By.id("record:record-button")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.error.already_recorded"));
        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.kept"));
        List<String> notes = notes(partner, id);
        assertTrue(notes.size() >= 2, "longer than a note: " + notes.size());

        List<String> squeezedNotes = notes.stream().map(FifteenthLookFindingsE2E::squeezed).toList();
        for (String sentence : (happened + "\n\n" + next).split(
                "(?<=[.!?…][\"'»”’)\\]]{0,3})\\s+|\\n\\s*\\n")) {
            if (sentence.length() <= 2_000 && !sentence.isBlank()) {
                assertTrue(squeezedNotes.stream().anyMatch(note -> note.contains(squeezed(sentence))),
                        "a sentence whole in one note: " + sentence);
            }
        }
        String all = String.join("\n", notes).replace('\u00a0', ' ');
        String status = Bundle.shown(written, "partnerships.checkIn.unrecorded.changedFrom", Bundle.shown(written,
                "partnerships.field.status"), Bundle.shown(written, "partnerships.status.planned"),
                Bundle.shown(
                        written, "partnerships.status.in-progress"));
        assertTrue(all.contains(status), "the status it had and the one typed, in the note's language: " + status);
        assertTrue(all.replaceAll("^\\(\\d+/\\d+\\) ", "").startsWith(Bundle.shown(written,
                "partnerships.checkIn.unrecorded.heading", 1)), "headed in the text's language: "
                        + all.substring(0,
                                100));
        assertFalse(all.contains(Bundle.shown(language, "partnerships.field.status") + ": ") || all.contains(
                Bundle.shown(language, "partnerships.field.status") + " : "), "no label in the page's language");

        browser.navigate().back();
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).ignoring(WebDriverException.class).until(
                d -> d.getCurrentUrl().contains("/partnerships/check-in") && !d.findElements(By.id(
                        "unrecorded:keep")).isEmpty());
        Browser.pressForNewPage(browser, browser.findElement(By.id("unrecorded:keep")));
        Browser.awaitMessage(browser, Bundle.shown(language, "partnerships.checkIn.unrecorded.already", "#").split(
                "#")[0]);
        assertEquals(notes, notes(partner, id), "nothing added again");
        assertEquals(List.of(), Browser.wcagViolations(browser));
    }

    /**
     * A paragraph pasted into a search box was cut to 500 characters by the box itself, before the portal's refusal
     * ("For my organization" takes a whole paragraph) could carry it there: the reader's challenges arrived cut, and
     * nothing said so. Pasted into the header's box and into the search page's, a generated paragraph of 1,500 to 3,000
     * characters (quotes, markup, emoji) is now held whole, refused with the plain message, and arrives whole in the
     * challenges box.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aParagraphPastedIntoASearchBoxArrivesWholeInForMyOrganization(String language, URI portal)
            throws IOException {
        Random random = new Random(Gen.seed() * 31 + ("paragraph-whole-" + language).hashCode());
        ChromeDriver browser = Browser.start(language);
        try {
            for (String[] box : List.of(new String[]{"/browse", "quick-q"}, new String[]{"/search", "search-q"})) {
                int length = 1_500 + random.nextInt(1_501);
                String paragraph = GeneratedText.cut(writtenIn(random.nextBoolean() ? "en" : "fr", random, length)
                        .replaceAll("\\s+", " "), length - 24).strip() + " \"straight\" l'été 🙂 end.";
                browser.get(portal.resolve(box[0] + "?lang=" + language).toString());
                WebElement input = browser.findElement(By.id(box[1]));
                input.sendKeys(paragraph);
                assertEquals(paragraph, input.getDomProperty("value"), box[1] + ": the box holds the whole paragraph");
                Browser.pressForNewPage(browser, input.findElement(By.xpath("./ancestor::form//button[@type="
                        + "'submit']")));
                String notice = browser.findElement(By.id("search-q-error")).getText().replace('\u00a0', ' ')
                        .replace('\u202f', ' ');
                assertTrue(notice.startsWith(Bundle.shown(language, "search.error.tooLongHere", 500, paragraph
                        .codePointCount(0, paragraph.length())).replace('\u202f', ' ')), notice);
                Browser.pressForNewPage(browser, browser.findElement(By.id("organization-instead")));
                assertEquals(paragraph, value(browser, "challenges"), box[1] + ": the paragraph arrives whole");
                assertTrue(browser.findElements(By.id("challenges-error")).isEmpty(), "nothing refused");
            }
            assertEquals(List.of(), Browser.wcagViolations(browser));
        } finally {
            browser.quit();
        }
    }

    /**
     * On /admin/users, "Suspend access" on one's own row asked to confirm, then refused. It is not offered there: the
     * row says why at once. A person's name with straight quotes was shown with curly ones in the messages about them,
     * and the French messages made every person masculine (« sera déconnecté », « Suspendu depuis »): the name is now
     * as typed, and the French words fit anyone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noSuspensionOfOnesOwnAccessAndNamesAsTypedInWordsForAnyone(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("suspension-words-" + language).hashCode());
        String name = line(random, 24) + " \"Zaza\" O'Brien-" + n % 1000;
        String email = "suspension-words-" + language + n + "@kmb.test";
        People.member(portal, email, name, "Suspension Words Org " + language + n);
        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);

        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + People.ADMIN_EMAIL).toString());
        WebElement own = AccountRolesE2E.row(admin, People.ADMIN_EMAIL);
        assertTrue(own.findElements(By.cssSelector("input[id$=':suspend']")).isEmpty(), "no Suspend on one's own row");
        assertEquals(Bundle.shown(language, "admin.suspend.self"), own.findElement(By.cssSelector(
                "[id$=':no-suspend']")).getText().replace('\u00a0', ' ').strip(), "the row says why");
        assertEquals(List.of(), Browser.wcagViolations(admin));

        admin.get(portal.resolve("/admin/users?lang=" + language + "&q=" + email).toString());
        String shownName = AccountRolesE2E.row(admin, email).findElements(By.tagName("td")).get(0).getText().strip();
        Browser.pressForNewPage(admin, AccountRolesE2E.row(admin, email).findElement(By.cssSelector(
                "input[id$=':suspend']")));
        String confirm = Bundle.shown(language, "admin.suspend.confirm", shownName);
        assertTrue(confirm.contains("\"Zaza\" O'Brien"), confirm);
        Browser.awaitMessage(admin, confirm);
        Browser.pressForNewPage(admin, AccountRolesE2E.row(admin, email).findElement(By.cssSelector(
                "input[id$=':suspend']")));
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.suspended", shownName));
        String state = AccountRolesE2E.row(admin, email).findElement(By.cssSelector(".access__state")).getText();
        String words = confirm + "\n" + state + "\n" + admin.findElement(By.id("messages")).getText();
        for (String masculine : List.of("déconnecté ", "déconnecté.", "Suspendu ", "qu’il ", "qu'il ")) {
            assertFalse(words.contains(masculine), "words for anyone, not « " + masculine + " »: " + words);
        }
        Browser.pressForNewPage(admin, AccountRolesE2E.row(admin, email).findElement(By.cssSelector(
                "input[id$=':restore']")));
        Browser.awaitMessage(admin, Bundle.shown(language, "admin.restored", shownName));
        assertFalse(admin.findElement(By.id("messages")).getText().contains("qu’il"), "restored: words for anyone");
    }

    /**
     * On "For my organization", a member whose session had ended (timed out, or signed out in another tab) pressed
     * "Show": the page came back signed out without a word and its Save button was gone. It now says the session
     * ended, shows the answers as sent (nothing saved), and its "sign in again" leads back to them with Save.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void showAfterTheSessionEndedSaysSoAndKeepsTheAnswers(String language, URI portal) throws IOException {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("show-ended-" + language).hashCode());
        String email = "show-ended-" + language + n + "@kmb.test";
        People.member(portal, email, "Show Ended", "Show Ended Org " + language + n);
        ChromeDriver browser = signedIn(portal, language, email);
        browser.get(portal.resolve("/organization?lang=" + language).toString());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser
                .findElement(By.id("q-organization_size-small")));
        String challenges = GeneratedText.cut(writtenIn(language, random, 1_200).replaceAll("\\s+", " "), 1_200)
                .strip();
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id("challenges")),
                challenges);
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector("#questionnaire button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());

        browser.manage().deleteCookieNamed("JSESSIONID");
        Browser.pressForNewPage(browser, browser.findElement(By.cssSelector(
                "button[name=show][value=practice-guide]")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "questionnaire")).isEmpty());
        List<WebElement> said = browser.findElements(By.id("session-ended"));
        assertEquals(1, said.size(), "the page says the session ended: " + browser.findElement(By.id("main"))
                .getText());
        assertTrue(said.get(0).getText().replace('\u00a0', ' ').startsWith(Bundle.shown(language,
                "organization.sessionEnded")), said.get(0).getText());
        assertTrue(browser.findElement(By.id("q-organization_size-small")).isSelected(), "the answer is kept");
        assertEquals(challenges, value(browser, "challenges"), "the paragraph is kept");
        assertEquals(List.of(), Browser.wcagViolations(browser));

        Browser.pressForNewPage(browser, browser.findElement(By.id("session-ended-sign-in")));
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(People.PASSWORD);
        Browser.pressForNewPage(browser, browser.findElement(By.id("signin:submit")));
        new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(d -> !d.findElements(By.id(
                "save-profile:save")).isEmpty());
        assertEquals(challenges, value(browser, "challenges"), "back to the answers, with Save");
        assertTrue(browser.findElements(By.id("session-ended")).isEmpty(), "signed in again: nothing more to say");
    }

    /**
     * The organization page's intro said "Nothing you enter here is stored" to readers signed out and to accounts
     * without an organization, on a page that offers to sign in and save. Each now reads what is true for them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theOrganizationIntroSaysWhatIsKeptForEachReader(String language, URI portal) {
        long n = System.nanoTime();
        ChromeDriver anonymous = Browser.start(language);
        try {
            anonymous.get(portal.resolve("/organization?lang=" + language).toString());
            String intro = anonymous.findElement(By.cssSelector("p.lead")).getText().replace('\u00a0', ' ');
            assertEquals(Bundle.shown(language, "organization.lead"), intro);
            assertFalse(intro.contains("Nothing you enter here is stored") || intro.contains("n’est conservé"),
                    intro);
        } finally {
            anonymous.quit();
        }
        String email = "intro-no-org-" + language + n + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Intro Without Org", "mentor");
        ChromeDriver withoutOrganization = signedIn(portal, language, email);
        withoutOrganization.get(portal.resolve("/organization?lang=" + language).toString());
        assertEquals(Bundle.shown(language, "organization.lead.noOrganization"), withoutOrganization.findElement(By
                .cssSelector("p.lead")).getText().replace('\u00a0', ' '));
    }
}
