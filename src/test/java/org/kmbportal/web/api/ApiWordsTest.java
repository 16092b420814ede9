package org.kmbportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Bundle;

/** The API's refusals of a caller's role are said in the language asked (user session us57: always English). */
class ApiWordsTest {

    @Test
    void aRefusedRoleIsNamedInTheLanguageAskedAndOtherRefusalsAreSaidPlainly() {
        for (String role : new String[]{"member", "mentor", "editor", "admin"}) {
            for (String language : new String[]{"en", "fr"}) {
                assertEquals(Bundle.text(language, "api.error.needsRole", Bundle.text(language, "role." + role)),
                        ApiWords.refusal(language, role));
            }
            assertNotEquals(ApiWords.refusal("en", role), ApiWords.refusal("fr", role));
        }
        assertEquals(Bundle.text("fr", "api.error.forbidden"), ApiWords.refusal("fr", null));
        assertEquals(Bundle.text("en", "api.error.forbidden"), ApiWords.refusal("en", null));
    }
}
