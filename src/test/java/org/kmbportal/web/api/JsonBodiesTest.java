package org.kmbportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Bodies that would make the JSON reader work hard or fail are refused before it reads them. */
class JsonBodiesTest {

    @Test
    void nestingAThousandDeepIsAPlainBadRequestNotAServerError() {
        for (int depth : new int[]{33, 1000, 100_000}) {
            String body = "{\"context\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            ApiException refused = assertThrows(ApiException.class, () -> JsonBodies.object(body, "x"));
            assertEquals(400, refused.status());
        }
    }

    @Test
    void bracketsInsideStringsDoNotCountAndOrdinaryBodiesPass() {
        String text = "[".repeat(200) + "\\\"" + "{".repeat(200);
        assertEquals("ok", JsonBodies.object("{\"a\": {\"b\": [1, {\"c\": \"" + text + "\"}]}, \"d\": \"ok\"}", "x")
                .getString("d"));
        assertEquals(3, JsonBodies.depth("{\"a\": {\"b\": [\"]]]]{{{\"]}}"));
    }

    @Test
    void aBodyOverTheLimitIsTooLargeNotBad() {
        String body = "{\"text\": \"" + "é".repeat(JsonBodies.MAX_BODY) + "\"}";
        ApiException refused = assertThrows(ApiException.class, () -> JsonBodies.object(body, "x"));
        assertEquals(413, refused.status());
    }
}
