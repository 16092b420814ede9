package org.kmbportal.matching.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.matching.InvalidProfileException;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileStore;
import org.kmbportal.matching.SavedProfile;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code GET} and {@code PUT /api/organizations/{id}/profile}: an organization's saved profile, for its people and
 * administrators. The body is a profile as {@code POST /api/match} takes it (without {@code size}).
 */
@Path("organizations/{id}/profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ProfileStore store;

    @GET
    public Map<String, Object> get(@PathParam("id") long id) {
        SavedProfile saved = store.find(id)
                .orElseThrow(() -> ApiException.notFound("This organization has not saved a profile yet."));
        return json(saved);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> put(@PathParam("id") long id, String text) {
        JsonObject body = JsonBodies.object(text, "send a context, challenges and a language.");
        OrganizationProfile profile = ProfileJson.profile(body, false);
        try {
            return json(store.save(id, profile));
        } catch (InvalidProfileException e) {
            throw ApiException.badRequest(e.code(), e.getMessage());
        }
    }

    private static Map<String, Object> json(SavedProfile saved) {
        OrganizationProfile profile = saved.profile();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("context", profile.context());
        json.put("challenges", profile.challenges());
        json.put("language", profile.language());
        json.put("updated_at", saved.getUpdatedAt().toString());
        json.put("updated_by", saved.getUpdatedBy());
        return json;
    }
}
