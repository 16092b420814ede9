package org.kmbportal.matching.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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

    @Inject
    MatchingService matching;

    @POST
    @StateFree
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> match(String text) {
        JsonObject body = JsonBodies.object(text, "send a context and your challenges.");
        OrganizationProfile profile = ProfileJson.profile(body, true);
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
