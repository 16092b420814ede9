package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;
import org.kmbportal.web.QuotedText;

/**
 * Sign-in, sign-out, passwords, CSRF and security headers, against the running portal over HTTP. Failed sign-ins slowed
 * and then locked: {@code AccountsInServer}, which moves the portal's clock past each wait.
 */
@ExtendWith(RunningPortal.class)
class AccountsE2E {

    @Test
    void theSessionIdChangesAtSignInAndSigningOutEndsTheSession(URI portal) {
        People.member(portal, "session-check@kmb.test", "Session Check", "Session Org");
        Visitor visitor = new Visitor(portal);
        visitor.get("/sign-in");
        String before = visitor.sessionCookie();
        assertNotNull(before);
        assertTrue(visitor.signIn("session-check@kmb.test", People.PASSWORD));
        String after = visitor.sessionCookie();
        assertNotEquals(before, after, "a session planted before sign-in is worthless after it");
        assertEquals(200, visitor.get("/api/account").status());

        Http.Answer out = visitor.submit("/account/", "sign-out", Map.of());
        assertEquals(302, out.status(), out.body());
        assertEquals(401, visitor.get("/api/account").status());
        assertEquals(302, visitor.get("/account/").status(), "back to the sign-in page");
    }

    @Test
    void aSignedInReaderKeepsTheirHeaderOnAPageThatIsNotFound(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor editor = People.invited(portal, admin, "lost-editor@kmb.test", "Lou Lost", "editor");
        for (String path : List.of("/no-such-page", "/resources/no-such-resource", "/resources/NOT-AN-ID",
                "/collections/no-such-collection", "/no-such-view.xhtml", "/editor/edit?id=no-such-resource",
                "/editor/history?id=no-such-resource")) {
            Http.Answer answer = editor.get(path);
            assertEquals(404, answer.status(), path);
            org.jsoup.nodes.Element header = org.jsoup.Jsoup.parse(answer.body()).selectFirst(".account-nav");
            assertTrue(header.text().contains("Lou Lost"), path + ": " + header.text());
            assertTrue(header.select("a[href$=/sign-in]").isEmpty(), path + ": no sign-in link for a signed-in reader");
        }
    }

    @Test
    void signUpRefusesShortAndCommonPasswordsAndCreatesNothing(URI portal) {
        for (String weak : List.of("short-1", "Password2024!", "qwertyuiop123")) {
            Visitor visitor = new Visitor(portal);
            Http.Answer answer = visitor.submit("/sign-up", "signup", Map.of("name", "Weak", "email",
                    "weak@kmb.test", "password", weak, "confirmation", weak, "organization", "Weak Org"));
            assertEquals(200, answer.status(), weak);
            assertTrue(answer.body().contains("password"), weak);
            assertFalse(new Visitor(portal).signIn("weak@kmb.test", weak), weak);
        }
    }

