package org.kmbportal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Bundle;

/** The accounts page counts its accounts in grammatical words in both languages: "1 account", not "1 accounts". */
class AccountCountWordsTest {

    @Test
    void theCountAgreesWithItsNumberInBothLanguages() {
        assertEquals("No accounts", Bundle.text("en", "admin.users.count", 0));
        assertEquals("1 account", Bundle.text("en", "admin.users.count", 1));
        assertEquals("2 accounts", Bundle.text("en", "admin.users.count", 2));
        assertEquals("1,250 accounts", Bundle.text("en", "admin.users.count", 1250));
        assertEquals("1 account matches “Ana”", Bundle.text("en", "admin.users.countMatching", 1, "Ana"));
        assertEquals("3 accounts match “Ana”", Bundle.text("en", "admin.users.countMatching", 3, "Ana"));
        assertEquals("Aucun compte", Bundle.text("fr", "admin.users.count", 0));
        assertEquals("1 compte", Bundle.text("fr", "admin.users.count", 1));
        assertEquals("2 comptes", Bundle.text("fr", "admin.users.count", 2));
        assertEquals("1 compte correspond à «\u00a0Éloïse\u00a0»",
                Bundle.text("fr", "admin.users.countMatching", 1, "Éloïse"));
        assertEquals("Aucun compte ne correspond à «\u00a0x\u00a0»",
                Bundle.text("fr", "admin.users.countMatching", 0, "x"));
    }
}
