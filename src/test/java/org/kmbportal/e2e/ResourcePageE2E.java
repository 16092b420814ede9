package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;

/**
 * A resource page's side column and head, on shipped resources in both languages: the citation's files download and
 * read back in reference managers' parsers, the link copies with a status message, breadcrumbs lead back to the
 * library, the head names the page's one address and its translation, and the portal's files come compressed and
 * cached.
 */
@ExtendWith(RunningPortal.class)
class ResourcePageE2E {

    private static final String SUMMARY = "grossman-2002-test-of-time";
    private static final String SUMMARY_FR = "grossman-2002-test-of-time-fr";
    private static final String GUIDE = "closing-a-match-well";
    private static final String GUIDE_FR = "bien-terminer-un-jumelage";
    private static final String STUDY_TITLE = "The test of time: Predictors and effects of duration in youth mentoring"
            + " relationships";

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCitationOfASummaryDownloadsInEveryFormatFromItsPage(URI portal) throws Exception {
        for (String id : List.of(SUMMARY, SUMMARY_FR)) {
            browser = restart(browser, id.endsWith("-fr") ? "fr" : "en");
            browser.get(portal.resolve("/resources/" + id).toString());
            String apa = browser.findElement(By.id("cite-apa")).getText();
            assertTrue(apa.startsWith("Grossman, J. B., & Rhodes, J. E. (2002). " + STUDY_TITLE), apa);

            Http.Answer ris = download(portal, "cite-ris", "application/x-research-info-systems", id + ".ris");
            RISLibrary library = new RISParser().parse(new StringReader(ris.body()));
            assertEquals(STUDY_TITLE, library.getReferences().get(0).getTitle());
            assertEquals(List.of("Grossman, J. B.", "Rhodes, J. E."), List.of(library.getReferences().get(0)
                    .getAuthors()));
            assertEquals("2002", library.getReferences().get(0).getYear());

            Http.Answer bib = download(portal, "cite-bibtex", "application/x-bibtex", id + ".bib");
            BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib.body()));
            BibTeXEntry entry = database.getEntries().values().iterator().next();
            assertEquals(STUDY_TITLE, entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
            assertEquals("Grossman, J. B. and Rhodes, J. E.", entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
            assertEquals("2002", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());

            CSLItemData csl = csl(download(portal, "cite-csl", "application/vnd.citationstyles.csl+json",
                    id + ".json"));
            assertEquals(STUDY_TITLE, csl.getTitle());
            assertEquals("Grossman", csl.getAuthor()[0].getFamily());
            assertEquals(2002, csl.getIssued().getDateParts()[0][0]);
        }
    }

