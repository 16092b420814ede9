package org.kmbportal.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.People;
import org.kmbportal.testing.RawHttp;
import org.kmbportal.testing.RunningPortal;
import org.kmbportal.testing.Visitor;

/**
 * Password guesses, made at once or one after the other, are slowed and then locked, per account and per address, and
 * never answered with a server error. Each try guesses at an account of its own from an address of its own: an
 * account or address a first try locked (for a quarter of an hour) would lock a second try (the pom's rerun, on the
 * same portal) from its first guess, and the other tests of the run sign in from 127.0.0.1 (FreeTextE2E's sign-in
 * tries from 127.0.0.10 to 127.0.0.249).
 */
@ExtendWith(RunningPortal.class)
class PasswordGuessesE2E {

    /** The next address of this run's own: 127.0.1.x, a part of the loopback network no other test uses. */
    private static final AtomicInteger ADDRESS = new AtomicInteger((int) (System.nanoTime() % 200));

    private static String ownAddress() {
        return "127.0.1." + (1 + ADDRESS.getAndIncrement() % 250);
    }

    private static String ownEmail(String name) {
        return name + "-" + Long.toString(System.nanoTime(), 36) + "@kmb.test";
    }

    // --- item 8: parallel password guesses ---

    @Test
    void thirtyParallelWrongPasswordsAreSlowedLikeSerialOnesAndNeverAServerError(URI portal) throws Exception {
        String email = ownEmail("parallel-guess");
        String address = ownAddress();
        People.member(portal, email, "Parallel Guess", "Parallel Org");
        List<String> messages = inParallel(30, i -> {
            RawHttp.Answer answer = RawHttp.submitForm(portal, address, "/sign-in", "signin", Map.of("email", email,
                    "password", "wrong-guess-" + i));
            return answer.status() + " " + errorMessage(answer.body());
        });
        assertTrue(messages.stream().allMatch(m -> m.startsWith("200 ")), "no server error: " + messages);
        long checked = messages.stream().filter(m -> m.contains("not right")).count();
        // Three free attempts, then one per growing delay until the lock at five (the test portal's setting).
        assertTrue(checked >= 1 && checked <= 5, "only a few attempts reach the password check: " + messages);
        assertTrue(messages.stream().filter(m -> m.contains("wait") || m.contains("locked")).count() >= 25,
                messages.toString());
    }

    // --- item 11: invitations for existing accounts check the password like sign-in ---

    @Test
    void acceptingAnInvitationAsAnExistingAccountIsSlowedLikeSigningIn(URI portal) {
        Visitor admin = People.admin(portal);
        String email = ownEmail("invited-member");
        String address = ownAddress();
        People.member(portal, email, "Invited Member", "Invited Org");
        JsonObject invitation = admin.api("POST", "/api/admin/invitations",
                "{\"email\": \"" + email + "\", \"role\": \"mentor\", \"language\": \"en\"}").json();
        URI link = URI.create(invitation.getString("link"));
        String path = link.getRawPath() + "?" + link.getRawQuery();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RawHttp.Answer wrong = RawHttp.submitForm(portal, address, path, "accept", Map.of("name",
                    "Invited Member", "password", "not-the-password-" + i));
            answers.add(errorMessage(wrong.body()));
        }
        assertTrue(answers.get(0).contains(Bundle.shown("en", "invitation.wrongPassword")), answers.toString());
        // Slowed: six quick tries meet the growing delay (which of them does depends on how fast the machine answers:
        // a delay can run out between two tries on a loaded one, and that try is checked), and never more than five
        // reach the password check, the lock's count.
        assertTrue(answers.stream().anyMatch(a -> a.contains("Too many tries")), "slowed: " + answers);
        assertTrue(
                answers.stream().filter(a -> a.contains(Bundle.shown("en", "invitation.wrongPassword"))).count() <= 5,
                answers.toString());
        assertFalse(new Visitor(portal).get("/api/account").body().contains("mentor"));
    }

    private static String errorMessage(String html) {
        // A refusal of the whole form at the top; a wrong password on the invitation page beside its box (us55).
        org.jsoup.nodes.Element error = Jsoup.parse(html).selectFirst(".message--error, .field-error");
        return error == null ? "(none)" : error.text();
    }

    private interface Attempt {
        String run(int i) throws Exception;
    }

    private static List<String> inParallel(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CyclicBarrier together = new CyclicBarrier(count);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    together.await();
                    return attempt.run(n);
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
