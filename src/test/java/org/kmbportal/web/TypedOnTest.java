package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** What the editors' box of the version typed on sends back (js/typed-on.js), read without ever failing. */
class TypedOnTest {

    @Test
    void aVersionAloneOrWithTheRevisionItWasTypedOnIsRead() {
        Random random = new Random(Gen.seed());
        for (int i = 0; i < 500; i++) {
            long version = random.nextLong(0, Long.MAX_VALUE);
            long revision = random.nextInt(1, 100_000);
            assertEquals(Optional.of(version), TypedOn.version(" " + version + " "));
            assertEquals(Optional.empty(), TypedOn.mark(Long.toString(version)));
            assertEquals(Optional.of(version), TypedOn.version(version + ":" + revision));
            assertEquals(Optional.of(revision), TypedOn.mark(version + ":" + revision));
        }
    }

    @Test
    void anythingElseSentIsNoVersion() {
        Random random = new Random(Gen.seed() + 1);
        Gen<String> odd = GeneratedText.upTo(300);
        for (String sent : new String[]{null, "", "  ", ":", "1:", ":2", "1:2:3", "x", "1.5", "99999999999999999999",
                "1 2", "١٢"}) {
            assertEquals(Optional.empty(), TypedOn.mark(sent), sent);
        }
        for (String sent : new String[]{null, "", "  ", ":", ":2", "1:2:3", "x", "1.5", "99999999999999999999"}) {
            assertEquals(Optional.empty(), TypedOn.version(sent), sent);
        }
        for (int i = 0; i < 500; i++) {
            String sent = odd.next(random);
            if (!sent.strip().matches("[0-9]+(:[0-9]*)?|:?[0-9]+|[0-9]*:[0-9]+")) {
                assertEquals(Optional.empty(), TypedOn.version(sent), sent);
            }
        }
    }
}
