package org.kmbportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.api.AccountErrors;
import org.kmbportal.editorial.ArchiveException;
import org.kmbportal.editorial.api.EditorialErrors;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PlanCodec;
import org.kmbportal.partnerships.PlanConflict;
import org.kmbportal.partnerships.api.PartnershipErrors;
import org.kmbportal.platform.AccessDenied;
import org.kmbportal.testing.Bundle;

/**
 * Each refusal the API wrote in English whatever the caller asked (user session api58: a French caller got "Write
 * the title.", "The request body is too large.", the 500 and the 409 of two changes at the same moment, account and
 * archive refusals and a service's own 403 sentence, the last one not at all) is said in the language of
 * {@code Accept-Language}: the words each mapper answers with (the server wraps them in the response).
 */
class ApiRefusalLanguagesTest {

    private record Said(int status, String error, String message) {
    }

    private static Said said(ApiException e, String language) {
        return new Said(e.status(), e.code(), e.message(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSharedRefusalsAreSaidInTheCallersLanguage(String language) {
        assertEquals(new Said(413, "too_large", Bundle.text(language, "api.error.tooLarge")), said(
                ApiExceptionMappers.TOO_LARGE, language));
        assertEquals(new Said(500, "internal_error", Bundle.text(language, "api.error.internal")), said(
                ApiExceptionMappers.unexpected(new IllegalStateException("boom")), language));
        assertEquals(new Said(409, "edit_conflict", Bundle.text(language, "api.error.sameMoment")), said(
                ApiExceptionMappers.unexpected(new RuntimeException(new jakarta.persistence.OptimisticLockException(
                        "two at once"))),
                language));
        assertEquals(new Said(500, "internal_error", Bundle.text(language, "api.error.internal")), said(
                ApiExceptionMappers.protocol(502), language));
        assertEquals(new Said(406, "not_acceptable", Bundle.text(language, "api.error.refusedStatus", 406,
                "Not Acceptable")), said(ApiExceptionMappers.protocol(406), language));
        assertEquals(Bundle.text(language, "api.error.sendJson"), said(ApiExceptionMappers.protocol(415), language)
                .message());
        ApiException deep = assertThrowsApi(() -> JsonBodies.object("[".repeat(40) + "]".repeat(40), "x"));
        assertEquals(new Said(400, "too_deep", Bundle.text(language, "api.error.nestedTooDeep", JsonBodies.MAX_DEPTH)),
                said(deep, language));
        ApiException large = assertThrowsApi(() -> JsonBodies.object("\"" + "x".repeat(JsonBodies.MAX_BODY) + "\"",
                "x"));
        assertEquals(new Said(413, "too_large", Bundle.text(language, "api.error.tooLarge")), said(large, language));
        if (language.equals("fr")) {
            assertEquals("Le corps de la requête est trop volumineux\u00a0: cette adresse accepte au plus 64\u00a0Ko.",
                    Bundle.text("fr", "api.error.tooLargeAtMost", 64L));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void aServicesOwnReasonForA403ReachesTheClientInItsLanguage(String language) {
        String said = ApiWords.denial(language, AccessDenied.because("api.denied.changeCollection",
                "Only its curator and editors may change this collection."));
        assertEquals(Bundle.text(language, "api.denied.changeCollection"), said);
        assertNotEquals(Bundle.text(language, "api.error.forbidden"), said);
        assertEquals(Bundle.text(language, "api.error.forbidden"), ApiWords.denial(language, new AccessDenied(true,
                "No.")), "without a reason of its own, the plain words");
        assertEquals(ApiWords.refusal(language, "editor"), ApiWords.denial(language, new AccessDenied(true,
                "This needs the editor role.", "editor")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void accountArchiveAndPartnershipRefusalsAreSaidInTheCallersLanguage(String language) {
        assertEquals(Bundle.text(language, "account.badEmail"), AccountErrors.words(new AccountException(
                "account.badEmail", "Not an email."), language));
        assertEquals(Bundle.text(language, "archive.tooBig", 20), EditorialErrors.words(new ArchiveException(
                "archive.tooBig", "The archive is larger than 20 MB.", 20), language));
        PartnershipException noTitle = new PartnershipException(PartnershipException.Kind.BAD_REQUEST,
                "invalid_title", "Write the title.", List.of(new PartnershipException.Problem(0, "required", "")));
        assertEquals(Bundle.text(language, "api.error.titleRequired"), PartnershipErrors.words(noTitle, language));
        PartnershipException plan = new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_plan",
                "The plan was not saved: item 2: the text is longer than 300 characters.", List.of(
                        new PartnershipException.Problem(2, "too_long", "300", "what"),
                        new PartnershipException.Problem(3, "what_required", "")));
        String planSaid = PartnershipErrors.words(plan, language);
        if (language.equals("fr")) {
            assertEquals(Bundle.text("fr", "partnerships.error.invalid_plan") + " " + Bundle.text("fr",
                    "partnerships.problem.item", 2, Bundle.text("fr", "partnerships.problem.too_long.field", Bundle
                            .text("fr", "partnerships.field.what"), 300L))
                    + " " + Bundle.text("fr",
                            "partnerships.problem.item", 3, Bundle.text("fr",
                                    "partnerships.problem.what_required")),
                    planSaid);
        } else {
            assertEquals(plan.getMessage(), planSaid, "the service's English, with what it names");
        }
        assertEquals(Bundle.text(language, "api.error.planChanged", 7), PartnershipErrors.conflict(new PlanConflict(7,
                new PlanCodec.Snapshot("Nos objectifs", List.of())), language));
    }

    private static ApiException assertThrowsApi(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("no refusal");
    }
}
