package org.kmbportal.insights.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.kmbportal.insights.SignalRefused;

/**
 * "Was this useful?" takes JSON true or false: a string ("maybe", "true" in quotes), a number, a list or an object is
 * a bad request with its own code, not an answer kept as "no".
 */
class FeedbackRequestTest {

    @Test
    void onlyJsonTrueOrFalseIsAnAnswer() {
        assertEquals(Boolean.TRUE, request("true").yesOrNo());
        assertEquals(Boolean.FALSE, request("false").yesOrNo());
        assertEquals(null, request("null").yesOrNo());
        assertEquals(null, new SignalJson.FeedbackRequest(null, null, null, null, null).yesOrNo());
        java.util.Random random = new java.util.Random(5505);
        List<String> odd = List.of("\"maybe\"", "\"true\"", "\"false\"", "\"oui\"", "\"\"", "1", "0", "[true]",
                "{\"useful\":true}", "\"peut-être « oui »\"", "-3");
        for (int i = 0; i < 40; i++) {
            String value = odd.get(random.nextInt(odd.size()));
            SignalRefused refused = assertThrows(SignalRefused.class, () -> request(value).yesOrNo(), value);
            assertEquals(400, refused.status(), value);
            assertEquals("useful_invalid", refused.code(), value);
        }
    }

    private static SignalJson.FeedbackRequest request(String useful) {
        JsonValue value = Json.createReader(new StringReader("{\"useful\":" + useful + "}")).readObject().get(
                "useful");
        return new SignalJson.FeedbackRequest(value, "clarity", null, null, null);
    }
}
