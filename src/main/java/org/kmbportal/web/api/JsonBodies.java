package org.kmbportal.web.api;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Reads request bodies as JSON objects. Endpoints take the body as text and parse it here, so every malformed body
 * (empty, not JSON, an array, nested too deep) gets a plain 400, and a too large one a 413, rather than whatever the
 * JSON provider would do.
 */
public final class JsonBodies {

    public static final int MAX_BODY = 256 * 1024;
    /** No request of the portal nests deeper than a few levels; the parser itself would fail past 1000. */
    public static final int MAX_DEPTH = 32;

    private JsonBodies() {
    }

    /** The body as a JSON object, or a 400 whose message ends with what the endpoint expects. */
    public static JsonObject object(String text, String expected) {
        if (text == null || text.isBlank()) {
            throw ApiException.said(400, "bad_json", "api.error.emptyBody", expected);
        }
        if (text.length() > MAX_BODY) {
            throw ApiException.said(413, "too_large", "api.error.tooLarge");
        }
        if (depth(text) > MAX_DEPTH) {
            throw ApiException.said(400, "too_deep", "api.error.nestedTooDeep", MAX_DEPTH);
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.said(400, "bad_json", "api.error.notAnObject", expected);
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw ApiException.said(400, "bad_json", "api.error.badJson");
        }
    }

    /** How deep objects and arrays nest in the text (brackets inside strings do not count). */
    static int depth(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
