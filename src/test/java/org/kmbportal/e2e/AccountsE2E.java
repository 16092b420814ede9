package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/** Sign-in, sign-out, throttling, passwords, CSRF and security headers, against the running portal over HTTP. */
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
    void repeatedFailedSignInsAreSlowedThenLocked(URI portal) throws InterruptedException {
        People.member(portal, "throttled@kmb.test", "Throttled Person", "Throttle Org");
        Visitor visitor = new Visitor(portal);
        for (int i = 0; i < 3; i++) {
            assertTrue(signInMessage(visitor, "throttled@kmb.test", "wrong-password-" + i).contains("not right"));
        }
        String slowed = signInMessage(visitor, "throttled@kmb.test", People.PASSWORD);
        assertTrue(slowed.contains("wait"), slowed);
        assertEquals(401, visitor.get("/api/account").status(), "even the right password waits");

        Thread.sleep(1_200);
        signInMessage(visitor, "throttled@kmb.test", "wrong-again");
        Thread.sleep(2_200);
        signInMessage(visitor, "throttled@kmb.test", "wrong-once-more");
        String locked = signInMessage(visitor, "throttled@kmb.test", People.PASSWORD);
        assertTrue(locked.contains("locked"), locked);
        assertEquals(401, visitor.get("/api/account").status());
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

    @Test
    void aFormPostWithABrokenViewStateGetsAnErrorPageInWordsAndNoTrace(URI portal) {
        Http.Answer answer = Http.post(portal, "/sign-in", "application/x-www-form-urlencoded",
                "signin=signin&signin%3Aemail=a%40b.org&signin%3Apassword=x&signin%3Asubmit=Sign+in"
                        + "&jakarta.faces.ViewState=not-a-view-state");
        assertTrue(answer.status() >= 400, String.valueOf(answer.status()));
        assertTrue(answer.body().contains("<h1>"), "an error page, not an empty answer: " + answer.body());
        assertFalse(answer.body().matches("(?s).*(\\.java:\\d+|Caused by|Exception:).*"), answer.body());
    }

    private static String signInMessage(Visitor visitor, String email, String password) {
        Http.Answer answer = visitor.submit("/sign-in", "signin", Map.of("email", email, "password", password));
        int start = answer.body().indexOf("message--error");
        return start < 0
                ? "(no message: " + answer.status() + ")"
                : answer.body().substring(start, Math.min(answer
                        .body().length(), start + 200));
    }
}
