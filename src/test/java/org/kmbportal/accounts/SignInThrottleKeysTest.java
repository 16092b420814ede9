package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the sign-in throttle stores per email and address fits its column, whatever was typed. */
class SignInThrottleKeysTest {

    @Test
    void anEmailLongerThanTheColumnIsStoredAsItsDigestAndOrdinaryOnesAsTyped() {
        assertEquals("account:reader@example.org", SignInThrottle.accountKey("  Reader@Example.org "));
        String long1 = "é".repeat(500) + "@kmb.test";
        String long2 = "é".repeat(501) + "@kmb.test";
        String key = SignInThrottle.accountKey(long1);
        assertTrue(key.length() <= SignInThrottle.MAX_SUBJECT, key);
        assertEquals(key, SignInThrottle.accountKey(long1.toUpperCase(java.util.Locale.ROOT)), "same text, same key");
        assertNotEquals(key, SignInThrottle.accountKey(long2));
        assertTrue(SignInThrottle.addressKey("1.2.3.4, ".repeat(100)).length() <= SignInThrottle.MAX_SUBJECT);
    }
}
