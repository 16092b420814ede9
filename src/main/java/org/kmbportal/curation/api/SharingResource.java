package org.kmbportal.curation.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.SupportedOrganizations;
import org.kmbportal.curation.UnlistedLinks;
import org.kmbportal.curation.Visibility;
import org.kmbportal.web.api.ApiException;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code /api/collections/{id}/sharing}, for whoever may edit the collection: who may read it ({@code GET}, {@code
 * PUT {"visibility", "organizations": [ids]}}), and the unlisted link: a new one ({@code POST .../link}, the old one
 * stops working) or none ({@code DELETE .../link}: the collection becomes private).
 */
@Path("collections/{id}/sharing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SharingResource {

    @Inject
    CollectionService collections;

    @Inject
    SupportedOrganizations supported;

    @Inject
    HttpServletRequest request;

    @GET
    public Map<String, Object> get(@PathParam("id") String id) {
        return sharing(collections.editable(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> share(@PathParam("id") String id, String text) {
        JsonObject body = JsonBodies.object(text, "send {\"visibility\": \"shared\", \"organizations\": [ids]}.");
        Visibility visibility = Visibility.fromKey(CollectionJson.text(body, "visibility")).orElseThrow(
                () -> ApiException.badRequest("invalid_visibility", "Visibility is private, shared, unlisted or"
                        + " public."));
        java.util.Set<Long> organizations = body.containsKey("organizations")
                ? CollectionJson.ids(body, "organizations")
                : java.util.Set.of();
        return sharing(collections.share(id, visibility, organizations));
    }

    @POST
    @Path("link")
    public Map<String, Object> newLink(@PathParam("id") String id) {
        return sharing(collections.newLink(id));
    }

    @DELETE
    @Path("link")
    public Map<String, Object> revokeLink(@PathParam("id") String id) {
        return sharing(collections.revokeLink(id));
    }

    private Map<String, Object> sharing(Collection collection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", collection.getSlug());
        json.put("visibility", collection.getVisibility().key());
        json.put("organizations", supported.organizations(collection.getSharedWith()).stream()
                .map(o -> Map.of("id", o.getId(), "name", o.getName())).toList());
        json.put("shareable", supported.organizations(collections.shareable(collection)).stream()
                .map(o -> Map.of("id", o.getId(), "name", o.getName())).toList());
        json.put("link", collection.getUnlistedToken() == null
                ? null
                : base() + "/collections/" + collection.getSlug()
                        + UnlistedLinks.query(collection.getUnlistedToken()));
        json.put("version", collection.getVersion());
        return json;
    }

    private String base() {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }
}
