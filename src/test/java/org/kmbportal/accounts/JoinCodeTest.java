package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;

/**
 * A join code as people pass it on: read out in groups, copied with spaces, typed in lower case. Each is the code.
 * (User session of 2026-12-06: "rqbc bfx7u85t", as a colleague read it out, was "No organization has this join code".)
 */
class JoinCodeTest {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final List<String> GAPS = List.of(" ", "  ", "\u00a0", "\u202f", "\t", "-", "\u2010", "\u2013",
            " - ", "\n");

    @Test
    void aCodeReadOutInGroupsCopiedWithSpacesOrTypedInLowerCaseIsTheCode() {
        Random random = new Random(Gen.seed());
        for (int i = 0; i < 2_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 12; j++) {
                code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            StringBuilder typed = new StringBuilder(random.nextBoolean() ? " " : "");
            for (int j = 0; j < code.length(); j++) {
                if (j > 0 && random.nextInt(4) == 0) {
                    typed.append(GAPS.get(random.nextInt(GAPS.size())));
                }
                char c = code.charAt(j);
                typed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
            }
            typed.append(random.nextBoolean() ? "\u00a0" : "");
            assertEquals(code.toString(), Organization.joinCodeAsStored(typed.toString()), typed.toString());
        }
        assertEquals("RQBCBFX7U85T", Organization.joinCodeAsStored("rqbc bfx7u85t"));
        assertEquals("", Organization.joinCodeAsStored(null));
        assertEquals("", Organization.joinCodeAsStored(" \u00a0 "));
        assertEquals("RQBCBFX7U85T", Organization.joinCodeAsStored("RQBC–BFX7–U85T"));
    }
}
