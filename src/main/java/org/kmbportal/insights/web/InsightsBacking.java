package org.kmbportal.insights.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.library.LibraryService;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.insights.FeedbackReports;
import org.kmbportal.insights.FoundNothing;
import org.kmbportal.insights.Gap;
import org.kmbportal.insights.GapDrafts;
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
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.Messages;

/**
 * The editors' insight page ({@code editor/insights.xhtml}): for the period in the address ({@code ?from=&to=}, the
 * last 30 days by default), the top searches, the gaps (the most frequent, or all with {@code ?gaps=all}) and every
 * question that found nothing as typed, each with "start a draft" or the draft already started, the most and least useful resources,
 * the answers about matches, the reported uses and the weekly click-through rank; a chart and a table for each, and
 * the table's CSV. Each report is read once per request.
 */
@Named("insightsPage")
@RequestScoped
public class InsightsBacking {

    static final int ROWS = 20;
    /** The address parameter ({@code ?gaps=all}) that lists every gap rather than the most frequent. */
    static final String ALL_GAPS = "all";
    static final int CHART_ROWS = 10;
    static final List<Integer> PRESETS = List.of(7, 30, 90, 180);

    /** A preset period: its label, its address, and whether it is the one shown. */
    public record Preset(String label, String url, boolean current) {
    }

    @Inject
    InsightReports reports;

    @Inject
    PortalClock clock;

    @Inject
    Guard guard;

    @Inject
    Messages messages;

    @Inject
    LocaleBean locale;

    @Inject
    FacesMessages faces;

    @Inject
    GapDrafts drafts;

    @Inject
    LibraryService library;

    private final java.util.Map<String, Boolean> published = new java.util.HashMap<>();

    private Period period;
    private List<TopSearch> top;
    private List<Gap> gaps;
    private Long gapCount;
    private final Map<String, Optional<String>> draftsByQuery = new HashMap<>();
    private List<FoundNothing> foundNothing;
    private Long foundNothingCount;
    private List<WeekRank> weeks;
    private FeedbackReports.Report resources;

    /** Reads the period from the address (called by f:viewAction); a bad one is said and the default shown. */
    public void load() {
        getPeriod();
    }

    /**
     * The period shown. Read on first use rather than only by the view action, which does not run on a postback: a
     * gap's "start a draft" posts back, and its row must be found again among the same gaps.
     */
    public Period getPeriod() {
        if (period == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            try {
                period = Periods.parse(params.get("from"), params.get("to"), clock.today());
            } catch (SignalRefused e) {
                faces.error(e.messageKey());
                period = Period.lastDays(clock.today(), Periods.DEFAULT_DAYS);
            }
        }
        return period;
    }

    public List<Preset> getPresets() {
        List<Preset> presets = new ArrayList<>();
        for (int days : PRESETS) {
            Period preset = Period.lastDays(clock.today(), days);
            presets.add(
                    new Preset(messages.get("insights.lastDays", days), address(preset), preset.equals(getPeriod())));
        }
        return presets;
    }

    public boolean isCanStartDrafts() {
        return guard.has(Role.EDITOR);
    }

    public List<TopSearch> getTopSearches() {
        if (top == null) {
            top = reports.topSearches(getPeriod(), ROWS);
        }
        return top;
    }

    /** The most frequent gaps, or all of them (up to the export's rows) when the address asks for all. */
    public List<Gap> getGaps() {
        if (gaps == null) {
            gaps = reports.gaps(getPeriod(), isAllGaps() ? InsightTables.EXPORT_ROWS : ROWS);
        }
        return gaps;
    }

