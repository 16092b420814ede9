package org.kmbportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Bundle;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

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

    /**
     * A malformed body is refused in the language asked (user session us57: "bad_json" answered in English to a
     * French client): generated text that is no JSON object, empty bodies and arrays, each said by the bundle.
     */
    @Test
    void aMalformedBodyIsRefusedInTheLanguageAsked() {
        Random random = new Random(Gen.seed() * 31 + 57);
        Gen<String> text = GeneratedText.upTo(200);
        for (int i = 0; i < 40; i++) {
            String typed = text.next(random);
            String body = switch (i % 4) {
                case 0 -> "{\"" + typed.replace("\"", "");
                case 1 -> "[\"" + typed.replaceAll("[\"\\\\\\p{Cntrl}]", "") + "\"]";
                case 2 -> " ".repeat(i % 3);
                default -> "{\"a\": " + typed.replaceAll("[{}\\[\\]\"]", "") + "x}";
            };
            ApiException refused = assertThrows(ApiException.class, () -> JsonBodies.object(body, "send it."), body);
            String key = switch (i % 4) {
                case 1 -> "api.error.notAnObject";
                case 2 -> "api.error.emptyBody";
                default -> "api.error.badJson";
            };
            assertEquals(400, refused.status());
            assertEquals("bad_json", refused.code(), body);
            for (String language : new String[]{"en", "fr"}) {
                assertEquals(Bundle.text(language, key, "send it."), refused.message(language), body);
            }
            assertNotEquals(refused.message("en"), refused.message("fr"));
        }
    }
}