    @Test
    void aColleagueJoinsAnOrganizationWithItsCodeAndAWrongCodeCreatesNothing(URI portal) {
        Visitor founder = People.member(portal, "founder@kmb.test", "Founder", "Joinable Org");
        long org = founder.get("/api/account").json().getJsonNumber("organization").longValue();
        String code = founder.get("/api/organizations/" + org).json().getString("join_code");

        Http.Answer wrong = new Visitor(portal).submit("/sign-up", "signup", Map.of("name", "Nobody", "email",
                "nobody@kmb.test", "password", People.PASSWORD, "confirmation", People.PASSWORD, "choice", "join",
                "joinCode", "NOT-A-CODE"));
        assertEquals(200, wrong.status());
        assertTrue(wrong.body().contains("No organization has this join code."), wrong.body());
        assertFalse(new Visitor(portal).signIn("nobody@kmb.test", People.PASSWORD));

        Http.Answer joined = new Visitor(portal).submit("/sign-up", "signup", Map.of("name", "Colleague", "email",
                "colleague@kmb.test", "password", People.PASSWORD, "confirmation", People.PASSWORD, "choice", "join",
                "joinCode", code.toLowerCase()));
        assertEquals(302, joined.status(), joined.body());
        Visitor colleague = People.signedIn(portal, "colleague@kmb.test");
        assertEquals(org, colleague.get("/api/account").json().getJsonNumber("organization").longValue());
        assertTrue(founder.get("/api/organizations/" + org).body().contains("Colleague"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndPagesAPolicyWithANonce(URI portal) {
        for (String path : List.of("/", "/sign-in", "/api/resources?size=1", "/resources/no-such-thing",
                "/jakarta.faces.resource/css/kmb.css.xhtml", "/api/editor/resources")) {
            Http.Answer answer = Http.get(portal, path);
            String csp = answer.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), path + csp);
            assertFalse(csp.contains("'unsafe-eval'") || csp.matches(".*script-src[^;]*'unsafe-inline'.*"), csp);
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
            assertEquals("strict-origin-when-cross-origin", answer.header("Referrer-Policy"), path);
            // The server does not name itself (Payara 7 has no X-Powered-By; the boot file turns off Server).
            assertNull(answer.header("X-Powered-By"), path);
            assertNull(answer.header("Server"), path);
        }
        String page = Http.get(portal, "/sign-in").header("Content-Security-Policy");
        assertTrue(page.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), page);
        String cookie = Http.get(portal, "/sign-in").headers().get("set-cookie").get(0);
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void stateChangingCallsNeedTheSessionsTokenAndFormsTheirViewState(URI portal) {
        Visitor member = People.member(portal, "csrf-check@kmb.test", "Csrf Check", "Csrf Org");
        Visitor admin = People.admin(portal);
        String body = "{\"email\": \"csrf-invitee@kmb.test\", \"role\": \"editor\"}";
        Http.Answer none = admin.api("POST", "/api/admin/invitations", body, false);
        assertEquals(403, none.status());
        assertEquals("csrf_token_missing", none.json().getString("error"));
        assertEquals(201, admin.api("POST", "/api/admin/invitations", body).status());

        // A forged form post (no view state) changes nothing.
        Http.Answer forged = member.get("/account/");
        assertEquals(200, forged.status());
        Http.Answer posted = Http.post(portal, "/account/index.xhtml", "application/x-www-form-urlencoded",
                "profile=profile&profile%3Aname=Forged&profile%3Asave=Save", "Cookie", "JSESSIONID="
                        + member.sessionCookie());
        assertTrue(posted.status() >= 200, String.valueOf(posted.status()));
        assertEquals("Csrf Check", member.get("/api/account").json().getString("display_name"));
    }

    /**
     * Found by a user: an invitation link made from the French page opened in English. The link carries the language
     * of the page it was made on, whatever language the invitee's browser asks for.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anInvitationLinkOpensInTheLanguageOfThePageItWasMadeOn(String language, URI portal) {
        Visitor admin = new Visitor(portal, language);
        assertTrue(admin.signIn(People.ADMIN_EMAIL, People.ADMIN_PASSWORD));
        String email = "invited-in-" + language + "-" + System.nanoTime() + "@kmb.test";
        Http.Answer made = admin.submit("/admin/invitations?lang=" + language, "invite", Map.of("email", email,
                "role", "editor"));
        // Create answers with the page's own address (Post/Redirect/Get), where the link made is shown.
        assertEquals(302, made.status(), made.body());
        URI after = URI.create(made.header("Location"));
        Http.Answer shown = admin.get(after.getRawQuery() == null
                ? after.getRawPath()
                : after.getRawPath() + "?" + after.getRawQuery());
        assertEquals(200, shown.status(), shown.body());
        Element code = Jsoup.parse(shown.body()).getElementById("invitation-link");
        assertNotNull(code, shown.body());
        URI link = URI.create(code.text().strip());
        String other = "fr".equals(language) ? "en" : "fr";
        Http.Answer opened = new Visitor(portal, other).get(link.getRawPath() + "?" + link.getRawQuery());
        assertEquals(200, opened.status());
        Document page = Jsoup.parse(opened.body());
        assertEquals(language, page.selectFirst("html").attr("lang"), "the invitation in the page's language");
    }

    @Test
    void aFormPostWithABrokenViewStateGetsAnErrorPageInWordsAndNoTrace(URI portal) {
        Http.Answer answer = Http.post(portal, "/sign-in", "application/x-www-form-urlencoded",
                "signin=signin&signin%3Aemail=a%40b.org&signin%3Apassword=x&signin%3Asubmit=Sign+in"
                        + "&jakarta.faces.ViewState=not-a-view-state");
        // The sign-in page again, saying the session ended: a page in words, not an empty answer or a trace
        assertEquals(302, answer.status(), answer.body());
        String location = String.valueOf(answer.header("Location"));
        assertTrue(location.contains("/sign-in?expired=1"), location);
        Http.Answer page = Http.get(portal, location.replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("<h1"), "a page in words, not an empty answer: " + page.body());
        assertFalse(page.body().matches("(?s).*(\\.java:\\d+|Caused by|Exception:).*"), page.body());
        assertFalse(answer.body().matches("(?s).*(\\.java:\\d+|Caused by|Exception:).*"), answer.body());
    }

    // --- sign-in from user testing: why the page asks, and where it goes back to ---

    /** "Sign in to see this page" only for a page that needs signing in, never for a public one or from the header. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSignInPageSaysWhyOnlyWhenThePageAskedForNeedsSigningIn(String language, URI portal) {
        Visitor visitor = new Visitor(portal, language);
        String why = Bundle.text(language, "signIn.toSeePage");
        for (String next : List.of("/", "/search?q=x", "/browse?type=guide", "/resources/grossman-2002-test-of-time",
                "/collections/", "/about", "/organization", "/sign-up", "/editor/../browse")) {
            Http.Answer page = visitor.get("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            assertEquals(200, page.status(), next);
            assertNull(Jsoup.parse(page.body()).selectFirst(".sign-in-why"), next + ": a public page needs no sign-in");
        }
        assertNull(Jsoup.parse(visitor.get("/sign-in").body()).selectFirst(".sign-in-why"), "from the header");
        for (String asked : List.of("/account/", "/partnerships/plan?id=1", "/editor/edit?id=x", "/curate/",
                "/admin/users")) {
            Http.Answer sent = visitor.get(asked);
            assertEquals(302, sent.status(), asked);
            String location = sent.header("Location");
            Element notice = Jsoup.parse(visitor.get(location).body()).selectFirst(".sign-in-why");
            assertNotNull(notice, asked + " sent to " + location);
            assertEquals(why, notice.text());
        }
    }

    /**
     * The header's "Sign in" (and the resource page's own) comes back to the public page it was pressed on: before, it
     * was a bare /sign-in and signing in from a topic's listing landed on the home page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void signingInFromAPublicPageComesBackToIt(String language, URI portal) {
        String email = "back-to-page-" + language + "@kmb.test";
        People.member(portal, email, "Page Returner", "Return Org " + language);
        for (String page : List.of("/browse?topic=match-closure", "/resources/grossman-2002-test-of-time",
                "/search?q=" + URLEncoder.encode("garder nos bénévoles", StandardCharsets.UTF_8))) {
            Visitor visitor = new Visitor(portal, language);
            Document shown = Jsoup.parse(visitor.get(page).body());
            String expected = "/sign-in?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
            List<String> links = shown.select("a").stream().filter(a -> a.attr("href").startsWith("/sign-in"))
                    .map(a -> a.attr("href")).distinct().toList();
            assertEquals(List.of(expected), links, page);
            assertNull(Jsoup.parse(visitor.get(expected).body()).selectFirst(".sign-in-why"), page);
            Http.Answer signedIn = visitor.submit(expected, "signin", Map.of("email", email, "password",
                    People.PASSWORD));
            assertEquals(302, signedIn.status(), signedIn.body());
            assertEquals(portal.resolve(page).toString(), signedIn.header("Location"), page);
        }
        Document signUp = Jsoup.parse(new Visitor(portal, language).get("/sign-up").body());
        assertEquals("/sign-in", signUp.selectFirst(".account-nav a").attr("href"), "no way back to the sign-up form");
    }

    /** A search of any words named as the page to go back to is public: no notice. */
    @ParameterizedTest(name = "try {index}")
    @MethodSource("searchWords")
    void aSearchToGoBackToNeedsNoSigningIn(String words, URI portal) {
        String next = "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
        Http.Answer page = new Visitor(portal).get("/sign-in?next=" + URLEncoder.encode(next,
                StandardCharsets.UTF_8));
        assertEquals(200, page.status(), words);
        assertNull(Jsoup.parse(page.body()).selectFirst(".sign-in-why"), words);
    }

    static Stream<String> searchWords() {
        return Gen.tries("sign-in-next-search", 8, GeneratedText.shortText(6, 120));
    }

    /**
     * Every page that needs signing in, reached by its view's file (as its forms post to it) or by its address, sends
     * a visitor without a session to sign in with the page's public address in {@code next=} (never the file), and
     * that address opens the same page.
     */
    @Test
    void aPageOpenedOrAFormPostedWithoutASessionComesBackToThePagesPublicAddress(URI portal) throws IOException {
        Visitor admin = People.admin(portal);
        List<String> checked = new ArrayList<>();
        for (String folder : List.of("account", "admin", "editor", "curate", "partnerships")) {
            try (Stream<Path> views = Files.list(Path.of("src/main/webapp", folder))) {
                for (Path view : views.filter(v -> v.toString().endsWith(".xhtml")).sorted().toList()) {
                    String name = view.getFileName().toString().replace(".xhtml", "");
                    String file = "/" + folder + "/" + name + ".xhtml";
                    String pretty = "/" + folder + "/" + (name.equals("index") ? "" : name);
                    Http.Answer opened = Http.get(portal, file);
                    Http.Answer posted = Http.post(portal, file, "application/x-www-form-urlencoded",
                            "form=form&jakarta.faces.ViewState=stale");
                    for (Http.Answer answer : List.of(opened, posted)) {
                        assertEquals(302, answer.status(), file);
                        assertEquals(pretty, nextOf(answer.header("Location")), file);
                    }
                    assertEquals(admin.get(file).status(), admin.get(pretty).status(), pretty + " opens " + file);
                    checked.add(pretty);
                }
            }
        }
        assertTrue(checked.containsAll(List.of("/account/", "/account/used", "/partnerships/plan", "/curate/edit")),
                checked.toString());
        // The query stays: a partnership's plan comes back to that plan.
        assertEquals("/partnerships/plan?id=7", nextOf(Http.post(portal, "/partnerships/plan.xhtml?id=7",
                "application/x-www-form-urlencoded", "form=form").header("Location")));
    }

    /**
     * A form posted after the session was ended (here by a change of the account's roles) sends the reader to sign in
     * with the page's public address, and signing in there brings them back to it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aFormPostedAfterTheSessionEndedSignsInAndReturnsToThePublicAddress(String language, URI portal) {
        String email = "ended-form-" + language + "@kmb.test";
        Visitor member = People.member(portal, email, "Ended Form " + language, "Ended Form Org " + language);
        Visitor reader = People.signedIn(portal, email);
        Http.Answer page = reader.get("/account/");
        assertEquals(200, page.status());
        Visitor admin = People.admin(portal);
        long id = People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        assertEquals(200, admin.api("PUT", "/api/admin/users/" + id + "/roles", "{\"roles\": [\"member\", "
                + "\"mentor\"]}").status());

        Http.Answer posted = postForm(portal, page, "/account/", "profile", Map.of("name", "Renamed"),
                reader.sessionCookie(), language);
        assertEquals(302, posted.status(), posted.body());
        String location = posted.header("Location");
        assertEquals("/account/", nextOf(location), location);
        // The browser keeps the new session the answer gives it, where the page says why.
        String fresh = posted.headers().getOrDefault("set-cookie", List.of()).stream().filter(c -> c.startsWith(
                "JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Document signIn = Jsoup.parse(Http.get(portal, location, "Cookie", fresh, "Accept-Language", language).body());
        assertNotNull(signIn.selectFirst(".session-ended"), "says why: " + signIn.body().text());
        Http.Answer back = reader.submit(URI.create(location).getRawPath() + "?" + URI.create(location)
                .getRawQuery(), "signin", Map.of("email", email, "password", People.PASSWORD));
        assertEquals(302, back.status(), back.body());
        assertEquals(portal.resolve("/account/").toString(), back.header("Location"));
        assertEquals(200, reader.get("/account/").status());
        assertEquals(401, member.get("/api/account").status(), "the other session ended too");
        assertEquals("Ended Form " + language, reader.get("/api/account").json().getString("display_name"),
                "the stale form changed nothing");
    }

    /** The page to go back to that the sign-in address names, decoded. */
    private static String nextOf(String location) {
        assertNotNull(location);
        String query = URI.create(location).getRawQuery();
        assertNotNull(query, location);
        assertTrue(query.startsWith("next="), location);
        return URLDecoder.decode(query.substring("next=".length()), StandardCharsets.UTF_8);
    }

    /** Posts a form of a page read earlier, as the browser that kept the page would. */
    private static Http.Answer postForm(URI portal, Http.Answer page, String path, String formId,
            Map<String, String> fields, String session, String language) {
        Document document = Jsoup.parse(page.body(), portal.resolve(path).toString());
        Element form = document.getElementById(formId);
        StringJoiner body = new StringJoiner("&");
        for (Element input : form.select("input[type=hidden]")) {
            body.add(encode(input.attr("name")) + "=" + encode(input.attr("value")));
        }
        Element script = document.selectFirst("script[nonce]");
        if (script != null) {
            body.add("primefaces.nonce=" + encode(script.attr("nonce")));
        }
        fields.forEach((id, value) -> body.add(encode(formId + ":" + id) + "=" + encode(value)));
        Element button = form.selectFirst("input[type=submit]");
        body.add(encode(button.attr("name")) + "=" + encode(button.attr("value")));
        URI action = URI.create(form.absUrl("action"));
        return Http.post(portal, action.getRawPath() + (action.getRawQuery() == null
                ? ""
                : "?" + action
                        .getRawQuery()),
                "application/x-www-form-urlencoded", body.toString(), "Cookie", "JSESSIONID="
                        + session,
                "Accept-Language", language);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** For each language, a generated display name with accents, emoji, guillemets and apostrophes. */
    static Stream<Arguments> accountNames() {
        Gen<String> words = GeneratedText.libraryWords(60);
        Gen<String> tail = Gen.of(" « Été » 🙂", " l’équipe 👩🏽‍🏫", " « naïve » 🇨🇦 ’");
        Gen<String> name = random -> GeneratedText.cut(words.next(random).replaceAll("\\s+", " "), 60).strip()
                + tail.next(random);
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("sign-in-over-" + language, 1, name)
                .map(text -> Arguments.of(language, text)));
    }

    /**
     * Found by a user: signed in as an editor, the sign-in page showed an empty form, and another account's email with
     * a right or even a wrong password "signed in", still as the editor. The page says who is signed in; a wrong
     * password is refused and the session goes on; the right one ends that session and opens a new one (a new id) as
     * the other account, with its roles, going on to {@code ?next=}.
     */
    @ParameterizedTest
    @MethodSource("accountNames")
    void signingInWhileSignedInChecksThePasswordAndOpensANewSessionAsTheOtherAccount(String language, String name,
            URI portal) {
        long n = System.nanoTime();
        Visitor admin = People.admin(portal);
        String editorEmail = "over-editor-" + language + n + "@kmb.test";
        String mentorEmail = "over-mentor-" + language + n + "@kmb.test";
        Visitor browser = People.invited(portal, admin, editorEmail, name, "editor");
        People.invited(portal, admin, mentorEmail, "Mentor " + name, "mentor");

        String session = browser.sessionCookie();
        Http.Answer wrong = browser.submit("/sign-in?lang=" + language, "signin", Map.of("email", mentorEmail,
                "password", People.PASSWORD + "-not-it"));
        assertEquals(200, wrong.status(), "a wrong password signs no one in");
        assertTrue(spaced(Jsoup.parse(wrong.body()).select(".message--error").text()).contains(spaced(Bundle.text(
                language, "signIn.failed"))), wrong.body());
        assertEquals(editorEmail, browser.get("/api/account").json().getString("email"), "still the editor");
        assertEquals(session, browser.sessionCookie(), "the session goes on as it was");

        Element current = Jsoup.parse(browser.get("/sign-in?lang=" + language).body()).selectFirst(
                ".sign-in-current");
        assertNotNull(current, "the page says who is signed in");
        assertEquals(spaced(Bundle.text(language, "signIn.signedInAs", QuotedText.name(name, Locale
                .forLanguageTag(language)))), spaced(current.text()));

        Http.Answer right = browser.submit("/sign-in?lang=" + language + "&next=/curate/", "signin", Map.of(
                "email", mentorEmail, "password", People.PASSWORD));
        assertEquals(302, right.status(), right.body());
        assertTrue(right.header("Location").endsWith("/curate/"), right.header("Location"));
        JsonObject account = browser.get("/api/account").json();
        assertEquals(mentorEmail, account.getString("email"), "signed in as the other account");
        assertEquals(List.of("mentor"), account.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), "with its roles");
        assertEquals(403, browser.get("/editor/").status(), "not the editor's any more");
        assertNotEquals(session, browser.sessionCookie(), "a new session");
        assertEquals(401, Http.get(portal, "/api/account", "Cookie", "JSESSIONID=" + session).status(),
                "the editor's session ended");
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", " ").strip();
    }
}
