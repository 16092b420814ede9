package org.kmbportal.web.api;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Reads request bodies as JSON objects. Endpoints take the body as text and parse it here, so every malformed body
 * (empty, not JSON, an array, too large) gets a plain 400 rather than whatever the JSON provider would do.
 */
public final class JsonBodies {

    public static final int MAX_BODY = 256 * 1024;

    private JsonBodies() {
    }

    /** The body as a JSON object, or a 400 whose message ends with what the endpoint expects. */
    public static JsonObject object(String text, String expected) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("bad_json", "The request body is empty: " + expected);
        }
        if (text.length() > MAX_BODY) {
            throw ApiException.badRequest("too_large", "The request body is too large.");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.badRequest("bad_json", "The request body must be a JSON object: " + expected);
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw ApiException.badRequest("bad_json", "The request body is not valid JSON.");
        }
    }
}
