package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.PortalProcess;
import org.kmbportal.testing.TestDatabase;

/**
 * A first administrator whose password the policy refuses (a common one): the portal says so plainly on the console
 * at start and does not start half-configured: readiness stays DOWN with the reason, pages and endpoints answer 503
 * in words, and no account exists to sign in with.
 */
class FirstAdministratorE2E {

    @Test
    void aRefusedFirstAdministratorPasswordStopsTheStartWithTheReasonOnTheConsole() throws IOException {
        Path data = TestDatabase.projectDir().resolve("target/e2e-refused-admin-data");
        TestDatabase.deleteTree(data);
        Map<String, String> environment = Map.of("KMB_ADMIN_EMAIL", "first@kmb.test", "KMB_ADMIN_PASSWORD",
                "password1234", "KMB_LINKS_EVERY_HOURS", "0");
        try (PortalProcess portal = PortalProcess.launch("e2e-refused-admin", data, environment)) {
            portal.awaitLog("KMb Portal did not start", Duration.ofSeconds(240));
            String console = Files.readString(portal.log());
            assertTrue(console.contains("the first administrator was not created: the password given in"
                    + " KMB_ADMIN_PASSWORD is refused: " + Bundle.text("en", "password.common")), console);
            awaitAnswer(portal);

            Http.Answer ready = Http.get(portal.base(), "/health/ready");
            assertEquals(503, ready.status(), ready.body());
            JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
            assertEquals("DOWN", check.getString("status"));
            String failure = check.getJsonObject("data").getString("failure");
            assertTrue(failure.contains("KMB_ADMIN_PASSWORD is refused"), failure);
            assertFalse(failure.contains("password1234"), "the password itself is never shown");

            Http.Answer home = Http.get(portal.base(), "/");
            assertEquals(503, home.status());
            assertTrue(home.body().contains(org.apache.commons.text.StringEscapeUtils.escapeHtml4(Bundle.text("en",
                    "startup.notReady"))), home.body());
            assertFalse(home.body().contains("password"), "readers are not told the configuration's details");
            assertTrue(home.body().contains("<html lang=\"en\">"), home.body());
            // User session: a French reader got this page in English (lang=en), the French words in a paragraph after.
            for (Http.Answer french : List.of(Http.get(portal.base(), "/search?q=mentorat&lang=fr"),
                    Http.get(portal.base(), "/", "Accept-Language", "fr-CA,fr;q=0.9"),
                    Http.get(portal.base(), "/sign-in", "Cookie", "kmb_lang=fr"))) {
                assertEquals(503, french.status());
                assertTrue(french.body().contains("<html lang=\"fr\">"), french.body());
                assertTrue(french.body().contains("<title>" + escapeHtml4(Bundle.text("fr", "site.name"))
                        + "</title>") && french.body().contains(
                                "<h1>" + escapeHtml4(Bundle.text("fr",
                                        "startup.notReady")) + "</h1>"),
                        french.body());
                assertTrue(french.body().contains("<p lang=\"en\">" + escapeHtml4(Bundle.text("en",
                        "startup.notReady")) + "</p>"), "and the same in English after: " + french.body());
                assertFalse(french.body().contains("password"), french.body());
            }
            Http.Answer search = Http.get(portal.base(), "/api/search?q=mentoring");
            assertEquals(503, search.status());
            assertEquals("not_ready", search.json().getString("error"));
            Http.Answer signIn = Http.get(portal.base(), "/sign-in");
            assertEquals(503, signIn.status(), "nobody can sign in to a half-configured portal");
        }
    }

    /** The log line comes during deployment; the port answers once the deployment is over. */
    private static void awaitAnswer(PortalProcess portal) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (Http.get(portal.base(), "/").status() == 503) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
