package org.kmbportal.matching.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.kmbportal.library.Vocabulary;
import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.web.api.ApiException;

/** Reads an organization profile from JSON, answering 400 with a plain reason for anything malformed. */
final class ProfileJson {

    private static final Set<String> FIELDS = Set.of("context", "challenges", "language");

    private ProfileJson() {
    }

    /** A profile in the language its body names, English when it names none. */
    static OrganizationProfile profile(JsonObject body, boolean withSize) {
        return profile(body, withSize, "");
    }

    /**
     * @param withSize
     *            whether {@code size} is also a field (a match request)
     * @param asked
     *            the language the caller asked for ({@code Accept-Language}): the profile's when the body names none,
     *            as a French caller without a {@code language} field got English reasons (user session api57)
     */
    static OrganizationProfile profile(JsonObject body, boolean withSize, String asked) {
        List<String> fields = new ArrayList<>(FIELDS);
        if (withSize) {
            fields.add("size");
        }
        for (String key : body.keySet()) {
            if (!fields.contains(key)) {
                throw Vocabulary.nearest(key, fields).map(n -> ApiException.said(400, "unknown_field",
                        "api.error.notProfileFieldNearest", key, n)).orElseGet(() -> ApiException.said(400,
                                "unknown_field", "api.error.notProfileField", key));
            }
        }
        String language = language(body);
        return new OrganizationProfile(context(body), text(body, "challenges"),
                language.isEmpty() && asked != null ? asked : language);
    }

    static Map<String, List<String>> context(JsonObject body) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        JsonValue value = body.get("context");
        if (value == null || value == JsonValue.NULL) {
            return context;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.said(400, "bad_context", "api.error.contextObject");
        }
        value.asJsonObject().forEach((facet, v) -> {
            List<String> values = new ArrayList<>();
            if (v.getValueType() == JsonValue.ValueType.STRING) {
                values.add(((JsonString) v).getString());
            } else if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue item : (JsonArray) v) {
                    if (item.getValueType() != JsonValue.ValueType.STRING) {
                        throw ApiException.said(400, "bad_context", "api.error.contextWords", facet);
                    }
                    values.add(((JsonString) item).getString());
                }
            } else if (v.getValueType() != JsonValue.ValueType.NULL) {
                throw ApiException.said(400, "bad_context", "api.error.contextValues", facet);
            }
            if (values.size() > 50) {
                throw ApiException.said(400, "bad_context", "api.error.contextTooMany", facet);
            }
            context.put(facet, values);
        });
        return context;
    }

    static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiException.said(400, "bad_" + key, "api.error.mustBeText", key);
        }
        return ((JsonString) value).getString();
    }

    /** The refusal of a profile the library cannot rank for, in the caller's language when the check gave its key. */
    static ApiException refusal(InvalidProfileException e) {
        return e.problem() == null || e.problem().key() == null
                ? ApiException.badRequest(e.code(), e.getMessage())
                : ApiException.said(400, e.code(), e.problem().key(), e.problem().arguments().toArray());
    }

    static String language(JsonObject body) {
        String language = text(body, "language");
        if (!language.isEmpty() && !language.equals("en") && !language.equals("fr")) {
            throw ApiException.said(400, "bad_language", "api.error.languageEnFr");
        }
        return language;
    }

}
