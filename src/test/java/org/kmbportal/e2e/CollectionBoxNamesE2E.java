package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a user session found in the collection editor on a phone (prof57): a note over its limit in the first item's
 * "Why it is here" box was refused at the top only, as « Problème : le champ « items[].note » compte 4 399 caractères »,
 * and an empty title as « le champ « title » est obligatoire »: the content format's field names, not the page's
 * boxes. Each is now said beside its box and named at the top by its label and its item.
 */
@ExtendWith(RunningPortal.class)
class CollectionBoxNamesE2E extends LookFindings {

    private static final String SHIPPED = "starting-a-mentoring-program";
    private static final int NOTE_MAX = 4000;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aLongNoteAndAnEmptyTitleAreSaidBesideTheirBoxesByTheirLabels(String language, URI portal) {
        long n = System.nanoTime();
        Random random = new Random(Gen.seed() * 31 + ("collection-box-names-" + language).hashCode());
        String email = "box-names-" + language + n + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Box Names Editor", "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.manage().window().setSize(new Dimension(390, 844));
        editor.get(portal.resolve("/curate/edit?id=" + SHIPPED + "&lang=" + language).toString());
        String title = value(editor, "edit:title");

        String note = paragraphOver(random, NOTE_MAX);
        editor.executeScript("arguments[0].value = arguments[1];", editor.findElement(By.id("edit:items:0:note")),
                note);
        String pasted = value(editor, "edit:items:0:note");
        save(editor);
        String said = tooLong(language, NOTE_MAX, pasted);
        assertEquals(said, beside(editor, "edit:items:0:note"));
        String top = Bundle.normalSpaces(editor.findElement(By.id("messages")).getText());
        String box = Bundle.shown(language, "curation.itemBox", 1, Bundle.shown(language, "curate.edit.note"));
        assertTrue(top.contains(Bundle.normalSpaces(Bundle.shown(language, "curation.boxRefused", box, said))), top);
        assertFalse(top.contains("items[]"), top);
        assertEquals(pasted, value(editor, "edit:items:0:note"), "the note is still in its box");

        editor.findElement(By.id("edit:title")).clear();
        save(editor);
        assertEquals(Bundle.normalSpaces(Bundle.shown(language, "field.required")), beside(editor, "edit:title"));
        top = Bundle.normalSpaces(editor.findElement(By.id("messages")).getText());
        assertTrue(top.contains(Bundle.normalSpaces(Bundle.shown(language, "curation.boxRefused", Bundle.shown(
                language, "field.title"), Bundle.shown(language, "field.required")))), top);
        assertFalse(top.contains("« title »") || top.contains("\"title\""), top);

        editor.get(portal.resolve("/collections/" + SHIPPED + "?lang=" + language).toString());
        assertTrue(editor.findElement(By.tagName("h1")).getText().contains(title.substring(0, 20)),
                "nothing was saved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void aLinkWithoutTitleOrWebAddressIsSaidBesideItsBoxesByTheirLabels(String language, URI portal) {
        long n = System.nanoTime();
        String email = "box-names-link-" + language + n + "@kmb.test";
        People.invited(portal, People.admin(portal), email, "Box Names Editor", "editor");
        ChromeDriver editor = signedIn(portal, language, email);
        editor.get(portal.resolve("/curate/edit?id=" + SHIPPED + "&lang=" + language).toString());
        String title = value(editor, "edit:title");
        String box = editor.findElement(By.cssSelector("input[id$=':link-title']")).getDomAttribute("id");
        String row = box.substring(0, box.length() - ":link-title".length());
        int item = Integer.parseInt(row.substring(row.lastIndexOf(':') + 1)) + 1;

        editor.findElement(By.id(row + ":link-title")).clear();
        Browser.type(editor, row + ":url", "javascript:alert(1)");
        save(editor);
        String required = Bundle.normalSpaces(Bundle.shown(language, "field.required"));
        String notHttp = Bundle.normalSpaces(Bundle.shown(language, "curation.linkNotHttp"));
        assertEquals(required, beside(editor, row + ":link-title"));
        assertEquals(notHttp, beside(editor, row + ":url"));
        String top = Bundle.normalSpaces(editor.findElement(By.id("messages")).getText());
        String titleBox = Bundle.shown(language, "curation.itemBox", item, Bundle.shown(language,
                "curate.edit.linkTitle"));
        String addressBox = Bundle.shown(language, "curation.itemBox", item, Bundle.shown(language,
                "curate.edit.url"));
        assertTrue(top.contains(Bundle.normalSpaces(Bundle.shown(language, "curation.boxRefused", titleBox,
                required))), top);
        assertTrue(top.contains(Bundle.normalSpaces(Bundle.shown(language, "curation.boxRefused", addressBox,
                notHttp))), top);
        assertFalse(top.contains("items[]"), top);
        assertEquals("javascript:alert(1)", value(editor, row + ":url"), "the address is still in its box");

        editor.get(portal.resolve("/collections/" + SHIPPED + "?lang=" + language).toString());
        assertTrue(editor.findElement(By.tagName("h1")).getText().contains(title.substring(0, 20)),
                "nothing was saved");
    }

    /** What is said beside the box, checked to be tied to it (aria-invalid, aria-describedby). */
    private static String beside(ChromeDriver browser, String id) {
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(15), Browser.POLL).until(d -> d.findElements(By
                .id(id + "-error")).stream().filter(e -> !e.getText().isBlank()).findFirst().orElse(null));
        WebElement box = browser.findElement(By.id(id));
        assertEquals("true", box.getDomAttribute("aria-invalid"), id);
        assertTrue(String.valueOf(box.getDomAttribute("aria-describedby")).contains(id + "-error"), id);
        return Bundle.normalSpaces(error.getText());
    }

    private static void save(ChromeDriver browser) {
        Browser.pressForNewPage(browser, browser.findElement(By.id("edit:save")));
    }
}