    @Test
    void aGuideIsCitedAsAPageOfThePortalInItsOwnLanguage(URI portal) throws Exception {
        browser = Browser.start("fr");
        browser.get(portal.resolve("/resources/" + GUIDE_FR).toString());
        String title = browser.findElement(By.tagName("h1")).getText();
        assertTrue(title.startsWith("Bien terminer un jumelage"), title);
        String apa = browser.findElement(By.id("cite-apa")).getText();
        assertTrue(apa.startsWith("Portail KMb. (2026). Bien terminer un jumelage"), apa);
        assertTrue(apa.endsWith("/resources/" + GUIDE_FR), apa);

        RISLibrary ris = new RISParser().parse(new StringReader(download(portal, "cite-ris",
                "application/x-research-info-systems", GUIDE_FR + ".ris").body()));
        assertEquals(normalized(title), normalized(ris.getReferences().get(0).getTitle()));
        assertEquals("2026", ris.getReferences().get(0).getYear());
        assertEquals("fr", ris.getReferences().get(0).getLanguage());
        BibTeXEntry bib = new BibTeXParser().parse(new StringReader(download(portal, "cite-bibtex",
                "application/x-bibtex", GUIDE_FR + ".bib").body())).getEntries().values().iterator().next();
        assertEquals("{Portail KMb}", bib.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertTrue(bib.getField(BibTeXEntry.KEY_URL).toUserString().endsWith("/resources/" + GUIDE_FR));
        CSLItemData csl = csl(download(portal, "cite-csl", "application/vnd.citationstyles.csl+json",
                GUIDE_FR + ".json"));
        assertEquals(normalized(title), normalized(csl.getTitle()));
        assertEquals("Portail KMb", csl.getAuthor()[0].getLiteral());

        browser.get(portal.resolve("/resources/" + GUIDE + "?lang=en").toString());
        assertTrue(browser.findElement(By.id("cite-apa")).getText().startsWith(
                "KMb Portal. (2024). Closing a match well"));
        Browser.screenshot(browser, "resource-guide-aside");
    }

    @Test
    void copyLinkPutsThePagesAddressOnTheClipboardAndSaysSo(URI portal) {
        browser = Browser.start("en");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", portal.toString().replaceAll("/$",
                ""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.get(portal.resolve("/resources/" + SUMMARY).toString());
        WebElement status = browser.findElement(By.id("share-status"));
        assertEquals("status", status.getAttribute("role"));
        browser.findElement(By.id("copy-link")).click();
        Browser.awaitText(browser, By.id("share-status"), "Link copied to the clipboard.");
        Object copied = browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0],"
                + " e => arguments[0]('failed: ' + e))");
        assertEquals(portal.resolve("/resources/" + SUMMARY).toString(), copied);

