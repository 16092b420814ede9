package org.kmbportal.matching.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.MatchingService;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.web.api.ApiError;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.ApiWords;
import org.kmbportal.web.api.JsonBodies;
import org.kmbportal.web.api.StateFree;

/**
 * {@code POST /api/match} with {@code {"context": {...}, "challenges": "...", "language": "en", "size": 10}}: the
 * resources that fit, best first, each with its reasons. It changes nothing, so it needs no account. A facet or value
 * the library does not know, a wrong type or oversize text gets a 400 naming the nearest valid value.
 */
@Path("match")
@RequestScoped
@Tag(name = "Matching")
public class MatchResource {

    @Inject
    MatchingService matching;

    @Context
    HttpHeaders headers;

    @POST
    @StateFree
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resources that fit an organization", description = "Ranked for the profile's context and"
            + " challenges, each with its reasons. Changes nothing, so it needs no account or token.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MatchJson.Request.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MatchJson.Matches.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object, an unknown field, facet or value (the message"
            + " names the nearest), a wrong type, oversize text or size", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MatchJson.Matches match(String text) {
        JsonObject body = JsonBodies.object(text, "send a context and your challenges.");
        OrganizationProfile profile = ProfileJson.profile(body, true, ApiWords.language(headers));
        int size = size(body);
        try {
            return new MatchJson.Matches(matching.match(profile, size).stream().map(MatchJson::found).toList());
        } catch (InvalidProfileException e) {
            throw ProfileJson.refusal(e);
        }
    }

    private static int size(JsonObject body) {
        JsonValue value = body.get("size");
        if (value == null || value == JsonValue.NULL) {
            return 10;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !body.getJsonNumber("size").isIntegral()
                || body.getInt("size") < 1 || body.getInt("size") > MatchingService.MAX_SIZE) {
            throw ApiException.said(400, "bad_size", "api.error.matchSize", MatchingService.MAX_SIZE);
        }
        return body.getInt("size");
    }
}
