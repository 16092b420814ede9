package org.kmbportal.matching.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.ProfileCheck;
import org.kmbportal.web.api.ApiException;

/** How a match request's body becomes a profile, and its refusals in the caller's language (user session api57). */
class ProfileJsonTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aBodyWithoutLanguageTakesTheLanguageTheCallerAskedFor() {
        JsonObject body = body("{\"challenges\": \"Nos bénévoles partent après six mois; comment les garder?\"}");
        assertEquals("fr", ProfileJson.profile(body, true, "fr").language());
        assertEquals("en", ProfileJson.profile(body, true, "en").language());
        assertEquals("en", ProfileJson.profile(body, true).language());
    }

    @Test
    void theBodysLanguageWinsOverTheCallers() {
        assertEquals("en", ProfileJson.profile(body("{\"challenges\": \"x\", \"language\": \"en\"}"), true, "fr")
                .language());
        assertEquals("fr", ProfileJson.profile(body("{\"challenges\": \"x\", \"language\": \"fr\"}"), true, "en")
                .language());
    }

    @Test
    void aWrongLanguageIsRefusedInTheCallersLanguage() {
        ApiException e = assertThrows(ApiException.class, () -> ProfileJson.profile(body(
                "{\"language\": \"de\"}"), true, "fr"));
        assertEquals("'language' must be 'en' or 'fr'.", e.message("en"));
        assertEquals("«\u00a0language\u00a0» doit valoir «\u00a0en\u00a0» ou «\u00a0fr\u00a0».", e.message("fr"));
    }

    @Test
    void anUnknownValueIsRefusedWithItsNearestInTheCallersLanguage() {
        InvalidProfileException e = new InvalidProfileException(new ProfileCheck.Problem("unknown_value",
                "'huge' is not a value of 'organization_size'; did you mean 'large'?",
                "api.error.unknownValueNearest", List.of("huge", "organization_size", "large")));
        ApiException refusal = ProfileJson.refusal(e);
        assertEquals(e.getMessage(), refusal.message("en"));
        assertEquals("«\u00a0huge\u00a0» n’est pas une valeur de «\u00a0organization_size\u00a0»\u00a0; vouliez-vous"
                + " dire «\u00a0large\u00a0»\u00a0?", refusal.message("fr"));
        assertEquals(400, refusal.status());
    }
}
