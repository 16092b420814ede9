package org.kmbportal.curation.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kmbportal.curation.links.LinkDashboard;
import org.kmbportal.curation.links.LinkReport;

/**
 * {@code /api/links}: every outside link the caller curates (editors and administrators: all of them) with its state,
 * last check, status, redirects and where it is used; {@code POST /api/links/checks} starts a check run.
 */
@Path("links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LinksResource {

    @Inject
    LinkDashboard dashboard;

    @GET
    public Map<String, Object> list() {
        List<Map<String, Object>> links = dashboard.report().stream().map(LinksResource::json).toList();
        return Map.of("running", dashboard.running(), "links", links);
    }

    @POST
    @Path("checks")
    public Response check() {
        dashboard.startRun();
        return Response.accepted(Map.of("started", true)).build();
    }

    private static Map<String, Object> json(LinkReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", report.url());
        json.put("state", report.state().name().toLowerCase(Locale.ROOT));
        report.check().ifPresent(c -> {
            json.put("http_status", c.getHttpStatus());
            json.put("last_checked", c.getLastCheckedAt() == null ? null : c.getLastCheckedAt().toString());
            json.put("final_url", c.getFinalUrl());
            json.put("hops", c.getHops() == null || c.getHops().isEmpty()
                    ? List.of()
                    : List.of(c.getHops().split(" → ")));
            json.put("message", c.getMessage());
            json.put("failures_in_a_row", c.getConsecutiveFailures());
        });
        json.put("used_in", report.uses().stream()
                .map(u -> Map.of("kind", u.kind(), "id", u.ownerId(), "title", u.ownerTitle())).toList());
        return json;
    }
}
