package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shipsAListOfSeveralHundredCommonPasswords() {
        assertTrue(PasswordPolicy.listSize() >= 300, "entries: " + PasswordPolicy.listSize());
    }

    @Test
    void refusesShortPasswords() {
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check("Xk9#mq2!vL", "a@b.org"));
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check(null, "a@b.org"));
    }

    @Test
    void refusesCommonPasswordsAndTheirDecoratedForms() {
        for (String common : List.of("password1234", "Password2024!", "qwertyuiop123", "123456789012", "Iloveyou!!!!",
                "Montreal2025#", "Mentoring123!", "P@ssw0rd12345")) {
            assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check(common, "someone@x.org"),
                    common);
        }
    }

    @Test
    void refusesRepeatsRunsAndTheEmailName() {
        assertEquals(Optional.of(PasswordPolicy.Problem.PATTERN), PasswordPolicy.check("aaaaaaaaaaaaaa", "x@y.org"));
        assertEquals(Optional.of(PasswordPolicy.Problem.PATTERN), PasswordPolicy.check("abcdefghijklmno", "x@y.org"));
        assertEquals(Optional.of(PasswordPolicy.Problem.PERSONAL),
                PasswordPolicy.check("marie.tremblay-rocks-7", "marie.tremblay@example.org"));
    }

    @Test
    void acceptsALongUnusualPassphrase() {
        assertEquals(Optional.empty(), PasswordPolicy.check("Violet-Harbour-Lantern-42", "admin@kmb.test"));
        assertEquals(Optional.empty(), PasswordPolicy.check("trois pommes sous la lune", "jo@kmb.test"));
    }
}
