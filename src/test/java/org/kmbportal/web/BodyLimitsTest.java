package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Every address's rule for bodies: who may send one, and how much, decided before anything reads it. */
class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(1024 * 1024, 1024 * 1024, 20L * 1024 * 1024);

    @Test
    void editorsImportZipsUpToTheUploadLimitAndNobodyElseSendsThem() {
        BodyLimits.Rule api = limits.ruleFor("/api/editor/import");
        assertEquals(20L * 1024 * 1024, api.maxBytes());
        assertEquals(Optional.of("EDITOR"), api.role());
        assertTrue(api.api());
        BodyLimits.Rule page = limits.ruleFor("/editor/import/upload");
        assertTrue(page.maxBytes() > 20L * 1024 * 1024 && page.maxBytes() < 21L * 1024 * 1024,
                "the zip plus its multipart framing");
        assertFalse(page.api());
    }

    @Test
    void theEditorsAndAdministratorsApisNeedTheirRoleBeforeAnyBodyIsRead() {
        assertEquals(Optional.of("EDITOR"), limits.ruleFor("/api/editor/resources/x").role());
        assertEquals(Optional.of("ADMIN"), limits.ruleFor("/api/admin/users/5/roles").role());
        assertEquals(Optional.of("EDITOR"), limits.ruleFor("/API/Editor/resources/x").role(),
                "the case of the address changes nothing");
    }

    @Test
    void otherApiCallsAndPageFormsGetTheRequestLimitAndNoRole() {
        for (String path : new String[]{"/api/match", "/api/collections", "/api/resources/x/feedback"}) {
            BodyLimits.Rule rule = limits.ruleFor(path);
            assertEquals(1024 * 1024, rule.maxBytes(), path);
            assertEquals(Optional.empty(), rule.role(), path);
            assertTrue(rule.api(), path);
        }
        for (String path : new String[]{"/sign-in", "/editor/edit", "/curate/edit", "/", "/search"}) {
            BodyLimits.Rule rule = limits.ruleFor(path);
            assertEquals(1024 * 1024, rule.maxBytes(), path);
            assertFalse(rule.api(), path);
        }
    }
}
