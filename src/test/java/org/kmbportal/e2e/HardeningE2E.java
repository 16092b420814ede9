package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RawHttp;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * What an attacker or a careless operator tries, against the running portal over HTTP: bodies too large or sent
 * without a length, roles checked before bodies are read, sessions for anonymous readers, sessions that outlive a
 * password or a role, answers kept in caches, forged or stale forms, deep JSON, invitation links from a forged
 * host, invisible characters in titles and names, and sign-up telling who has an account (password guesses:
 * {@link PasswordGuessesE2E}).
 */
@ExtendWith(RunningPortal.class)
class HardeningE2E {

    private static final long HUGE = 300_000_000L;
    private static final String ERROR_TRACE = "(?s).*(\\.java:\\d+|Caused by|Exception:|\\bat org\\.).*";

    // --- item 3: bounded requests ---

    @Test
    void aBodyAnnouncedTooLargeIsRefusedWith413BeforeAnythingReadsIt(URI portal) {
        RawHttp.Answer match = announce(portal, "/api/match", "application/json", HUGE, "");
        assertEquals(413, match.status(), match.head());
        assertJsonError(match.body(), "too_large");
        assertTrue(match.millis() < 15_000, "answered without waiting for 300 MB: " + match.millis() + " ms");

        RawHttp.Answer form = announce(portal, "/sign-in?lang=fr", "application/x-www-form-urlencoded", 3_000_000,
                "");
        assertEquals(413, form.status(), form.head());
        Document page = Jsoup.parse(form.body());
        assertEquals("Envoi trop volumineux", page.selectFirst("h1").text(), "a page in the reader's language");
        assertFalse(form.body().matches(ERROR_TRACE), form.body());

        RawHttp.Answer protectedPage = announce(portal, "/admin/users", "application/x-www-form-urlencoded",
                3_000_000, "");
        assertEquals(413, protectedPage.status(), "a protected page's big form is not a server error: "
                + protectedPage.head());
        assertEquals("Too much sent", Jsoup.parse(protectedPage.body()).selectFirst("h1").text());
    }

