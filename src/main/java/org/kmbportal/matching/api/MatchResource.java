package org.kmbportal.matching.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.library.Vocabulary;
import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.Match;
import org.kmbportal.matching.MatchReason;
import org.kmbportal.matching.MatchingService;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;
import org.kmbportal.web.api.StateFree;

/**
 * {@code POST /api/match} with {@code {"context": {...}, "challenges": "...", "language": "en", "size": 10}}: the
 * resources that fit, best first, each with its reasons. It changes nothing, so it needs no account. A facet or value
 * the library does not know, a wrong type or oversize text gets a 400 naming the nearest valid value.
 */
@Path("match")
@RequestScoped
public class MatchResource {

    private static final Set<String> FIELDS = Set.of("context", "challenges", "language", "size");

    @Inject
    MatchingService matching;

    @POST
    @StateFree
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> match(String text) {
        JsonObject body = JsonBodies.object(text, "send a context and your challenges.");
        for (String key : body.keySet()) {
            if (!FIELDS.contains(key)) {
                throw ApiException.badRequest("unknown_field", "'" + key + "' is not a field of a profile"
                        + Vocabulary.nearest(key, List.copyOf(FIELDS)).map(n -> "; did you mean '" + n + "'?")
                                .orElse("."));
            }
        }
        OrganizationProfile profile = new OrganizationProfile(context(body), text(body, "challenges"),
                language(body));
        int size = size(body);
        try {
            List<Map<String, Object>> matches = new ArrayList<>();
            for (Match match : matching.match(profile, size)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", match.id());
                json.put("title", match.title());
                json.put("score", match.score());
                json.put("reasons", match.reasons().stream().map(MatchResource::reason).toList());
                matches.add(json);
            }
            return Map.of("matches", matches);
        } catch (InvalidProfileException e) {
            throw ApiException.badRequest(e.code(), e.getMessage());
        }
    }

    private static Map<String, Object> reason(MatchReason reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (reason.text() != null) {
            json.put("text", reason.text());
        } else {
            json.put("facet", reason.facet());
        }
        json.put("explanation", reason.explanation());
        return json;
    }

    private static Map<String, List<String>> context(JsonObject body) {
        Map<String, List<String>> context = new LinkedHashMap<>();
        JsonValue value = body.get("context");
        if (value == null || value == JsonValue.NULL) {
            return context;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiException.badRequest("bad_context", "'context' must be an object of facets and values.");
        }
        value.asJsonObject().forEach((facet, v) -> {
            List<String> values = new ArrayList<>();
            if (v.getValueType() == JsonValue.ValueType.STRING) {
                values.add(((JsonString) v).getString());
            } else if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue item : (JsonArray) v) {
                    if (item.getValueType() != JsonValue.ValueType.STRING) {
                        throw ApiException.badRequest("bad_context", "The values of '" + facet + "' must be words.");
                    }
                    values.add(((JsonString) item).getString());
                }
            } else if (v.getValueType() != JsonValue.ValueType.NULL) {
                throw ApiException.badRequest("bad_context", "'" + facet + "' must be a value or a list of values.");
            }
            if (values.size() > 50) {
                throw ApiException.badRequest("bad_context", "'" + facet + "' has too many values.");
            }
            context.put(facet, values);
        });
        return context;
    }

    private static String text(JsonObject body, String key) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ApiException.badRequest("bad_" + key, "'" + key + "' must be text.");
        }
        return ((JsonString) value).getString();
    }

    private static String language(JsonObject body) {
        String language = text(body, "language");
        if (!language.isEmpty() && !language.equals("en") && !language.equals("fr")) {
            throw ApiException.badRequest("bad_language", "'language' must be 'en' or 'fr'.");
        }
        return language;
    }

    private static int size(JsonObject body) {
        JsonValue value = body.get("size");
        if (value == null || value == JsonValue.NULL) {
            return 10;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !body.getJsonNumber("size").isIntegral()
                || body.getInt("size") < 1 || body.getInt("size") > MatchingService.MAX_SIZE) {
            throw ApiException.badRequest("bad_size", "'size' must be a whole number from 1 to "
                    + MatchingService.MAX_SIZE + ".");
        }
        return body.getInt("size");
    }
}
