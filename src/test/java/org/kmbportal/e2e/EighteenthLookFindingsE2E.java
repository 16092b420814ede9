package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;

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
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the user session of 6 December 2026 (us48, real Chromium, shipped library) found on the forms: Chrome's own
 * tooltip instead of the portal's message, old messages left on the page, and boxes that cut a longer paste silently.
 */
@ExtendWith(RunningPortal.class)
class EighteenthLookFindingsE2E extends LookFindings {

    /**
     * "Start a partnership" with 99 months showed Chrome's tooltip (in the browser's language) and, once fixed, the
     * previous send's messages stayed; /admin/invitations with a bad address showed nothing on the page; the
     * partnership's settings, sign-in and a collection's new link did the same. Every form of these pages now leaves
     * the checks to the portal: its message comes beside the box, in the page's language, and the next send's page
     * no longer has it once the box is right.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyFormSaysWhatIsWrongBesideItsBoxAndForgetsItOnceRight(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("portal-forms-" + language).hashCode());
        String notAnAddress = line(random, 30).replaceAll("[\\s@]", "") + "-" + n;

        ChromeDriver visitor = Browser.start(language);
        try {
            visitor.get(portal.resolve("/sign-in?lang=" + language).toString());
            assertEquals(List.of(), browserChecked(visitor), "/sign-in");
            Browser.type(visitor, "signin:email", notAnAddress);
            Browser.type(visitor, "signin:password", line(random, 20));
            send(visitor, "signin:submit");
            assertEquals(Bundle.shown(language, "account.badEmail"), said(visitor, "signin:email-error"));
            assertEquals("true", visitor.findElement(By.id("signin:email")).getDomAttribute("aria-invalid"));
            Browser.type(visitor, "signin:email", "nobody-" + n + "@kmb.test");
            Browser.type(visitor, "signin:password", line(random, 20));
            send(visitor, "signin:submit");
            assertEquals("", said(visitor, "signin:email-error"), "the address's message is gone once it is one");
            Browser.awaitMessage(visitor, Bundle.shown(language, "signIn.failed"));
        } finally {
            visitor.quit();
        }

        ChromeDriver admin = signedIn(portal, language, People.ADMIN_EMAIL, People.ADMIN_PASSWORD);
        admin.get(portal.resolve("/admin/invitations?lang=" + language).toString());
        assertEquals(List.of(), browserChecked(admin), "/admin/invitations");
        Browser.type(admin, "invite:email", notAnAddress);
        send(admin, "invite:submit");
        assertEquals(Bundle.shown(language, "account.badEmail"), said(admin, "invite:email-error"));
        assertEquals(notAnAddress, value(admin, "invite:email"), "what was typed stays in the box");
        assertEquals(List.of(), Browser.wcagViolations(admin), "the page with its message passes WCAG 2.1 AA");
        Browser.type(admin, "invite:email", "portal-forms-" + language + n + "@kmb.test");
        send(admin, "invite:submit");
        assertEquals("", said(admin, "invite:email-error"));
        assertFalse(admin.findElements(By.id("invitation-link")).isEmpty(), "the invitation is made");

        String partnerEmail = "forms-partner-" + language + n + "@kmb.test";
        Visitor partner = People.member(portal, partnerEmail, "Forms Partner", "Forms Partner Org " + language + n);
        long partnership = partnershipWithOneItem(portal, partner, random, n, language);
        ChromeDriver mentor = signedIn(portal, language, "look-mentor-" + language + n + "@kmb.test");
        mentor.get(portal.resolve("/partnerships/?lang=" + language).toString());
        assertEquals(List.of(), browserChecked(mentor), "/partnerships/");
        Browser.type(mentor, "start:title", line(random, 200));
        Browser.type(mentor, "start:months", "99");
        send(mentor, "start:start-button");
        String months = Bundle.shown(language, "partnerships.error.invalid_interval");
        assertEquals(months, said(mentor, "start:months-error"));
        assertFalse(said(mentor, "start:code-error").isEmpty(), "the empty join code is said too");
        Browser.type(mentor, "start:months", "4");
        send(mentor, "start:start-button");
        assertEquals("", said(mentor, "start:months-error"), "the months' old message is gone once they are right");
        assertFalse(said(mentor, "start:code-error").isEmpty(), "the join code's is still said");

        mentor.get(portal.resolve("/partnerships/view?id=" + partnership + "&lang=" + language).toString());
        assertEquals(List.of(), browserChecked(mentor), "/partnerships/view");
        Browser.type(mentor, "settings:months", "99");
        send(mentor, "settings:save-settings");
        assertEquals(months, said(mentor, "settings:months-error"));
        assertEquals("true", mentor.findElement(By.id("settings:months")).getDomAttribute("aria-invalid"));
        Browser.type(mentor, "settings:months", "2");
        send(mentor, "settings:save-settings");
        assertEquals("", said(mentor, "settings:months-error"));
        Browser.awaitMessage(mentor, Bundle.shown(language, "partnerships.settings.saved"));
        Browser.type(mentor, "handover:email", notAnAddress);
        send(mentor, "handover:handover-button");
        assertEquals(Bundle.shown(language, "partnerships.error.unknown_mentor"), said(mentor,
                "handover:email-error"));
        assertEquals(List.of(), Browser.wcagViolations(mentor), "the page with its message passes WCAG 2.1 AA");

        mentor.get(portal.resolve("/curate/?lang=" + language).toString());
        assertEquals(List.of(), browserChecked(mentor), "/curate/");
        Browser.type(mentor, "create:title", line(random, 120));
        send(mentor, "create:create-button");
        assertEquals(List.of(), browserChecked(mentor), "/curate/edit");
        String address = "example.org/" + n;
        Browser.type(mentor, "edit:new-url", address);
        Browser.type(mentor, "edit:new-title", line(random, 150));
        send(mentor, "edit:add-link");
        assertEquals(Bundle.shown(language, "curation.linkInvalid"), said(mentor, "edit:new-url-error"));
        assertEquals(address, value(mentor, "edit:new-url"));
        Browser.type(mentor, "edit:new-url", "https://" + address);
        send(mentor, "edit:add-link");
        assertEquals("", said(mentor, "edit:new-url-error"));
        Browser.awaitMessage(mentor, Bundle.shown(language, "curation.itemAdded"));
    }

    /**
     * A collection's title boxes (its editor's, "New collection", "Add to a collection") cut a longer paste at 500
     * characters, the "Was this useful?" box at 500 and a research summary's source boxes at their limits, without a
     * word. Typed whole (generated: the library's words, odd signs, both languages), the text stays in its box, the
     * portal refuses it with its limit and its length beside it, and nothing is kept half.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aTextOverItsBoxsLimitIsRefusedWithTheLimitAndItsLengthAndStaysWhole(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("box-limits-" + language).hashCode());

        ChromeDriver reader = Browser.start(language);
        try {
            reader.get(portal.resolve("/resources/zeldin-2013-youth-adult-partnership?lang=" + language).toString());
            reader.findElement(By.cssSelector("label[for=feedback-yes]")).click();
            String text = over(random, 500, 400);
            assertEquals(text, typed(reader, "feedback-text", text), "the box holds the whole text");
            reader.findElement(By.cssSelector("#feedback-form button[type=submit]")).click();
            String status = new WebDriverWait(reader, Duration.ofSeconds(20), Browser.POLL).until(d -> {
                String shown = d.findElement(By.cssSelector("#feedback-form .signal-form__status")).getText();
                return shown.isBlank() ? null : shown.replace('\u00a0', ' ').strip();
            });
            assertEquals(
                    Bundle.shown(language, "signal.error.text_too_long", 500, text.codePointCount(0, text.length())),
                    status);
            assertEquals(text, value(reader, "feedback-text"), "the text is still in its box");
            assertEquals("true", reader.findElement(By.id("feedback-text")).getDomAttribute("aria-invalid"));
        } finally {
            reader.quit();
        }

        String editorEmail = "box-limits-" + language + n + "@kmb.test";
        Visitor me = People.invited(portal, People.admin(portal), editorEmail, "Limit Editor", "editor");
        String resource = "zeldin-2013-youth-adult-partnership";
        String stored = me.get("/api/editor/resources/" + resource).json().getString("text");
        ChromeDriver editor = signedIn(portal, language, editorEmail);
        editor.get(portal.resolve("/editor/edit?id=" + resource + "&lang=" + language).toString());
        List<String[]> boxes = List.of(new String[]{"edit:sourceTitle", "1000"}, new String[]{"edit:sourceAuthor",
                "300"}, new String[]{"edit:sourcePublication", "500"});
        List<String> texts = boxes.stream().map(box -> {
            String text = over(random, Integer.parseInt(box[1]), 300);
            assertEquals(text, typed(editor, box[0], text), box[0] + " holds the whole text");
            return text;
        }).toList();
        send(editor, "edit:save");
        for (int i = 0; i < boxes.size(); i++) {
            String id = boxes.get(i)[0];
            assertEquals(Bundle.shown(language, "editor.fieldTooLong", Integer.parseInt(boxes.get(i)[1]), texts.get(
                    i).codePointCount(0, texts.get(i).length())), said(editor, id + "-error"), id);
            assertEquals("true", editor.findElement(By.id(id)).getDomAttribute("aria-invalid"), id);
            assertEquals(texts.get(i), value(editor, id), id + ": what was typed is still in the box");
        }
        assertEquals(stored, me.get("/api/editor/resources/" + resource).json().getString("text"), "nothing saved");
        assertEquals(List.of(), Browser.wcagViolations(editor), "the page with its messages passes WCAG 2.1 AA");

        String mentorEmail = "box-limits-mentor-" + language + n + "@kmb.test";
        People.invited(portal, People.admin(portal), mentorEmail, "Limit Mentor", "mentor");
        ChromeDriver mentor = signedIn(portal, language, mentorEmail);
        mentor.get(portal.resolve("/resources/" + resource + "?lang=" + language).toString());
        String add = "add-" + resource;
        new Select(mentor.findElement(By.id(add + "-collection"))).selectByValue("+new");
        String started = over(random, 500, 300);
        assertEquals(started, typed(mentor, add + "-title", started), "the new collection's box holds the whole title");
        send(mentor, add + "-submit");
        String notice = said(mentor, add + "-status");
        assertTrue(notice.contains(
                Bundle.shown(language, "curation.titleTooLongBy", 500, started.codePointCount(0, started.length()))),
                notice);
        assertEquals(started, value(mentor, add + "-title"), "the title is back in its box");

        mentor.get(portal.resolve("/curate/?lang=" + language).toString());
        String title = over(random, 500, 300);
        assertEquals(title, typed(mentor, "create:title", title), "the title box holds the whole title");
        send(mentor, "create:create-button");
        assertEquals(Bundle.shown(language, "curation.titleTooLongBy", 500, title.codePointCount(0, title.length())),
                said(mentor,
                        "create:title-error"));
        assertEquals(title, value(mentor, "create:title"), "the title is still in its box");
        assertTrue(mentor.findElements(By.id("edit:title")).isEmpty(), "no collection was made");
        String shorter = GeneratedText.cut(title, 480).strip();
        Browser.type(mentor, "create:title", shorter);
        send(mentor, "create:create-button");
        assertEquals(shorter, value(mentor, "edit:title"), "made with the shorter title");
        assertEquals(title, typed(mentor, "edit:title", title), "the editor's title box holds the whole title");
        send(mentor, "edit:save");
        assertEquals(Bundle.shown(language, "curation.titleTooLongBy", 500, title.codePointCount(0, title.length())),
                said(mentor,
                        "edit:title-error"));
        assertEquals(title, value(mentor, "edit:title"), "the title is still in its box");
        assertEquals(List.of(), Browser.wcagViolations(mentor), "the page with its message passes WCAG 2.1 AA");
    }

    /** Generated text on one line longer than {@code limit}, by up to {@code over} characters. */
    private static String over(Random random, int limit, int over) {
        StringBuilder text = new StringBuilder();
        while (text.length() <= limit + over) {
            text.append(line(random, 200)).append(random.nextBoolean() ? " « l’été » <b>x</b> " : " \"quoted\" ");
        }
        String cut = GeneratedText.cut(text.toString(), limit + 1 + random.nextInt(over)).strip();
        return cut.length() > limit ? cut : cut + " é".repeat(limit + 1 - cut.length());
    }

    /** The forms of the page the browser would check with its own tooltip (none: the portal checks them all). */
    @SuppressWarnings("unchecked")
    private static List<String> browserChecked(ChromeDriver browser) {
        return (List<String>) browser.executeScript("return Array.prototype.filter.call(document.forms,"
                + " function (f) { return !f.noValidate; }).map(function (f) { return f.id || f.className; });");
    }

    /**
     * Presses the button and waits for the page the portal answers with: a form the browser kept to show its own
     * tooltip never goes, which fails here.
     */
    private static void send(ChromeDriver browser, String button) {
        WebElement pressed = browser.findElement(By.id(button));
        pressed.click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20), Browser.POLL).until(ExpectedConditions.stalenessOf(
                    pressed));
        } catch (TimeoutException e) {
            throw new AssertionError(button + ": the form was not sent to the portal (the browser kept it)", e);
        }
        new WebDriverWait(browser, Duration.ofSeconds(30), Browser.POLL).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /** The message beside a box (spaces as a space), or "" when the page has none there. */
    private static String said(ChromeDriver browser, String id) {
        return browser.findElements(By.id(id)).stream().map(e -> e.getText().replace('\u00a0', ' ').strip())
                .findFirst().orElse("");
    }
}