    @Test
    void aBodySentWithoutALengthIsCountedAndStoppedAtTheLimit(URI portal) {
        byte[] twoMegabytes = chunked(("{\"challenges\": \"" + "a".repeat(2_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer api = RawHttp.send(portal, "POST /api/match HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close", twoMegabytes);
        assertEquals(413, api.status(), api.head() + api.body());
        assertJsonError(api.body(), "too_large");

        RawHttp.Answer page = RawHttp.send(portal, "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close", chunked("signin=signin".getBytes(StandardCharsets.UTF_8)));
        assertEquals(413, page.status(), "a page's form always says its length: " + page.head());
    }

    @Test
    void rolesAreCheckedBeforeABodyIsReadAndEditorsMeetTheSizeLimit(URI portal) {
        RawHttp.Answer anonymous = announce(portal, "/api/editor/import", "application/zip", HUGE, "");
        assertEquals(401, anonymous.status(), anonymous.head());
        assertJsonError(anonymous.body(), "sign_in_required");

        Visitor member = People.member(portal, "huge-member@kmb.test", "Huge Member", "Huge Org");
        RawHttp.Answer forMember = announce(portal, "/api/editor/import", "application/zip", HUGE,
                "Cookie: JSESSIONID=" + member.sessionCookie() + "\r\nX-CSRF-Token: " + member.csrfToken());
        assertEquals(403, forMember.status(), forMember.head());
        assertJsonError(forMember.body(), "forbidden");

        Visitor editor = People.invited(portal, People.admin(portal), "huge-editor@kmb.test", "Huge Editor", "editor");
        RawHttp.Answer forEditor = announce(portal, "/api/editor/import", "application/zip", HUGE,
                "Cookie: JSESSIONID=" + editor.sessionCookie() + "\r\nX-CSRF-Token: " + editor.csrfToken());
        assertEquals(413, forEditor.status(), forEditor.head());
        assertJsonError(forEditor.body(), "too_large");
        assertTrue(forEditor.body().contains("20480 KB"), "says the limit: " + forEditor.body());
    }

    // --- item 14: sessions only when needed ---

    @Test
    void readingAnonymouslyOpensNoSession(URI portal) {
        String collection = Http.get(portal, "/api/collections").json().getJsonArray("collections").stream()
                .map(c -> c.asJsonObject().getString("id")).findFirst().orElse("none");
        for (String path : List.of("/", "/browse", "/browse?topic=match-closure", "/search",
                "/search?q=%C3%A9valuation", "/resources/lachance-2019-inter-organizational-mentoring",
                "/resources/lachance-2019-inter-organizational-mentoring?lang=fr", "/collections",
                "/collections/" + collection, "/no-such-page")) {
            Http.Answer answer = Http.get(portal, path);
            assertTrue(answer.status() == 200 || answer.status() == 404, path + " " + answer.status());
            List<String> cookies = answer.headers().getOrDefault("set-cookie", List.of());
            assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), path + " opened " + cookies);
        }
        Visitor member = People.member(portal, "stateful-reader@kmb.test", "Stateful Reader", "Reader Org");
        Http.Answer out = member.submit("/", "sign-out", Map.of());
        assertEquals(302, out.status(), "signed-in pages keep their forms working: " + out.body());
        assertEquals(401, member.get("/api/account").status());
    }

    // --- item 6: no-store ---

    @Test
    void signedInAnswersAndTheSessionTokenAreNeverKeptByACache(URI portal) {
        Visitor member = People.member(portal, "no-store@kmb.test", "No Store", "No Store Org");
        for (String path : List.of("/", "/account/", "/api/session", "/api/account", "/search?q=mentor")) {
            assertEquals("no-store", member.get(path).headers().getOrDefault("cache-control", List.of("none"))
                    .get(0), path);
        }
        assertEquals("no-store", Http.get(portal, "/api/session").header("Cache-Control"));
        // Public reading may be kept by a cache, which checks it again each time (no stale page), never "no-store".
        assertEquals("no-cache", Http.get(portal, "/browse").header("Cache-Control"), "public reading may be cached");
    }

    // --- item 5: password change ends other sessions ---

    @Test
    void changingThePasswordSignsOutTheAccountsOtherSessionsButNotTheOneThatChangedIt(URI portal) {
        // An account of this try: a second try (the pom's rerun, on the same portal) cannot sign in to the first one's
        // with the password it changed.
        String email = "two-sessions-" + Long.toString(System.nanoTime(), 36) + "@kmb.test";
        Visitor here = People.member(portal, email, "Two Sessions", "Two Sessions Org");
        Visitor elsewhere = People.signedIn(portal, email);
        assertEquals(200, elsewhere.get("/api/account").status());

        String replacement = "Amber-Falcon-Lighthouse-58";
        Http.Answer changed = here.submit("/account/", "password", Map.of("current", People.PASSWORD,
                "replacement", replacement));
        // Done: the page's own address (Post/Redirect/Get), where the message is kept.
        assertEquals(302, changed.status(), changed.body());
        assertEquals(portal.resolve("/account/").toString(), changed.header("Location"));
        assertTrue(here.get("/account/").body().contains("The password is changed."));

        Http.Answer other = elsewhere.get("/api/account");
        assertEquals(401, other.status(), "the other session ended: " + other.body());
        assertEquals(302, elsewhere.get("/account/").status());
        assertEquals(200, here.get("/api/account").status(), "the session that changed it goes on");
        assertTrue(new Visitor(portal).signIn(email, replacement));
    }

    // --- item 9: a removed role stops working at once, and never as a server error ---

    @Test
    void anEditorWhoseRoleIsRemovedLosesItAtTheNextClickWithoutAServerError(URI portal) {
        Visitor admin = People.admin(portal);
        Visitor editor = People.invited(portal, admin, "demoted-editor@kmb.test", "Demoted Editor", "editor");
        assertEquals(200, editor.get("/editor/").status());
        long id = People.accounts(admin).stream()
                .filter(u -> u.getString("email").equals("demoted-editor@kmb.test")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, admin.api("PUT", "/api/admin/users/" + id + "/roles", "{\"roles\": []}").status());

        Http.Answer workspace = editor.get("/editor/");
        assertTrue(workspace.status() == 302 || workspace.status() == 403, "not a 500: " + workspace.status());
        assertFalse(workspace.body().contains("message--error") && workspace.body().matches(ERROR_TRACE));
        Http.Answer links = editor.get("/curate/links");
        assertTrue(links.status() == 302 || links.status() == 403, "the link dashboard too: " + links.status());
        Http.Answer run = editor.api("POST", "/api/links/checks", null);
        assertTrue(run.status() == 401 || run.status() == 403, "and check runs: " + run.status());
    }

    // --- item 12: deep JSON ---

    @Test
    void jsonNestedAThousandDeepIsABadRequestAndWritesNoTraceToTheLog(URI portal) throws Exception {
        String deep = "{\"context\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        Http.Answer answer = Http.post(portal, "/api/match", "application/json", deep);
        assertEquals(400, answer.status(), answer.body());
        assertJsonError(answer.body(), "too_deep");
        String log = Files.readString(RunningPortal.log());
        assertFalse(log.contains("too deeply nested"), "no stack trace for a refused body");
    }

    // --- item 13: forged, stale and nonce-less forms ---

    @Test
    void anExpiredForeignOrTamperedSignInFormOrOneWithoutItsNonceGetsTheSignInPageAgainAndDoesNothing(URI portal) {
        People.member(portal, "form-forger@kmb.test", "Form Forger", "Forger Org");
        Visitor other = new Visitor(portal);
        String foreignState = Jsoup.parse(other.get("/sign-in").body())
                .selectFirst("input[name=jakarta.faces.ViewState]").attr("value");
        Map<String, String[]> cases = Map.of("no nonce", new String[]{null, ""}, "another page's nonce",
                new String[]{null, "MjAxYzI2ZTktNWRlYy00YjViLTg1NDctYjFiNTk0OTIwYjFl"}, "expired view state",
                new String[]{"-123:456", null}, "another session's view state", new String[]{foreignState, null},
                "tampered view state", new String[]{"garbage", null}, "claims to be stateless",
                new String[]{"stateless", null});
        cases.forEach((label, change) -> {
            Visitor visitor = new Visitor(portal);
            Document page = Jsoup.parse(visitor.get("/sign-in").body());
            String state = change[0] != null
                    ? change[0]
                    : page.selectFirst("input[name=jakarta.faces.ViewState]").attr("value");
            String nonce = change[0] != null || change[1] == null
                    ? page.selectFirst("script[nonce]").attr("nonce")
                    : change[1];
            StringBuilder form = new StringBuilder("signin=signin&signin%3Aemail=form-forger%40kmb.test"
                    + "&signin%3Apassword=" + People.PASSWORD + "&signin%3Asubmit=Sign+in&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
            if (!nonce.isEmpty()) {
                form.append("&primefaces.nonce=").append(java.net.URLEncoder.encode(nonce, StandardCharsets.UTF_8));
            }
            Http.Answer answer = Http.post(portal, "/sign-in", "application/x-www-form-urlencoded", form.toString(),
                    "Cookie", "JSESSIONID=" + visitor.sessionCookie());
            // The sign-in form is answered by the sign-in page again, saying the session ended (not "Page expired",
            // which asked a reader whose sign-in page had sat open to go back and reload it); nothing ran.
            assertEquals(302, answer.status(), label);
            assertTrue(String.valueOf(answer.header("Location")).contains("/sign-in?expired=1"), label + ": "
                    + answer.header("Location"));
            assertEquals(401, visitor.get("/api/account").status(), label + ": the sign-in did not run");
        });
    }

    // --- item 15: invitation links, invisible characters, sign-up ---

    @Test
    void anInvitationLinkNeverTakesItsHostFromAForgedHostHeader(URI portal) {
        Visitor admin = People.admin(portal);
        byte[] body = "{\"email\": \"forged@kmb.test\", \"role\": \"editor\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = RawHttp.send(portal, "POST /api/admin/invitations HTTP/1.1\r\n"
                + "Host: attacker.example\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Cookie: JSESSIONID=" + admin.sessionCookie() + "\r\nX-CSRF-Token: " + admin.csrfToken()
                + "\r\nContent-Length: " + body.length, body);
        assertFalse(answer.body().contains("attacker.example"), answer.body());
        assertEquals(400, answer.status(), "no trustworthy address without kmb.public-url: " + answer.body());
        assertTrue(answer.body().contains("kmb.public-url"), answer.body());
        String link = admin.api("POST", "/api/admin/invitations", "{\"email\": \"local@kmb.test\", \"role\": "
                + "\"editor\"}").json().getString("link");
        assertTrue(link.startsWith(portal.toString().replaceAll("/$", "")), link);
    }

    @Test
    void titlesAndNamesWithInvisibleOrControlCharactersAreRefusedInWords(URI portal) {
        Visitor editor = People.invited(portal, People.admin(portal), "invisible-editor@kmb.test",
                "Invisible Editor", "editor");
        for (String hidden : List.of("\u202E", "\u0000", "\uFEFF", "\u2066")) {
            String text = "---\nid: invisible-title\ntype: practice-guide\ntitle: \"A guide " + hidden
                    + "that hides\"\nlanguage: en\nstatus: draft\ntopics: [match-closure]\nsummary: \"Short.\"\n---\n"
                    + "1. Step.\n";
            Http.Answer saved = editor.api("PUT", "/api/editor/resources/invisible-title",
                    Json.createObjectBuilder().add("version", -1).add("text", text).build().toString());
            assertEquals(400, saved.status(), saved.body());
            assertTrue(saved.json().getString("message").contains("invisible or control character"), saved.body());
            Http.Answer collection = editor.api("POST", "/api/collections", Json.createObjectBuilder()
                    .add("title", "Collection " + hidden + "title").add("description", "d").add("visibility",
                            "private")
                    .add("items", Json.createArrayBuilder()).build().toString());
            assertEquals(400, collection.status(), collection.body());
            Http.Answer signUp = new Visitor(portal).submit("/sign-up", "signup", Map.of("name", "Name " + hidden
                    + "x", "email", "hidden" + (int) hidden.charAt(0) + "@kmb.test", "password", People.PASSWORD,
                    "confirmation", People.PASSWORD, "organization", "Org"));
            assertEquals(200, signUp.status(), "refused, the form shown again");
            String email = "hidden" + (int) hidden.charAt(0) + "@kmb.test";
            assertFalse(People.accountsJson(People.admin(portal)).contains(email), "no account made");
        }
        assertEquals(404, editor.get("/api/editor/resources/invisible-title").status(), "nothing was stored");
    }

    @Test
    void signingUpWithAnEmailThatHasAnAccountAnswersLikeANewOneAndChangesNothing(URI portal) {
        People.member(portal, "already-here@kmb.test", "Already Here", "First Org");
        // A new address on every try: on a second one (the pom's rerun) the first one's has an account.
        Http.Answer fresh = new Visitor(portal).submit("/sign-up", "signup", Map.of("name", "Newcomer", "email",
                "newcomer-probe-" + Long.toString(System.nanoTime(), 36) + "@kmb.test", "password", People.PASSWORD,
                "confirmation", People.PASSWORD,
                "organization", "Probe Org"));
        Http.Answer taken = new Visitor(portal).submit("/sign-up", "signup", Map.of("name", "Impostor", "email",
                "already-here@kmb.test", "password", "Other-Secret-Garden-91", "confirmation",
                "Other-Secret-Garden-91", "organization", "Impostor Org"));
        assertEquals(fresh.status(), taken.status());
        assertEquals(fresh.header("Location"), taken.header("Location"));
        assertFalse(taken.body().contains("already exists"), taken.body());
        assertTrue(new Visitor(portal).signIn("already-here@kmb.test", People.PASSWORD), "the owner's password");
        String users = People.accountsJson(People.admin(portal));
        assertTrue(users.contains("Already Here") && !users.contains("Impostor"), "nothing changed: " + users);
    }

    // --- helpers ---

    private static RawHttp.Answer announce(URI portal, String path, String type, long length, String headers) {
        return RawHttp.send(portal, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                + "\r\nContent-Length: " + length + (headers.isEmpty() ? "" : "\r\n" + headers),
                new byte[64 * 1024]);
    }

    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int n = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aGuessedFrenchOrEnglishAddressLandsOnThePageInThatLanguageAndNeverLeavesTheSite(URI portal) {
        String slug = "aarons-2006-organizational-climate-staff-turnover";
        String words = org.kmbportal.testing.GeneratedText.libraryWords(60).next(new java.util.Random(Gen.seed()));
        String q = java.net.URLEncoder.encode(words + " « été » l’équipe", StandardCharsets.UTF_8);
        Map<String, String> guesses = Map.of("/fr/search?q=" + q, "/search?q=" + q + "&lang=fr", "/fr/", "/?lang=fr",
                "/fr", "/?lang=fr", "/en/resources/" + slug + "?lang=fr", "/resources/" + slug + "?lang=en",
                "/fr/resources/" + slug, "/resources/" + slug + "?lang=fr");
        guesses.forEach((guess, expected) -> {
            Http.Answer redirect = Http.get(portal, guess);
            assertEquals(302, redirect.status(), guess);
            String location = redirect.header("Location");
            assertTrue(location.equals(expected) || location.equals(portal.resolve(expected).toString()), guess
                    + " -> " + location);
            Http.Answer page = Http.get(portal, expected);
            assertEquals(200, page.status(), expected);
            String language = expected.substring(expected.length() - 2);
            assertEquals(language, Jsoup.parse(page.body()).selectFirst("html").attr("lang"), guess);
        });

        Http.Answer missing = Http.get(portal, "/fr/no-such-page-" + System.nanoTime());
        assertEquals(302, missing.status());
        Http.Answer notFound = Http.get(portal, URI.create(missing.header("Location")).getRawPath() + "?"
                + URI.create(missing.header("Location")).getRawQuery());
        assertEquals(404, notFound.status());
        Document page = Jsoup.parse(notFound.body());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertEquals(Bundle.text("fr", "error.404.title"), page.selectFirst("h1").text(), "a 404 under /fr/ is French");

        for (String sneaky : List.of("/fr//evil.example/x", "/fr/\\evil.example/x", "/en/%2F%2Fevil.example",
                "/fr/fr/en/search")) {
            RawHttp.Answer answer = RawHttp.send(portal, "GET " + sneaky + " HTTP/1.1\r\nHost: " + portal.getHost()
                    + ":" + portal.getPort() + "\r\nConnection: close", new byte[0]);
            if (answer.status() != 302) {
                // An address the server itself refuses is fine too: it goes nowhere.
                assertTrue(answer.status() >= 400 && answer.status() < 500, sneaky + ": " + answer.head());
                continue;
            }
            String location = answer.head().lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                    .findFirst().orElseThrow().substring(9).strip();
            URI target = portal.resolve(location);
            assertEquals(portal.getHost() + ":" + portal.getPort(), target.getHost() + ":" + target.getPort(),
                    sneaky + " -> " + location);
            assertFalse(target.getRawPath().matches("^/(fr|en)(/.*)?$"), "no second hop: " + location);
        }
        assertEquals(404, Http.get(portal, "/fr/api/search?q=x").status(), "the API has no language prefix");
    }

    @Test
    void aFirstStartOnAnEmptyDataDirLogsNoWarningFromTheScheduledJobs() throws Exception {
        // The shared portal started on an empty data dir: its scheduled jobs wait for the schema (PublishingJobTest).
        List<String> warned = Files.readAllLines(RunningPortal.log()).stream().filter(l -> l.contains(
                "Scheduled publishing failed") || l.contains("Purging old reader signals failed")).toList();
        assertEquals(List.of(), warned);
    }

    private static void assertJsonError(String body, String code) {
        JsonObject json = Visitor.json(body.strip());
        assertEquals(code, json.getString("error"), body);
        assertFalse(json.getString("message").isBlank(), body);
    }
}
