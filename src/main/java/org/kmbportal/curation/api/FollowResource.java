package org.kmbportal.curation.api;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.Follows;

/**
 * {@code /api/collections/{id}/follow}: a signed-in reader follows a collection they may read ({@code PUT}, with the
 * unlisted link's {@code key} if that is how they read it), stops ({@code DELETE}), and marks it seen ({@code PUT
 * .../follow/visit}) so the next changes start from now.
 */
@Path("collections/{id}/follow")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FollowResource {

    @Inject
    Follows follows;

    @Inject
    CollectionService collections;

    @GET
    public Map<String, Object> get(@PathParam("id") String id, @QueryParam("key") String key) {
        return Map.of("following", follows.follows(readable(id, key)));
    }

    @PUT
    public Map<String, Object> follow(@PathParam("id") String id, @QueryParam("key") String key) {
        follows.follow(id, key);
        return Map.of("following", true);
    }

    @DELETE
    public Response unfollow(@PathParam("id") String id) {
        follows.unfollow(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("visit")
    public Map<String, Object> visit(@PathParam("id") String id, @QueryParam("key") String key) {
        follows.visited(readable(id, key));
        return Map.of("following", true);
    }

    private Collection readable(String id, String key) {
        return collections.readable(id, key).orElseThrow(() -> CollectionException.unknown(id));
    }
}
