package org.kmbportal.insights.api;

import org.kmbportal.web.api.ApiSecurity;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kmbportal.insights.FeedbackReports;
import org.kmbportal.insights.FoundNothing;
import org.kmbportal.insights.Gap;
import org.kmbportal.insights.InsightReports;
import org.kmbportal.insights.InsightTables;
import org.kmbportal.insights.Period;
import org.kmbportal.insights.Periods;
import org.kmbportal.insights.ResourceFeedback;
import org.kmbportal.insights.SignalRefused;
import org.kmbportal.insights.TopSearch;
import org.kmbportal.insights.UptakeSummary;
import org.kmbportal.insights.WeekRank;
import org.kmbportal.platform.PortalClock;
import org.kmbportal.web.Messages;
import org.kmbportal.web.ReaderLanguage;
import org.kmbportal.web.api.ApiError;

/**
 * {@code GET /api/insights/...}: the editors' reports over a period ({@code from}, {@code to} as YYYY-MM-DD; the last
 * 30 days by default). Editors and administrators; others get 401 or 403.
 */
@Path("insights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@APIResponse(responseCode = "400", description = "Not a date, or a period that ends before it starts", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Neither an editor nor an administrator", content = @Content(schema = @Schema(implementation = ApiError.class)))
@SecurityRequirement(name = ApiSecurity.SESSION)
public class InsightsResource {

    static final int ROWS = 50;

    @Inject
    InsightReports reports;

    @Inject
    PortalClock clock;

    @Inject
    HttpServletRequest request;

    @Schema(name = "Searches", description = "The most searched queries and the click-through rank of each week")
    public record Searches(Period period, List<TopSearch> top, List<WeekRank> weeks) {
    }

    @Schema(name = "Gaps", description = "Queries searched in vain, most first, with the trend")
    public record Gaps(Period period,
            @JsonbProperty("previous_period") @Schema(name = "previous_period") Period previous,
            List<Gap> gaps) {
    }

    @Schema(name = "FoundNothingReport", description = "Every question that found nothing, as typed, most asked first")
    public record FoundNothingReport(Period period,
            @Schema(description = "How many different questions found nothing in the period") long total,
            List<FoundNothing> questions) {
    }

    @Schema(name = "Resources", description = "Readers' answers and organizations' reported uses, by resource")
    public record Resources(Period period,
            @JsonbProperty("most_useful") @Schema(name = "most_useful") List<ResourceFeedback> mostUseful,
            @JsonbProperty("least_useful") @Schema(name = "least_useful") List<ResourceFeedback> leastUseful,
            @Schema(description = "Answers about matches of the organization page") List<ResourceFeedback> matching,
            List<UptakeSummary> uptake) {
    }

    @GET
    @Path("searches")
    @Operation(summary = "Top searches and the weekly click-through rank")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Searches.class)))
    public Searches searches(@Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") String to) {
        reports.requireReader();
        Period period = Periods.parse(from, to, clock.today());
        return new Searches(period, reports.topSearches(period, ROWS), reports.clickThrough(period));
    }

    @GET
    @Path("gaps")
    @Operation(summary = "Searches in vain (no result, or nothing opened), grouped by their normalized words")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Gaps.class)))
    public Gaps gaps(@QueryParam("from") String from, @QueryParam("to") String to) {
        reports.requireReader();
        Period period = Periods.parse(from, to, clock.today());
        return new Gaps(period, period.previous(), reports.gaps(period, ROWS));
    }

    @GET
    @Path("found-nothing")
    @Operation(summary = "Searches that found nothing, as readers typed them", description = "Every question of the"
            + " period (the first " + InsightTables.EXPORT_ROWS + "), most asked first, then the most recent.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = FoundNothingReport.class)))
    public FoundNothingReport foundNothing(@QueryParam("from") String from, @QueryParam("to") String to) {
        reports.requireReader();
        Period period = Periods.parse(from, to, clock.today());
        return new FoundNothingReport(period, reports.foundNothingCount(period),
                reports.foundNothing(period, InsightTables.EXPORT_ROWS));
    }

    @GET
    @Path("resources")
    @Operation(summary = "Most and least useful resources, answers about matches, and reported uses")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Resources.class)))
    public Resources resources(@QueryParam("from") String from, @QueryParam("to") String to) {
        reports.requireReader();
        Period period = Periods.parse(from, to, clock.today());
        FeedbackReports.Report report = reports.resources(period, ROWS);
        return new Resources(period, report.mostUseful(), report.leastUseful(), report.matching(),
                report.uptake());
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "One table of the insight page as CSV", description = "Spreadsheet-safe: text cells that"
            + " would start a formula start with an apostrophe. Headers in lang (en or fr).")
    @APIResponse(responseCode = "400", description = "An unknown table or a wrong day", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "200", description = "The table", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response export(@Parameter(description = "searches, gaps, found-nothing, click-through, most-useful,"
            + " least-useful, matching or uptake", example = "searches") @QueryParam("table") String table,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        reports.requireReader();
        if (table == null || !InsightTables.NAMES.contains(table)) {
            throw new SignalRefused(400, "bad_table", "Give a table: one of " + InsightTables.NAMES + ".").said(
                    "api.signal.giveTable", InsightTables.NAMES.toString());
        }
        Period period = Periods.parse(from, to, clock.today());
        Locale language = Locale.forLanguageTag(ReaderLanguage.of(request));
        InsightTables.Table rows = InsightTables.of(table, reports, period,
                (key, arguments) -> Messages.format(language, key, arguments));
        String file = "kmb-insights-" + table + "-" + period.from() + "-" + period.to() + ".csv";
        return Response.ok(CsvFile.of(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
