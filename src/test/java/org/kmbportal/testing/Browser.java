package org.kmbportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.DriverCommand;
import org.openqa.selenium.remote.Response;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeReporter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven by Selenium, with the paths given explicitly so that Selenium Manager never runs
 * (it would try to download drivers), and no background traffic off the machine.
 */
public final class Browser {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * How often a wait for the page looks again. WebDriverWait's own half second made each wait for an answer (a
     * message after a save, the next page) last up to half a second past it; a look costs a few milliseconds. The
     * timeouts are unchanged.
     */
    public static final Duration POLL = Duration.ofMillis(100);

    private Browser() {
    }

    /**
     * A Chromium for the language, as a new browser is: one blank tab, no cookies, no stored data, an empty cache,
     * no permission granted, the window 1280×1000 and the default timeouts. Starting Chromium and its driver costs
     * three to eight seconds on the project's loaded machine, and most browser tests start one or more: one that a
     * test has quit is reset to that state (under a second) and handed to the next test that asks for the same
     * language ({@link Reused}). Up to {@link #IDLE_PER_LANGUAGE} wait per language, as many as the tests that sign
     * several people in at once (a reader, a member, an editor) hold together.
     */
    public static ChromeDriver start(String language) {
        Reused idle;
        synchronized (IDLE) {
            idle = IDLE.getOrDefault(language, new ArrayDeque<>()).pollFirst();
        }
        if (idle != null) {
            idle.inUse = true;
            return idle;
        }
        return launch(language);
    }

    private static final int IDLE_PER_LANGUAGE = 3;

    private static final Map<String, Deque<Reused>> IDLE = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.values().forEach(idle -> idle.forEach(Reused::end));
                IDLE.clear();
            }
        }));
    }

    private static Reused launch(String language) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-default-apps", "--disable-extensions", "--window-size=1280,1000", "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("kmb-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Nothing typed into a form is remembered for the next test of the same browser.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language, "credentials_enable_service",
                false, "profile.password_manager_enabled", false, "autofill.profile_enabled", false,
                "autofill.credit_card_enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        Reused driver = new Reused(service, options, language);
        driver.defaults();
        return driver;
    }

    /**
     * A Chromium whose {@link #quit()} hands it back for the next test instead of ending it, once reset to a new
     * browser's state; if the reset fails in any way it is ended.
     */
    private static final class Reused extends ChromeDriver {

        private final String language;
        private volatile boolean inUse = true;

        Reused(ChromeDriverService service, ChromeOptions options, String language) {
            super(service, options);
            this.language = language;
        }

        /**
         * Keys sent to an element as a user types them, letters beyond the Basic Multilingual Plane included (an emoji,
         * 𝒜): ChromeDriver refuses those ("ChromeDriver only supports characters in the BMP", Chromium 150), so they
         * are inserted at the caret as a keyboard's input method inserts them (DevTools' {@code Input.insertText}),
         * between the runs of other keys, which are sent as keys.
         */
        @Override
        protected Response execute(CommandPayload payload) {
            if (!DriverCommand.SEND_KEYS_TO_ELEMENT.equals(payload.getName())
                    || !(payload.getParameters().get("value") instanceof CharSequence[] keys)) {
                return super.execute(payload);
            }
            String text = String.join("", keys);
            if (text.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
                return super.execute(payload);
            }
            Object element = payload.getParameters().get("id");
            Response response = null;
            for (String run : runsByPlane(text)) {
                if (response == null || !run.codePoints().allMatch(Character::isSupplementaryCodePoint)) {
                    // The first run is sent as keys even when it is beyond the plane (as none): that focuses the
                    // element and puts the caret at its end, as typing into it does.
                    String keysOfRun = run.codePoints().allMatch(Character::isSupplementaryCodePoint) ? "" : run;
                    response = super.execute(DriverCommand.SEND_KEYS_TO_ELEMENT(String.valueOf(element),
                            new CharSequence[]{keysOfRun}));
                    if (keysOfRun.isEmpty()) {
                        executeCdpCommand("Input.insertText", Map.of("text", run));
                    }
                } else {
                    executeCdpCommand("Input.insertText", Map.of("text", run));
                }
            }
            return response;
        }

        private void defaults() {
            manage().timeouts().implicitlyWait(Duration.ZERO);
            manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }

        @Override
        public void quit() {
            if (!inUse) {
                return;
            }
            inUse = false;
            if (!reset()) {
                end();
                return;
            }
            Reused other;
            synchronized (IDLE) {
                Deque<Reused> idle = IDLE.computeIfAbsent(language, l -> new ArrayDeque<>());
                idle.addFirst(this);
                other = idle.size() > IDLE_PER_LANGUAGE ? idle.pollLast() : null;
            }
            if (other != null) {
                other.end();
            }
        }

        /** A new blank tab instead of every tab open, and nothing kept from the test that used it. */
        private boolean reset() {
            try {
                String fresh = switchTo().newWindow(WindowType.TAB).getWindowHandle();
                for (String handle : getWindowHandles()) {
                    if (!handle.equals(fresh)) {
                        switchTo().window(handle);
                        close();
                    }
                }
                switchTo().window(fresh);
                // The new tab must have the window's focus as a new browser's first tab has: without it Chromium
                // matches no :focus, and a focused link shows no outline.
                executeCdpCommand("Page.bringToFront", Map.of());
                executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
                executeCdpCommand("Network.clearBrowserCookies", Map.of());
                executeCdpCommand("Network.clearBrowserCache", Map.of());
                executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "*", "storageTypes", "all"));
                executeCdpCommand("Browser.resetPermissions", Map.of());
                manage().window().setSize(new Dimension(1280, 1000));
                defaults();
                return getWindowHandles().size() == 1 && manage().getCookies().isEmpty()
                        && "about:blank".equals(getCurrentUrl());
            } catch (WebDriverException e) {
                return false;
            }
        }

        private void end() {
            try {
                super.quit();
            } catch (WebDriverException ignored) {
                // already gone
            }
        }
    }

    /** Signs in through the sign-in page and waits for the signed-in header. */
    public static void signIn(WebDriver browser, URI portal, String email, String password) {
        browser.get(portal.resolve("/sign-in").toString());
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        browser.findElement(By.id("signin:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10), POLL).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-nav form")));
    }

    /**
     * Gives the browser a session signed in as the person without loading a page: the sign-in form is sent over HTTP
     * ({@link Visitor#signIn}, the same form and server code as {@link #signIn}) and the session's cookie is handed to
     * Chromium, which opens whatever page the test asks for next as that person. Two page loads fewer than
     * {@link #signIn} (the sign-in page and the page it leads to); for tests about what a signed-in person does.
     * The sign-in page itself is tested in the browser where it is the story (AccountsE2E, SessionEndedE2E,
     * ShippedLibraryJourneyE2E's sign-in tests, SignOutWordsE2E, Utf8E2E's sign-up then sign-in, AccountRolesE2E's and
     * NothingLostWithoutAWordE2E's sign-ins after a session ended).
     */
    public static void signInBySession(ChromeDriver browser, URI portal, String email, String password) {
        Visitor visitor = new Visitor(portal);
        if (!visitor.signIn(email, password)) {
            throw new IllegalStateException(email + " cannot sign in");
        }
        // Set by the DevTools protocol: WebDriver's own cookie call needs a page of the portal open first.
        browser.executeCdpCommand("Network.setCookie", Map.of("name", "JSESSIONID", "value", visitor.sessionCookie(),
                "url", portal.resolve("/").toString(), "path", "/", "httpOnly", true));
    }

    /** The text cut where it goes from letters of the Basic Multilingual Plane to letters beyond it, and back. */
    static List<String> runsByPlane(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean beyond = false;
        for (int point : text.codePoints().toArray()) {
            boolean isBeyond = Character.isSupplementaryCodePoint(point);
            if (isBeyond != beyond && !run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
            beyond = isBeyond;
            run.appendCodePoint(point);
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    /** Whether the page has its heading (an h1) within 15 seconds of being asked for. */
    public static boolean hasHeading(WebDriver browser) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15), POLL).until(d -> !d.findElements(By.tagName("h1"))
                    .isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Replaces what the field holds with the text. */
    public static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Presses Enter where the focus is after an item was removed from an editor's list: it must be a text box, so the
     * page is not sent (a mark set on it is still there) and the list still has {@code count} items, found by
     * {@code items}. The line Enter typed is taken back out.
     */
    public static void assertEnterRemovesNothing(ChromeDriver browser, By items, int count) {
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("textarea", focused.getTagName(),
                "the focus is on a text box, not on a button");
        String before = focused.getAttribute("value");
        browser.executeScript("window.kmbNotSent = true;");
        focused.sendKeys(Keys.ENTER);
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return window.kmbNotSent === true;"), "Enter sent nothing");
        assertEquals(count, browser.findElements(items).size(), "nothing removed");
        focused.clear();
        if (!before.isEmpty()) {
            focused.sendKeys(before);
        }
    }

    /**
     * Presses a button that sends its form as a whole page, and waits until the page it leads to has loaded: the
     * button gone with the page it was on, then the new document complete. Bounded by the browser's page-load timeout
     * (as {@code get} is), not by a guess at how soon a loaded machine answers a post.
     * <p>
     * Pressed from the keyboard (Enter on the focused button), as a keyboard user does. A click goes to the point where
     * the button was when the pointer got there: under load, the editor's preview answered what was typed just then,
     * grew above the button and moved it, the click went to the preview, nothing was sent, and the wait ran out after
     * a minute (WorkflowKeepsTypingE2E). A focused button is pressed wherever the page moves it.
     */
    public static void pressForNewPage(ChromeDriver browser, WebElement button) {
        button.sendKeys(Keys.ENTER);
        WebDriverWait load = new WebDriverWait(browser, browser.manage().timeouts().getPageLoadTimeout(), POLL);
        load.until(d -> isGone(button));
        load.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element's page has been replaced. Chrome says so as a stale element, or, while the new document
     * takes the old one's place, as "Node with given id does not belong to the document" (a plain WebDriverException,
     * which ExpectedConditions.stalenessOf let through: WorkflowKeepsTypingE2E errored on it in a whole run).
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the page's messages say the text. */
    public static void awaitMessage(WebDriver browser, String text) {
        awaitText(browser, By.id("messages"), text);
    }

    /**
     * Waits until the element holds the text. The page may be replaced while it is read (a form posted, a part
     * updated): such a moment is tried again rather than failing the test. Up to 30 seconds: on a loaded machine an
     * editor's save with its index work took more than 10 (two flakes in the whole run of stop 59, both passing when
     * run again); a text that comes at once is seen at once.
     */
    public static void awaitText(WebDriver driver, By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30), POLL).ignoring(WebDriverException.class)
                .until(d -> d.findElement(element).getText().contains(text.replace('\u00a0', ' ')));
    }

    /**
     * Whether screenshots are wanted ({@code -Dkmb.screenshots=true}): taking them costs the browser tests minutes and
     * no test reads them, so a run writes none unless asked.
     */
    public static boolean screenshotsWanted() {
        return Boolean.getBoolean("kmb.screenshots");
    }

    /** Saves what the browser shows under target/screenshots/, when screenshots are wanted. */
    public static void screenshot(ChromeDriver driver, String name) {
        if (!screenshotsWanted()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(TestDatabase.projectDir().resolve("target/screenshots"));
            Path target = dir.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's WCAG 2.1 A and AA violations found by axe-core, one line each (empty when there are none). The pages
     * have no frames, so axe runs in the page itself ({@code axe.run}) and reports only the violations in full. It is
     * the axe-core that AxeBuilder ships and injects, run with the same options, in two calls to the browser: AxeBuilder
     * makes about ten (frames sought, sandboxes lifted, timeouts read and set back, the results sent back as objects to
     * convert): on the portal's home, search, browse, organization and sign-up pages, a third of each check's time. A check that could not run fails
     * rather than passing with no violation.
     */
    public static List<String> wcagViolations(ChromeDriver driver) {
        // Injected once per document: a page checked again (another width, a filter ticked) still has it.
        if (!Boolean.TRUE
                .equals(driver.executeScript("return typeof axe === 'object' && typeof axe.run === 'function'"))) {
            driver.executeScript(AXE_SOURCE);
        }
        Object answer = driver.executeAsyncScript(RUN_AXE, AXE_OPTIONS);
        Results results;
        try {
            results = RESULTS.readValue(String.valueOf(answer), Results.class);
        } catch (JsonProcessingException notResults) {
            throw new IllegalStateException("axe-core did not check " + driver.getCurrentUrl() + ": " + answer,
                    notResults);
        }
        if (results.isErrored() || results.getViolations() == null) {
            throw new IllegalStateException("axe-core did not check " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    /** The axe-core AxeBuilder injects: the file its jar holds, read as its EmbeddedResourceAxeProvider does. */
    private static final String AXE_SOURCE = axeSource();

    private static String axeSource() {
        try (var in = AxeReporter.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Only the WCAG 2.1 A and AA rules, and only the violations in full (the other kinds of result keep one node each).
     */
    private static final String AXE_OPTIONS = axeOptions();

    private static String axeOptions() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        return AxeReporter.serialize(options);
    }

    /** Runs axe on the whole document and answers its results as JSON, or what went wrong when it fails. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, JSON.parse(arguments[0]))
                .then(results => done(JSON.stringify(results)))
                .catch(error => done('axe.run failed: ' + error));
            """;

    private static final ObjectMapper RESULTS = new ObjectMapper();

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
    }
}
