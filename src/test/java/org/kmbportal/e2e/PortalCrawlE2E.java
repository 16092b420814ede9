package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Browser;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.TestDatabase;
import org.kmbportal.testing.Visitor;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Signed in as each kind of person (anonymous, member, mentor, editor, administrator), in English and in French,
 * follows every same-origin link reachable from the home page and the menus, with the session's cookie (signed in,
 * over plain HTTP; anonymous, in Chromium, files over HTTP): no page answers 5xx or "Something went wrong", and no
 * link leads to "Page not found". Bounded: at most {@link #MAX_PAGES} pages (HTML answered 200; the files and
 * redirects between them do not count) per person and language, and at most {@link #MAX_PER_SHAPE} addresses of one
 * shape (the same path with the same parameters, such as the search's facet links, or any item's page or any item's
 * citation file), so every kind of page is seen without walking every combination of filters; the anonymous reader
 * opens every shipped item's page, in both languages (checked against {@code content/}). No page
 * the crawls reach scrolls sideways at 360 px in Chromium, in both languages: every page the anonymous reader reaches
 * (every shipped item among them), and each kind of page a signed-in member, mentor, editor or administrator reaches
 * (the same address without its values: one search, one item, one collection…). Both checks read the same crawls,
 * made once a run: kept in one class, they run in the same test JVM, so the site is never crawled twice. The anonymous
 * reader's pages are measured on the load that crawls them (each page read once per language); a signed-in crawl's,
 * as soon as it ends, while the next crawls run. Screenshots
 * of the pages crawled, desktop (1366×900) and phone (390×844), in both languages, go to
 * {@code target/screenshots/layout/} when asked ({@code -Dkmb.screenshots=true}).
 */
@ExtendWith(RunningPortal.class)
class PortalCrawlE2E {

    static final int MAX_PAGES = 250;
    static final int MAX_PER_SHAPE = 3;
    static final int PHONE_NARROW = 360;

    /**
     * What one crawl found, the pages it read (path and query of each HTML page answered 200, in order), the
     * visitor who read them (still signed in) and, when Chromium read them, their widths at 360 px.
     */
    record Crawl(String who, int pages, List<String> problems, List<String> visited, Visitor visitor,
            Widths widths) {
    }

    /** What the 360-pixel check found on one crawl's pages: how many it measured and those that scroll sideways. */
    record Widths(String who, int measured, List<String> wide) {
    }

    /**
     * The crawls of the run, per person and language ("anonymous en", …), started once and read by both checks, and
     * the widths measured on them. One browser measures each crawl as soon as it is done, while the others are still
     * crawling: the 360-pixel check no longer waits for every crawl to end before it starts.
     */
    record Run(Map<String, Future<Crawl>> crawls, Future<List<Widths>> widths) {
    }

    private static Run run;

    @Test
    void everyLinkReachableFromHomeAndTheMenusAnswersWithoutAServerErrorForEveryKindOfPerson(URI portal)
            throws Exception {
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nPages visited by the crawler, per person and language\n");
        for (Crawl crawl : crawls(portal).values()) {
            table.append(String.format("  %-16s %4d read, %4d pages%n", crawl.who(), crawl.pages(),
                    crawl.visited().size()));
            problems.addAll(crawl.problems());
            assertTrue(crawl.pages() > 20, crawl.who() + " reached only " + crawl.pages() + " pages");
            if (crawl.who().startsWith("anonymous ")) {
                Set<String> unread = new TreeSet<>(shippedItemPages());
                unread.removeAll(crawl.visited());
                problems.addAll(unread.stream().map(page -> crawl.who() + ": never reached " + page).toList());
            }
        }
        System.out.print(table);
        assertEquals(List.of(), problems);
    }

    @Test
    void noPageTheCrawlerReachesScrollsSidewaysAt360PixelsForAnyoneInEitherLanguage(URI portal) throws Exception {
        List<String> wide = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nPages measured at 360 px, per person and language\n");
        for (Widths widths : run(portal).widths().get()) {
            table.append(String.format("  %-16s %4d pages%n", widths.who(), widths.measured()));
            assertTrue(widths.measured() > 20, widths.who() + " measured only " + widths.measured() + " pages");
            wide.addAll(widths.wide());
        }
        System.out.print(table);
        assertEquals(List.of(), wide);
    }

    /** The page of every item the portal ships ({@code content/}: resources and collections, the file named by id). */
    static Set<String> shippedItemPages() throws java.io.IOException {
        Set<String> pages = new TreeSet<>();
        java.nio.file.Path content = TestDatabase.projectDir().resolve("content");
        for (String[] kind : new String[][]{{"guides", "/resources/"}, {"summaries", "/resources/"},
                {"collections", "/collections/"}}) {
            try (var files = java.nio.file.Files.list(content.resolve(kind[0]))) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                        .forEach(name -> pages.add(kind[1] + name.substring(0, name.length() - 3)));
            }
        }
        assertTrue(pages.size() > 100, "the shipped items: " + pages.size());
        return pages;
    }

    /** Measures at 360 px the pages one crawl read, in a browser signed in as that crawl's visitor. */
    private static Widths measure(URI portal, Crawl crawl) {
        if (crawl.widths() != null) {
            return crawl.widths(); // read in Chromium, measured as it was read
        }
        String language = crawl.who().substring(crawl.who().lastIndexOf(' ') + 1);
        String person = crawl.who().substring(0, crawl.who().lastIndexOf(' '));
        List<String> wide = new ArrayList<>();
        ChromeDriver browser = Browser.start(language);
        int measured = 0;
        try {
            browser.get(portal.resolve("/health/ready").toString());
            browser.manage().addCookie(new Cookie("JSESSIONID", crawl.visitor().sessionCookie(), "/"));
            Map<String, Integer> shotsPerShape = new HashMap<>();
            Set<String> shapesMeasured = new HashSet<>();
            // The width set once holds for every page the tab opens; only the screenshots change it, and set it back.
            viewport(browser, PHONE_NARROW, LayoutE2E.PHONE_HEIGHT);
            for (String path : crawl.visited()) {
                // What a page's own words make too wide, the anonymous reader's crawl finds: it reads every item.
                // Signed in, a page differs by the controls its kind of page shows that person: one of each kind.
                if (!shapesMeasured.add(shape(path))) {
                    continue;
                }
                browser.get(portal.resolve(path).toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> read = (Map<String, Object>) browser.executeScript(READ_PAGE);
                measured++;
                String tooWide = tooWide(person, language, path, read);
                if (tooWide != null) {
                    wide.add(tooWide);
                }
                screenshots(browser, person, language, path, shotsPerShape);
            }
        } finally {
            browser.quit();
        }
        return new Widths(crawl.who(), measured, wide);
    }

    /** The problem, when the page read ({@link #READ_PAGE}) scrolls sideways, or null. */
    private static String tooWide(String person, String language, String path, Map<String, Object> read) {
        long scrollWidth = Math.round(((Number) read.get("scrollWidth")).doubleValue());
        long width = Math.round(((Number) read.get("width")).doubleValue());
        return scrollWidth > width
                ? person + " " + language + ": " + path + " is " + scrollWidth + " px wide at " + width + " px"
                : null;
    }

    private static void screenshots(ChromeDriver browser, String person, String language, String path,
            Map<String, Integer> shotsPerShape) {
        String shape = path.replaceAll("^/(resources|collections)/[^/?]+", "/*/$1").replaceAll("=[^&]*", "");
        if (Browser.screenshotsWanted() && shotsPerShape.merge(shape, 1, Integer::sum) <= MAX_PER_SHAPE) {
            String name = "layout/" + person + "-" + language + "-" + slug(path);
            viewport(browser, LayoutE2E.PHONE_WIDTH, LayoutE2E.PHONE_HEIGHT);
            Browser.screenshot(browser, name + "-phone");
            viewport(browser, LayoutE2E.DESKTOP_WIDTH, LayoutE2E.DESKTOP_HEIGHT);
            Browser.screenshot(browser, name + "-desktop");
            viewport(browser, PHONE_NARROW, LayoutE2E.PHONE_HEIGHT);
        }
    }

    /**
     * What Chromium shows after a navigation, in one call: the status of the answer it shows, its type, where it is
     * (after any redirect), the document and its widths.
     */
    private static final String READ_PAGE = """
            const navigation = performance.getEntriesByType('navigation')[0];
            return {status: navigation ? navigation.responseStatus : 0, type: document.contentType,
                at: location.pathname + location.search, html: document.documentElement.outerHTML,
                scrollWidth: document.scrollingElement.scrollWidth, width: window.innerWidth};
            """;

    /** The crawls, once all are done. */
    static Map<String, Crawl> crawls(URI portal) throws Exception {
        Map<String, Crawl> found = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Crawl>> crawl : run(portal).crawls().entrySet()) {
            found.put(crawl.getKey(), crawl.getValue().get());
        }
        return found;
    }

    /**
     * Starts, the first time it is asked, the crawls of the portal as each kind of person (anonymous, member, mentor,
     * editor, administrator) in English and French, and the 360-pixel measure of each. The anonymous reader crawls in
     * Chromium at 360 px (it opens every shipped item's page in both languages): each page is read once, its answer
     * checked and its width measured on the same load. The signed-in people crawl over HTTP, three at a time, and
     * Chromium then measures one page of each kind they reached, in the order the crawls were started.
     */
    static synchronized Run run(URI portal) {
        if (run != null) {
            return run;
        }
        Visitor admin = People.admin(portal);
        People.member(portal, "crawl-member@kmb.test", "Cam Crawler", "Crawl Org");
        People.invited(portal, admin, "crawl-mentor@kmb.test", "Cleo Crawler", "mentor");
        People.invited(portal, admin, "crawl-editor@kmb.test", "Cyd Crawler", "editor");
        Map<String, String> people = new LinkedHashMap<>();
        people.put("member", "crawl-member@kmb.test");
        people.put("mentor", "crawl-mentor@kmb.test");
        people.put("editor", "crawl-editor@kmb.test");
        people.put("administrator", People.ADMIN_EMAIL);

        long start = System.nanoTime();
        Map<String, Future<Crawl>> crawls = new LinkedHashMap<>();
        ExecutorService measurer = Executors.newSingleThreadExecutor();
        for (String language : List.of("en", "fr")) {
            crawls.put("anonymous " + language, measurer.submit(() -> crawlInChromium(portal, language)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (Map.Entry<String, String> person : people.entrySet()) {
            for (String language : List.of("en", "fr")) {
                String who = person.getKey() + " " + language;
                crawls.put(who, pool.submit(() -> {
                    Visitor visitor = visitor(portal, language, person.getValue());
                    Crawl crawl = crawl(portal, who, language, httpReader(visitor), MAX_PER_SHAPE);
                    return new Crawl(who, crawl.pages(), crawl.problems(), crawl.visited(), visitor, null);
                }));
            }
        }
        pool.shutdown();
        Future<List<Widths>> widths = measurer.submit(() -> {
            List<Widths> measured = new ArrayList<>();
            for (Future<Crawl> crawl : crawls.values()) {
                measured.add(measure(portal, crawl.get()));
            }
            System.out.printf("%nThe crawls and their measures at 360 px took %.0f s%n",
                    (System.nanoTime() - start) / 1e9);
            return measured;
        });
        measurer.shutdown();
        run = new Run(crawls, widths);
        return run;
    }

    static Visitor visitor(URI portal, String language, String email) {
        Visitor visitor = new Visitor(portal, language);
        if (email != null && !visitor.signIn(email, email.equals(People.ADMIN_EMAIL)
                ? People.ADMIN_PASSWORD
                : People.PASSWORD)) {
            throw new IllegalStateException(email + " cannot sign in");
        }
        return visitor;
    }

    /**
     * An answer as the crawl reads it: its status, whether it is an HTML page, its text, where a redirect leads, and
     * for a page read in Chromium, its widths ({@link #READ_PAGE}).
     */
    record Read(int status, boolean html, String body, String location, Map<String, Object> widths) {
    }

    /** Reads an address for the crawl; {@code file} when the link says it is a file to download. */
    interface Reader {
        Read read(String path, boolean file);
    }

    /** Reads every address over HTTP, with the visitor's cookie and language. */
    static Reader httpReader(Visitor visitor) {
        return (path, file) -> {
            Http.Answer answer = visitor.get(path);
            return new Read(answer.status(), String.valueOf(answer.header("Content-Type")).startsWith("text/html"),
                    answer.body() == null ? "" : answer.body(), answer.header("Location"), null);
        };
    }

    /**
     * The anonymous reader's crawl, in Chromium at 360 px: each page is read once, by the browser, and its status, its
     * links and its width are read from that load. The files an item links to (its citations, {@code download} links
     * and the API's addresses) are read over HTTP, as Chromium would only save them.
     */
    private static Crawl crawlInChromium(URI portal, String language) {
        String who = "anonymous " + language;
        Visitor visitor = new Visitor(portal, language);
        Reader files = httpReader(visitor);
        List<String> wide = new ArrayList<>();
        int[] measured = {0};
        Map<String, Integer> shotsPerShape = new HashMap<>();
        // Where a navigation ended elsewhere (a redirect), the page shown there: read when the crawl comes to it.
        Map<String, Read> landed = new HashMap<>();
        ChromeDriver browser = Browser.start(language);
        try {
            viewport(browser, PHONE_NARROW, LayoutE2E.PHONE_HEIGHT);
            Reader reader = (path, file) -> {
                if (file || path.startsWith("/api/")) {
                    return files.read(path, true);
                }
                Read shown = landed.remove(normal(path));
                if (shown != null && Browser.screenshotsWanted()) {
                    browser.get(portal.resolve(path).toString()); // the tab has moved on since: back for the shots
                } else if (shown == null) {
                    browser.get(portal.resolve(path).toString());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = (Map<String, Object>) browser.executeScript(READ_PAGE);
                    shown = new Read(((Number) page.get("status")).intValue(),
                            "text/html".equals(page.get("type")), String.valueOf(page.get("html")), null, page);
                    String at = String.valueOf(page.get("at"));
                    if (!normal(at).equals(normal(path))) {
                        landed.put(normal(at), shown);
                        return new Read(302, false, "", at, null);
                    }
                }
                if (shown.html() && shown.status() == 200) {
                    measured[0]++;
                    String tooWide = tooWide("anonymous", language, path, shown.widths());
                    if (tooWide != null) {
                        wide.add(tooWide);
                    }
                    screenshots(browser, "anonymous", language, path, shotsPerShape);
                }
                return shown;
            };
            Crawl crawl = crawl(portal, who, language, reader, MAX_PAGES);
            return new Crawl(who, crawl.pages(), crawl.problems(), crawl.visited(), visitor,
                    new Widths(who, measured[0], wide));
        } finally {
            browser.quit();
        }
    }

    /** An address with its escapes undone, as Chromium and the page's links may escape it differently. */
    private static String normal(String path) {
        try {
            return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEscaped) {
            return path;
        }
    }

    /** The crawl of one person in one language, breadth first from the home page: the menus come first. */
    static Crawl crawl(URI portal, String who, String language, Reader reader, int itemPages) {
        String failure = Bundle.text(language, "error.500.title");
        String notFound = Bundle.text(language, "error.404.title");
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[]{"/", "(start)", ""});
        Set<String> seen = new HashSet<>(Set.of("/"));
        Map<String, Integer> shapes = new HashMap<>();
        Set<String> problems = new TreeSet<>();
        int pages = 0;
        List<String> visited = new ArrayList<>();
        // The budget counts pages (HTML answered 200), not the files and redirects between them: an item's page links
        // its three citation files, and counted, they spent three quarters of the anonymous reader's pages.
        while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            Read answer = reader.read(path, !next[2].isEmpty());
            pages++;
            String body = answer.body();
            boolean html = answer.html();
            if (html && answer.status() == 200) {
                visited.add(path);
            }
            if (answer.status() >= 500 || (html && body.contains("<h1>" + failure + "</h1>"))) {
                problems.add(who + ": " + path + " answered " + answer.status() + " (linked from " + next[1] + ")");
            } else if (answer.status() == 404 || (html && body.contains("<h1>" + notFound + "</h1>"))) {
                problems.add(who + ": " + path + " is not found (linked from " + next[1] + ")");
            }
            List<String[]> links = new ArrayList<>();
            if (answer.status() >= 300 && answer.status() < 400 && answer.location() != null) {
                links.add(new String[]{answer.location(), ""});
            } else if (html) {
                for (Element link : Jsoup.parse(body, portal.resolve(path).toString()).select("a[href]")) {
                    if (!link.hasClass("language-switch") && !link.hasClass("skip-link")) {
                        links.add(new String[]{link.absUrl("href"), link.hasAttr("download") ? "file" : ""});
                    }
                }
            }
            for (String[] link : links) {
                String local = sameOrigin(portal, path, link[0]);
                String shape = local == null ? null : shape(local);
                int most = shape != null && shape.startsWith("/*/") ? itemPages : MAX_PER_SHAPE;
                if (local != null && seen.add(local) && shapes.merge(shape, 1, Integer::sum) <= most) {
                    queue.add(new String[]{local, path, link[1]});
                }
            }
        }
        return new Crawl(who, pages, new ArrayList<>(problems), visited, null, null);
    }

    /** The link as a path and query on the portal, or null for another site, a fragment, mail or a script. */
    private static String sameOrigin(URI portal, String from, String link) {
        URI target;
        try {
            target = portal.resolve(from).resolve(link.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
        if (!"http".equals(target.getScheme()) || !portal.getHost().equals(target.getHost())
                || portal.getPort() != target.getPort()) {
            return null;
        }
        String query = target.getRawQuery();
        if (query != null && (query.startsWith("lang=") || query.contains("&lang="))) {
            return null;
        }
        String path = target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return query == null ? path : path + "?" + query;
    }

    /**
     * The path with the names of its parameters: addresses of one shape are pages of one kind. An item's page
     * ({@code /resources/<id>}, {@code /collections/<id>}) has the shape {@code /&#42;/<kind>}.
     */
    static String shape(String local) {
        int question = local.indexOf('?');
        String path = question < 0 ? local : local.substring(0, question);
        java.util.regex.Matcher item = ITEM.matcher(path);
        if (item.matches()) {
            path = "/*/" + item.group(1);
        }
        // An item's files (its citations), whichever item: one shape, a few of them read, as for any other link.
        path = ITEM_FILE.matcher(path).replaceFirst("/api/$1/*/");
        if (question < 0) {
            return path;
        }
        List<String> names = new ArrayList<>();
        for (String pair : local.substring(question + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        Collections.sort(names);
        return path + "?" + String.join("&", names);
    }

    private static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static String slug(String path) {
        String slug = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.isEmpty() ? "home" : slug;
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern
            .compile("/(resources|collections)/[^/]+");

    private static final java.util.regex.Pattern ITEM_FILE = java.util.regex.Pattern
            .compile("^/api/(resources|collections)/[^/]+/");
}
