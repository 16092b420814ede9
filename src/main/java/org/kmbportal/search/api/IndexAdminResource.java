package org.kmbportal.search.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.search.IndexRebuild;
import org.kmbportal.search.IndexStatus;
import org.kmbportal.search.IndexStatusReport;

/**
 * {@code GET /api/admin/index}: the index compared with the database, and the rebuild's progress;
 * {@code POST /api/admin/index/rebuild}: start a full rebuild (202, or 409 if one is running). Administrators only.
 */
@Path("admin/index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndexAdminResource {

    @Inject
    IndexStatusReport report;

    @Inject
    IndexRebuild rebuild;

    @Inject
    Guard guard;

    @GET
    public Map<String, Object> status() {
        guard.require(Role.ADMIN);
        IndexStatus s = report.reportAndHeal();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generation", s.generation());
        json.put("documents", s.documents());
        json.put("published", s.published());
        json.put("applied_seq", s.appliedSeq());
        json.put("last_seq", s.lastSeq());
        json.put("consistent", s.consistent());
        json.put("missing", Map.of("count", s.missingCount(), "examples", s.missing()));
        json.put("stale", Map.of("count", s.staleCount(), "examples", s.stale()));
        json.put("orphaned", Map.of("count", s.orphanedCount(), "examples", s.orphaned()));
        json.put("rebuild", progress(rebuild.progress()));
        return json;
    }

    @POST
    @Path("rebuild")
    public Response start() {
        guard.require(Role.ADMIN);
        boolean started = rebuild.start();
        return Response.status(started ? 202 : 409).entity(progress(rebuild.progress()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Map<String, Object> progress(IndexRebuild.Progress p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", p.state());
        json.put("done", p.done());
        json.put("total", p.total());
        json.put("percent", p.percent());
        json.put("per_second", Math.round(p.perSecond()));
        if (!p.message().isEmpty()) {
            json.put("message", p.message());
        }
        return json;
    }
}
