package org.kmbportal.partnerships.api;

import org.kmbportal.web.api.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.kmbportal.web.api.ApiError;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.net.URI;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.partnerships.CheckInSchedule;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.Notification;
import org.kmbportal.partnerships.Notifications;
import org.kmbportal.partnerships.Partnership;
import org.kmbportal.partnerships.PartnershipCalendar;
import org.kmbportal.partnerships.PartnershipMail;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.partnerships.PartnershipReport;
import org.kmbportal.partnerships.PartnershipService;
import org.kmbportal.partnerships.PlanService;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.web.Messages;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.JsonBodies;

/**
 * {@code /api/partnerships}: the caller's partnerships, starting one (mentors), one partnership with its plan,
 * check-ins and capacities, accepting, settings, closing, handing over, its calendar and its report; and the caller's
 * notifications. Signed-in callers only; a partnership the caller may not see answers 404, as one that does not exist.
 */
@Path("partnerships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "One organization mentoring another: plans, check-ins, capacities, notes")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = org.kmbportal.web.api.ApiError.class)))
@SecurityRequirement(name = ApiSecurity.SESSION)
public class PartnershipsResource {

    @Inject
    PortalSettings settings;

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipOverview overview;

    @Inject
    PlanService plans;

    @Inject
    Notifications notifications;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    PortalClock clock;

    @Inject
    HttpServletRequest request;

    @GET
    @Operation(summary = "The caller's partnerships", description = "As mentor, as a member of either organization;"
            + " an administrator gets every one.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.SummaryList.class)))
    public PartnershipJson.SummaryList list() {
        return new PartnershipJson.SummaryList(overview.mine().stream().map(PartnershipJson::summary).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a partnership", description = "Mentors: to the organization whose join code a member"
            + " gave them. A member of it then accepts.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequests.Start.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PartnershipJson.Detail.class)))
    @APIResponse(responseCode = "400", description = "Unknown join code, own organization, bad title or interval", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    @APIResponse(responseCode = "403", description = "Not a mentor", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public Response start(String text) {
        JsonObject body = JsonBodies.object(text, "send {\"join_code\", \"title\"}.");
        Partnership p = partnerships.start(PartnershipRequests.text(body, "join_code"),
                PartnershipRequests.text(body, "title"), PartnershipRequests.integer(body, "check_in_months"));
        return Response.created(URI.create("partnerships/" + p.getId())).entity(detail(overview.of(p))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A partnership", description = "With its plan, check-ins (held, due, missed, moved), the next"
            + " check-in, the last contact and the capacities with their ratings.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Detail.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Detail get(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        return detail(overview.dashboard(id));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a proposed partnership", description = "Members of the partner organization, with"
            + " its goals in its own words and the capacities it wants to build.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequests.Accept.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not waiting for acceptance", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Detail accept(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"goals\", \"capacities\": [...]}.");
        return detail(overview.of(partnerships.accept(id, PartnershipRequests.text(body, "goals"),
                PartnershipRequests.strings(body, "capacities"))));
    }

    @PUT
    @Path("{id}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the title, the months between check-ins or the capacities", description = "Only the"
            + " partner's members change the capacities. A new interval applies from today; past check-ins keep"
            + " their dates.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequests.Settings.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Detail.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Detail settings(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send the settings to change.");
        return detail(overview.of(partnerships.updateSettings(id, PartnershipRequests.text(body, "title"),
                PartnershipRequests.integer(body, "check_in_months"),
                PartnershipRequests.strings(body, "capacities"))));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a partnership", description = "The mentor or a partner's member, with a closing"
            + " reflection (a proposal is declined or withdrawn the same way). It stays readable.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequests.Close.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Detail.class)))
    @APIResponse(responseCode = "409", description = "Already closed", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Detail close(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"reflection\": \"...\"}.");
        return detail(overview.of(partnerships.close(id, PartnershipRequests.text(body, "reflection"))));
    }

    @PUT
    @Path("{id}/mentor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand the partnership over to another mentor", description = "Its mentor only.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PartnershipRequests.HandOver.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.Detail.class)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public PartnershipJson.Detail handOver(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id,
            String text) {
        JsonObject body = JsonBodies.object(text, "send {\"email\": \"...\"}.");
        return detail(overview.of(partnerships.handOver(id, PartnershipRequests.text(body, "email"))));
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The check-ins as an iCalendar file", description = "Held and missed ones, and the next four.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/calendar", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public Response calendar(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        Dashboard d = overview.dashboard(id);
        if (d.partnership().getScheduleAnchor() == null) {
            return file("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KMb Portal//Partnerships//EN\r\n"
                    + "END:VCALENDAR\r\n", "text/calendar", "partnership-" + id + ".ics");
        }
        String ics = PartnershipCalendar.ics(d.partnership(), CheckInSchedule.of(d.partnership(), d.records()),
                clock.today(),
                clock.now(), locale(), pageUrl(id), request.getServerName());
        return file(ics, "text/calendar", "partnership-" + id + ".ics");
    }

    @GET
    @Path("{id}/report")
    @Produces("text/markdown")
    @Operation(summary = "The report for funders and boards, as Markdown", description = "Goals, capacities with"
            + " their ratings, the plan with its revisions, and the check-ins; in the caller's language.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/markdown", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such partnership, or not one the caller may see", content = @Content(mediaType = "application/json", schema = @Schema(implementation = PartnershipErrors.Refusal.class)))
    public Response report(
            @Parameter(description = "The partnership's id (the caller's own; others answer 404)", example = "1") @PathParam("id") long id) {
        Dashboard d = overview.dashboard(id);
        String md = PartnershipReport.markdown(d, plans.revisions(id), taxonomies.current(), locale());
        return file(md, "text/markdown", "partnership-" + id + "-report.md");
    }

    @GET
    @Path("notifications")
    @Operation(summary = "The caller's partnership notifications, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.NotificationList.class)))
    public PartnershipJson.NotificationList notifications() {
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        partnerships.mine().forEach(p -> titles.put(p.getId(), p.getTitle()));
        Locale locale = locale();
        return new PartnershipJson.NotificationList(notifications.unreadCount(), notifications.mine(50).stream()
                .map(n -> notification(n, titles.getOrDefault(n.getPartnershipId(), ""), locale)).toList());
    }

    @POST
    @Path("notifications/read")
    @Operation(summary = "Mark all the caller's notifications read")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PartnershipJson.NotificationList.class)))
    public PartnershipJson.NotificationList markRead() {
        notifications.markAllRead();
        return notifications();
    }

    static PartnershipJson.NotificationJson notification(Notification n, String title, Locale locale) {
        return new PartnershipJson.NotificationJson(n.getId(), n.getPartnershipId(), n.getKind().key(),
                Messages.format(locale, "partnerships.notification." + n.getKind().key(),
                        PartnershipMail.arguments(title, n.getDetail(), locale)),
                n.getCreatedAt(), n.isRead());
    }

    private PartnershipJson.Detail detail(Dashboard d) {
        return PartnershipJson.detail(d, taxonomies.current(), locale());
    }

    private Locale locale() {
        return Locale.forLanguageTag(ReaderLanguage.of(request));
    }

    private String pageUrl(long id) {
        String base = settings.publicUrl().orElseGet(() -> request.getScheme() + "://"
                + request.getServerName() + ":" + request.getServerPort() + request.getContextPath());
        return base + "/partnerships/view?id=" + id;
    }

    static Response file(String body, String type, String name) {
        return Response.ok(body, type + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=\""
                + name + "\"").build();
    }
}