        browser.findElement(By.id("copy-citation")).click();
        Browser.awaitText(browser, By.id("cite-status"), "Citation copied to the clipboard.");
        copied = browser.executeAsyncScript("navigator.clipboard.readText().then(arguments[0],"
                + " e => arguments[0]('failed: ' + e))");
        assertTrue(String.valueOf(copied).startsWith("Grossman, J. B., & Rhodes, J. E. (2002)."), copied.toString());
    }

    /**
     * User session (keyboard): after "Record that we used it" the focus fell to the page's body, so the next Tab
     * started again at the top. It stays on the button, and the form's status line says it is recorded; in both
     * languages, with generated lines.
     */
    @Test
    void recordingThatWeUsedAResourceKeepsTheFocusOnItsButtonAndSaysSo(URI portal) {
        String email = "uptake-keys-" + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Ula Uptake", "Uptake Org " + System.nanoTime());
        Random random = new Random(Gen.seed() * 31 + "uptake-keys".hashCode());
        for (String id : List.of(SUMMARY, SUMMARY_FR)) {
            String language = id.endsWith("-fr") ? "fr" : "en";
            browser = restart(browser, language);
            Browser.signInBySession(browser, portal, email, People.PASSWORD);
            browser.get(portal.resolve("/resources/" + id).toString());
            // One line as typed: a new line in the box would send the form before the test presses the button.
            String line = GeneratedText.libraryWords(200).filter(w -> !w.isBlank()).next(random).replaceAll("\\s+",
                    " ");
            Browser.type(browser, "uptake-line", line);
            WebElement send = browser.findElement(By.cssSelector("#uptake-form button[type=submit]"));
            assertEquals(Bundle.text(language, "uptake.send"), send.getText());
            browser.findElement(By.id("uptake-line")).sendKeys(Keys.TAB, Keys.TAB); // past "Editors may see my name"
            assertEquals(send, browser.switchTo().activeElement(), "Tab reaches the button");
            send.sendKeys(Keys.ENTER);
            Browser.awaitText(browser, By.cssSelector("#uptake-form .signal-form__status"),
                    Bundle.shown(language, "uptake.recorded"));
            assertEquals(send, browser.switchTo().activeElement(), language + ": the focus stays on the button, not on"
                    + " the page's body: " + browser.switchTo().activeElement().getTagName());
            assertEquals("", browser.findElement(By.id("uptake-line")).getAttribute("value"), "ready for the next one");
            // The list of the organization's uses shows the one just recorded without a reload (it showed only after
            // one, so the user session recorded the same use three times)
            WebElement ours = browser.findElement(By.id("uptake-ours"));
            assertTrue(ours.isDisplayed(), language + ": the organization's uses are shown");
            List<WebElement> uses = ours.findElements(By.tagName("li"));
            assertFalse(uses.isEmpty(), language + ": the use just recorded is listed");
            assertTrue(uses.get(uses.size() - 1).getText().endsWith(line.strip()), language + ": "
                    + uses.get(uses.size() - 1).getText() + " lists " + line);
        }
    }

    @Test
    void aRefusedUseTakesTheFocusToTheFieldToFixAndTiesTheMessageToIt(URI portal) {
        String email = "uptake-refused-" + System.nanoTime() + "@kmb.test";
        People.member(portal, email, "Ula Refused", "Refused Org " + System.nanoTime());
        Random random = new Random(Gen.seed() * 31 + "uptake-refused".hashCode());
        for (String id : List.of(SUMMARY, SUMMARY_FR)) {
            String language = id.endsWith("-fr") ? "fr" : "en";
            browser = restart(browser, language);
            Browser.signInBySession(browser, portal, email, People.PASSWORD);
            browser.get(portal.resolve("/resources/" + id).toString());
            // Nothing but blanks: the portal refuses a use said in no words.
            Browser.type(browser, "uptake-line", " ".repeat(random.nextInt(5)));
            WebElement send = browser.findElement(By.cssSelector("#uptake-form button[type=submit]"));
            send.sendKeys(Keys.ENTER);
            WebElement status = browser.findElement(By.cssSelector("#uptake-form .signal-form__status"));
            Browser.awaitText(browser, By.cssSelector("#uptake-form .signal-form__status"),
                    Bundle.shown(language, "signal.error.line_missing"));
            WebElement field = browser.findElement(By.id("uptake-line"));
            assertEquals(field, browser.switchTo().activeElement(), language + ": the focus goes to the field to fix,"
                    + " not " + browser.switchTo().activeElement().getAttribute("outerHTML"));
            assertEquals("true", field.getAttribute("aria-invalid"));
            List<String> described = List.of(field.getAttribute("aria-describedby").split("\\s+"));
            assertTrue(described.contains("uptake-line-help"), "the help stays: " + described);
            assertNotNull(status.getAttribute("id"));
            assertTrue(described.contains(status.getAttribute("id")), "the message is tied to the field: " + described);

            String line = GeneratedText.libraryWords(200).filter(w -> !w.isBlank()).next(random).replaceAll("\\s+",
                    " ");
            Browser.type(browser, "uptake-line", line);
            send.sendKeys(Keys.ENTER);
            Browser.awaitText(browser, By.cssSelector("#uptake-form .signal-form__status"),
                    Bundle.shown(language, "uptake.recorded"));
            assertEquals(null, field.getAttribute("aria-invalid"), "fixed, the field is no longer marked invalid");
            assertEquals(List.of("uptake-line-help"), List.of(field.getAttribute("aria-describedby").split("\\s+")));
        }
    }

    @Test
    void breadcrumbsLeadFromTheResourceBackToItsTypeAndTheLibrary(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/resources/" + SUMMARY).toString());
        WebElement crumbs = browser.findElement(By.cssSelector("nav.breadcrumbs"));
        assertEquals("Breadcrumb", crumbs.getAttribute("aria-label"));
        List<String> names = crumbs.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Home", "Browse", "Research summaries",
                "The test of time: why match length shapes what youth gain from mentoring"), names);
        WebElement current = crumbs.findElement(By.cssSelector("[aria-current='page']"));
        assertEquals(names.get(3), current.getText());
        Browser.screenshot(browser, "resource-summary-desktop");

        crumbs.findElement(By.linkText("Research summaries")).click();
        assertTrue(browser.getCurrentUrl().contains("/browse?type=research-summary"), browser.getCurrentUrl());

        browser = restart(browser, "fr");
        browser.get(portal.resolve("/resources/" + SUMMARY_FR).toString());
        List<String> french = browser.findElements(By.cssSelector("nav.breadcrumbs li")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Accueil", "Parcourir", "Résumés de recherche"), french.subList(0, 3));
        assertEquals("Fil d’Ariane", browser.findElement(By.cssSelector("nav.breadcrumbs"))
                .getAttribute("aria-label"));
    }

    @Test
    void aSummaryShowsItsEvidenceStrengthAndTheDatesApart(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/resources/" + SUMMARY).toString());
        assertEquals("Added 2024-03-19", browser.findElement(By.cssSelector(".resource__dates .date-added"))
                .getText());
        assertEquals("Study year 2002", browser.findElement(By.cssSelector(".resource__dates .study-year"))
                .getText());
        WebElement level = browser.findElement(By.cssSelector(".facts .evidence-level"));
        assertTrue(List.of("Strong", "Moderate", "Emerging", "Foundational").contains(level.getText()),
                level.getText());
        browser.findElement(By.cssSelector(".evidence__explain")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/methodology#evidence-levels"));
        assertTrue(browser.findElement(By.id("evidence-levels")).isDisplayed());

        browser.get(portal.resolve("/browse?type=research-summary").toString());
        WebElement card = browser.findElement(By.cssSelector(".results .card"));
        assertTrue(card.findElement(By.cssSelector(".date-added")).getText().matches("Added \\d{4}-\\d{2}-\\d{2}"));
        assertTrue(card.findElement(By.cssSelector(".study-year")).getText().matches("Study year \\d{4}"));
    }

    @Test
    void theHeadNamesThePagesAddressItsTranslationAndItsIcon(URI portal) {
        browser = Browser.start("en");
        browser.get(portal.resolve("/resources/" + SUMMARY + "?lang=en").toString());
        String base = portal.toString().replaceAll("/$", "");
        assertEquals(base + "/resources/" + SUMMARY, attribute("link[rel='canonical']", "href"));
        assertEquals(base + "/resources/" + SUMMARY, attribute("link[rel='alternate'][hreflang='en']", "href"));
        assertEquals(base + "/resources/" + SUMMARY_FR, attribute("link[rel='alternate'][hreflang='fr']", "href"));
        assertEquals("article", attribute("meta[property='og:type']", "content"));
        String description = attribute("meta[name='description']", "content");
        assertTrue(description.length() > 50 && description.length() <= 161, description);
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

        browser.get(portal.resolve("/resources/" + SUMMARY_FR).toString());
        assertEquals(base + "/resources/" + SUMMARY_FR, attribute("link[rel='canonical']", "href"));
        assertEquals(base + "/resources/" + SUMMARY, attribute("link[rel='alternate'][hreflang='en']", "href"));

        for (String icon : List.of("link[rel='icon'][type='image/svg+xml']", "link[rel='icon'][sizes='32x32']",
                "link[rel='apple-touch-icon']")) {
            Http.Answer answer = Http.get(portal, attribute(icon, "href"));
            assertEquals(200, answer.status(), icon);
        }
        assertEquals(200, Http.get(portal, "/favicon.ico").status());
        assertTrue(Http.get(portal, "/favicon.svg").header("Content-Type").startsWith("image/svg+xml"));
    }

    @Test
    void pagesAndStyleSheetsComeCompressedAndVersionedFilesAreKeptAYear(URI portal) {
        Http.Answer page = http11(portal.resolve("/resources/" + SUMMARY), "gzip");
        assertEquals("gzip", page.header("Content-Encoding"));
        assertEquals("no-cache", page.header("Cache-Control"));
        String html = http11(portal.resolve("/resources/" + SUMMARY), "identity").body();
        var css = java.util.regex.Pattern.compile("href=\"(/jakarta.faces.resource/css/kmb.css[^\"]+)\"")
                .matcher(html);
        assertTrue(css.find(), "the style sheet's address");
        URI cssAddress = portal.resolve(css.group(1).replace("&amp;", "&"));
        assertTrue(cssAddress.getQuery().matches("(.*&)?v=[0-9a-f]{10}(&.*)?"), cssAddress.toString());
        Http.Answer style = http11(cssAddress, "gzip");
        assertEquals(200, style.status());
        assertEquals("gzip", style.header("Content-Encoding"));
        assertEquals("public, max-age=31536000, immutable", style.header("Cache-Control"));
        assertEquals(null, http11(cssAddress, "identity").header("Content-Encoding"), "only for those who accept it");

        // What the browser itself received: fewer bytes over the wire than it decoded, for the page and its styles.
        browser = Browser.start("en");
        browser.get(portal.resolve("/resources/" + SUMMARY).toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".filter(e => e.name.indexOf('.css') > 0 || e.entryType === 'navigation')"
                        + ".map(e => ({name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize}))");
        assertTrue(entries.size() >= 2, entries.toString());
        for (Map<String, Object> entry : entries) {
            long encoded = ((Number) entry.get("encoded")).longValue();
            long decoded = ((Number) entry.get("decoded")).longValue();
            assertTrue(encoded > 0 && encoded < decoded / 2, "compressed: " + entry);
        }
    }

    /** A request as browsers send it over plain http (HTTP/1.1; Grizzly compresses no h2c upgrade). */
    private static Http.Answer http11(URI address, String encoding) {
        try {
            var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build().send(java.net.http.HttpRequest.newBuilder(address).header("Accept-Encoding", encoding)
                            .GET().build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString(
                                    java.nio.charset.StandardCharsets.ISO_8859_1));
            return new Http.Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onAPhoneTheSideColumnFollowsTheText(URI portal) {
        browser = Browser.start("en");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(portal.resolve("/resources/" + SUMMARY).toString());
        long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 390, "no sideways scrolling: " + scrollWidth);
        int article = browser.findElement(By.cssSelector("article.resource")).getLocation().getY();
        int aside = browser.findElement(By.cssSelector(".resource-aside")).getLocation().getY();
        assertTrue(aside > article, "the side column comes after the text on a phone");
        Browser.screenshot(browser, "resource-summary-phone");
    }

    @Test
    void theResourcePagesAreWcagCleanInBothLanguages(URI portal) {
        List<String> problems = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser = restart(browser, language);
            for (String id : List.of(SUMMARY, SUMMARY_FR, GUIDE, GUIDE_FR)) {
                browser.get(portal.resolve("/resources/" + id + "?lang=" + language).toString());
                new WebDriverWait(browser, Duration.ofSeconds(10), Browser.POLL)
                        .until(d -> d.findElement(By.id("cite-apa")).isDisplayed());
                Browser.wcagViolations(browser).forEach(v -> problems.add(language + " " + id + ": " + v));
            }
        }
        assertEquals(List.of(), problems);
    }

    private Http.Answer download(URI portal, String linkId, String type, String filename) {
        String href = browser.findElement(By.id(linkId)).getAttribute("href");
        assertNotNull(href);
        Http.Answer answer = Http.send(java.net.http.HttpRequest.newBuilder(URI.create(href)).GET().build());
        assertEquals(200, answer.status(), href);
        assertTrue(answer.header("Content-Type").startsWith(type), answer.header("Content-Type"));
        assertEquals("attachment; filename=\"" + filename + "\"", answer.header("Content-Disposition"));
        return answer;
    }

    private String attribute(String css, String name) {
        return browser.findElement(By.cssSelector(css)).getAttribute(name);
    }

    @SuppressWarnings("unchecked")
    private static CSLItemData csl(Http.Answer answer) throws Exception {
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(answer.body()))).parseArray();
        assertEquals(1, items.size());
        return CSLItemData.fromJson((Map<String, Object>) items.get(0));
    }

    /** The page shows a no-break space before a French colon where the file has a plain one. */
    private static String normalized(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static ChromeDriver restart(ChromeDriver current, String language) {
        if (current != null) {
            current.quit();
        }
        return Browser.start(language);
    }
}