    public boolean isAllGaps() {
        return ALL_GAPS.equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("gaps"));
    }

    /** How many gaps the period has, shown or not. */
    public long getGapCount() {
        if (gapCount == null) {
            gapCount = reports.gapCount(getPeriod());
        }
        return gapCount;
    }

    public int getMostFrequentRows() {
        return ROWS;
    }

    /** The page listing every gap of this period. */
    public String getAllGapsUrl() {
        return address(getPeriod()) + "&gaps=" + ALL_GAPS + "#gaps";
    }

    public String getFewerGapsUrl() {
        return address(getPeriod()) + "#gaps";
    }

    /**
     * The edit page of the open draft already started for this query (a gap's, or a question as typed), or null when
     * "start a draft" would make one.
     */
    public String draftUrl(String query) {
        if (!draftsByQuery.containsKey(query)) {
            // One look-up for every row read so far, not one per row: a page may list a thousand.
            Set<String> rows = new LinkedHashSet<>();
            rows.add(query);
            if (gaps != null) {
                gaps.forEach(gap -> rows.add(gap.query()));
            }
            if (foundNothing != null) {
                foundNothing.forEach(row -> rows.add(row.question()));
            }
            rows.removeAll(draftsByQuery.keySet());
            draftsByQuery.putAll(drafts.existing(rows, locale.getCurrent()));
        }
        return draftsByQuery.get(query)
                .map(id -> context() + "/editor/edit?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .orElse(null);
    }

    /** Every question that found nothing, as typed (up to the export's rows; the CSV holds as many). */
    public List<FoundNothing> getFoundNothing() {
        if (foundNothing == null) {
            foundNothing = reports.foundNothing(getPeriod(), InsightTables.EXPORT_ROWS);
        }
        return foundNothing;
    }

    /** How many different questions found nothing in the period (more than shown only past the export's rows). */
    public long getFoundNothingCount() {
        if (foundNothingCount == null) {
            foundNothingCount = reports.foundNothingCount(getPeriod());
        }
        return foundNothingCount;
    }

    public List<WeekRank> getWeeks() {
        if (weeks == null) {
            weeks = reports.clickThrough(getPeriod());
        }
        return weeks;
    }

    public FeedbackReports.Report getResources() {
        if (resources == null) {
            resources = reports.resources(getPeriod(), ROWS);
        }
        return resources;
    }

    /** The reasons of a resource's answers in one line, labelled in the editor's language. */
    /** A mean in the page's language ("0.5", "0,5"), or the page's word for none. */
    public String decimal(Double value) {
        return value == null
                ? messages.get("insights.noValue")
                : InsightTables.decimal(value, (key, arguments) -> messages.get(key, arguments));
    }

    public String reasons(ResourceFeedback row) {
        return InsightTables.reasons(row, (key, arguments) -> messages.get(key, arguments));
    }

    /** Who reported a use: the member and organization when shared, else that it was not shared. */
    public String who(UptakeSummary.Line line) {
        return InsightTables.who(line, (key, arguments) -> messages.get(key, arguments));
    }

    public String trend(Gap gap) {
        return messages.get("insights.trend." + gap.trend());
    }

    public String getTopChart() {
        List<TopSearch> shown = getTopSearches().stream().limit(CHART_ROWS).toList();
        return ChartJson.bars(shown.stream().map(TopSearch::query).toList(), true,
                new ChartJson.Series(messages.get("insights.col.opened"), shown.stream().map(TopSearch::opened)
                        .toList(), ChartJson.GREEN),
                new ChartJson.Series(messages.get("insights.col.zeroResults"), shown.stream()
                        .map(TopSearch::zeroResults).toList(), ChartJson.ORANGE),
                new ChartJson.Series(messages.get("insights.col.others"), shown.stream()
                        .map(s -> s.searches() - s.opened() - s.zeroResults()).toList(), ChartJson.BLUE));
    }

    public String getGapsChart() {
        List<Gap> shown = getGaps().stream().limit(CHART_ROWS).toList();
        return ChartJson.bars(shown.stream().map(Gap::query).toList(), true,
                new ChartJson.Series(messages.get("insights.col.zeroResults"), shown.stream().map(Gap::zeroResults)
                        .toList(), ChartJson.ORANGE),
                new ChartJson.Series(messages.get("insights.col.nothingOpened"), shown.stream()
                        .map(Gap::nothingOpened).toList(), ChartJson.BLUE));
    }

    public String getClickThroughChart() {
        return ChartJson.line(getWeeks().stream().map(w -> w.weekOf().toString()).toList(), 1.0,
                new ChartJson.Series(messages.get("insights.col.mrr"), getWeeks().stream()
                        .map(WeekRank::meanReciprocalRank).toList(), ChartJson.BLUE));
    }

    public String feedbackChart(List<ResourceFeedback> rows) {
        List<ResourceFeedback> shown = rows.stream().limit(CHART_ROWS).toList();
        return ChartJson.bars(shown.stream().map(ResourceFeedback::title).toList(), true,
                new ChartJson.Series(messages.get("insights.col.useful"), shown.stream().map(ResourceFeedback::useful)
                        .toList(), ChartJson.GREEN),
                new ChartJson.Series(messages.get("insights.col.notUseful"), shown.stream()
                        .map(ResourceFeedback::notUseful).toList(), ChartJson.ORANGE));
    }

    public String getUptakeChart() {
        var shown = getResources().uptake().stream().limit(CHART_ROWS).toList();
        return ChartJson.bars(shown.stream().map(u -> u.title()).toList(), false, new ChartJson.Series(
                messages.get("insights.col.uses"), shown.stream().map(u -> u.uses()).toList(), ChartJson.BLUE));
    }

    /** The CSV of a table for this period, its headers in the editor's language. */
    public String exportUrl(String table) {
        return context() + "/api/insights/export?table=" + table + "&from=" + getPeriod().from() + "&to="
                + getPeriod().to()
                + "&lang=" + locale.getLanguage();
    }

    public String getPageUrl() {
        return context() + "/editor/insights";
    }

    private String address(Period p) {
        return getPageUrl() + "?from=" + p.from() + "&to=" + p.to();
    }

    /**
     * Where a resource in the insights leads: its page while it is published; else (archived by the editors) the
     * editor's page for it, where it can be published again (its public page answered 404).
     */
    public String resourceUrl(String id) {
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
        return inLibrary(id) ? context() + "/resources/" + encoded : context() + "/editor/edit?id=" + encoded;
    }

    /** Whether readers see the resource (it is published). */
    public boolean inLibrary(String id) {
        return published.computeIfAbsent(id, slug -> library.published(slug).isPresent());
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
