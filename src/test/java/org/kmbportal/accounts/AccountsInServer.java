package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;
import org.kmbportal.testing.People;
import org.kmbportal.testing.Visitor;

/**
 * Signing in inside the real server ({@code InServerIT}), over HTTP as a reader does, with the portal's clock moved
 * past each wait instead of waiting it out.
 */
public class AccountsInServer {

    private final PortalClock clock;

    /** The clock of the server it runs in. */
    public AccountsInServer(PortalClock clock) {
        this.clock = clock;
    }

    /**
     * Three free failures, then a wait that grows by a second per failure (even the right password waits), and at
     * {@code kmb.sign-in.lock-after} failures (its default here) a lock that the right password does not open.
     */
    public void repeatedFailedSignInsAreSlowedThenLocked() {
        URI base = Deployments.base();
        String email = "it-throttled@kmb.test";
        People.member(base, email, "Throttled Person", "Throttle Org");
        Visitor visitor = new Visitor(base);
        try {
            for (int i = 0; i < 3; i++) {
                assertTrue(signInMessage(visitor, email, "wrong-password-" + i).contains("not right"));
            }
            String slowed = signInMessage(visitor, email, People.PASSWORD);
            assertTrue(slowed.contains("wait"), slowed);
            assertEquals(401, visitor.get("/api/account").status(), "even the right password waits");

            int lockAfter = PortalSettings.current().signInLockAfter();
            for (int failures = 3; failures < lockAfter; failures++) {
                // The wait after the last failure (one second more for each past the free three), and a little more.
                clock.shift(Duration.ofSeconds(failures - 2).plusMillis(200));
                String tried = signInMessage(visitor, email, "wrong-again-" + failures);
                assertTrue(tried.contains("not right"), "after the wait, failure " + (failures + 1)
                        + " is checked: " + tried);
            }
            String locked = signInMessage(visitor, email, People.PASSWORD);
            assertTrue(locked.contains("locked"), locked);
            assertEquals(401, visitor.get("/api/account").status());
        } finally {
            clock.reset();
        }
    }

    private static String signInMessage(Visitor visitor, String email, String password) {
        Http.Answer answer = visitor.submit("/sign-in", "signin", Map.of("email", email, "password", password));
        int start = answer.body().indexOf("message--error");
        return start < 0
                ? "(no message: " + answer.status() + ")"
                : answer.body().substring(start, Math.min(answer.body().length(), start + 200));
    }
}
