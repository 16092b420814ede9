package org.kmbportal.matching;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** A profile's context as JSON text ({@code {"facet": ["value", ...]}}), for storage and for a form's round trip. */
public final class ProfileCodec {

    private ProfileCodec() {
    }

    public static String context(Map<String, List<String>> context) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        context.forEach((facet, values) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            json.add(facet, array);
        });
        return json.build().toString();
    }

    /** The context read back; text that is not such JSON gives an empty context (the caller checks the profile). */
    public static Map<String, List<String>> context(String text) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return context;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return context;
            }
            JsonObject json = value.asJsonObject();
            json.forEach((facet, values) -> {
                if (values.getValueType() == JsonValue.ValueType.ARRAY) {
                    context.put(facet, values.asJsonArray().stream().filter(v -> v instanceof JsonString)
                            .map(v -> ((JsonString) v).getString()).toList());
                }
            });
        } catch (JsonException e) {
            context.clear();
        }
        return context;
    }
}
