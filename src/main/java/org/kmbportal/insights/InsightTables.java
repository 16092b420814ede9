package org.kmbportal.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each table of the insight page as plain rows, for the CSV export: the header names come from the message bundle in
 * the editor's language, cells are text or numbers.
 */
public final class InsightTables {

    /** The tables that can be exported, by the name their address uses. */
    public static final List<String> NAMES = List.of("searches", "gaps", "found-nothing", "click-through",
            "most-useful",
            "least-useful", "matching", "uptake");
    public static final int EXPORT_ROWS = 1000;

    /** A table: its header and its rows. */
    public record Table(List<String> header, List<List<Object>> rows) {
    }

    private InsightTables() {
    }

    /**
     * @param label
     *            a message key and its arguments to text in the editor's language
     */
    public static Table of(String name, InsightReports reports, Period period,
            BiFunction<String, Object[], String> label) {
        List<List<Object>> rows = new ArrayList<>();
        switch (name) {
            case "searches" -> {
                reports.topSearches(period, EXPORT_ROWS).forEach(s -> rows.add(List.of(s.query(), s.searches(),
                        s.zeroResults(), s.nothingOpened(), s.opened())));
                return new Table(headers(label, "query", "searches", "zeroResults", "nothingOpened", "opened"), rows);
            }
            case "gaps" -> {
                reports.gaps(period, EXPORT_ROWS).forEach(g -> rows.add(List.of(g.query(), g.language(),
                        g.searches(), g.zeroResults(), g.nothingOpened(), g.previous(),
                        label.apply("insights.trend." + g.trend(), new Object[0]))));
                return new Table(headers(label, "query", "language", "searches", "zeroResults", "nothingOpened",
                        "previous", "trend"), rows);
            }
            case "found-nothing" -> {
                reports.foundNothing(period, EXPORT_ROWS).forEach(q -> rows.add(List.of(q.question(), q.language(),
                        q.searches(), q.lastAsked().toString())));
                return new Table(headers(label, "question", "language", "searches", "lastAsked"), rows);
            }
            case "click-through" -> {
                reports.clickThrough(period).forEach(w -> rows.add(List.of(w.weekOf().toString(), w.searches(),
                        w.opened(), decimal(w.meanReciprocalRank(), label))));
                return new Table(headers(label, "weekOf", "searchesWithResults", "opened", "mrr"), rows);
            }
            case "uptake" -> {
                reports.resources(period, EXPORT_ROWS).uptake().forEach(u -> rows.add(List.of(u.id(), u.title(),
                        u.uses(), u.organizations(), u.lines().stream().map(l -> line(l, label))
                                .collect(Collectors.joining(" | ")))));
                return new Table(headers(label, "resourceId", "resource", "uses", "organizations", "lines"), rows);
            }
            default -> {
                FeedbackReports.Report report = reports.resources(period, EXPORT_ROWS);
                List<ResourceFeedback> list = switch (name) {
                    case "most-useful" -> report.mostUseful();
                    case "least-useful" -> report.leastUseful();
                    case "matching" -> report.matching();
                    default -> throw SignalRefused.badRequest("bad_table", "'" + name + "' is not a table; give one of "
                            + NAMES + ".").said("api.signal.notATable", name, NAMES.toString());
                };
                list.forEach(r -> rows.add(List.of(r.id(), r.title(), r.useful(), r.notUseful(),
                        decimal(r.meanMatchRank(), label), reasons(r, label),
                        r.comments().stream().map(ResourceFeedback.Comment::text)
                                .collect(Collectors.joining(" | ")))));
                return new Table(headers(label, "resourceId", "resource", "useful", "notUseful", "meanRank",
                        "reasons", "comments"), rows);
            }
        }
    }

    /** "Clarity: 3 / 1; Evidence: 0 / 2" (useful / not useful), with the language's colon ("Clarté : 3 / 1"). */
    public static String reasons(ResourceFeedback row, BiFunction<String, Object[], String> label) {
        return row.reasons().stream().map(c -> label.apply("feedback.reason." + c.reason(), new Object[0])
                + colon(label) + c.useful() + " / " + c.notUseful()).collect(Collectors.joining("; "));
    }

    /** A mean as the language writes it ("0.5", "0,5"); empty when there is none. */
    public static String decimal(Double value, BiFunction<String, Object[], String> label) {
        return value == null ? "" : label.apply("insights.decimal", new Object[]{value});
    }

    private static String colon(BiFunction<String, Object[], String> label) {
        return label.apply("punctuation.colon", new Object[0]);
    }

    private static String line(UptakeSummary.Line line, BiFunction<String, Object[], String> label) {
        return line.usedOn() + colon(label) + line.line() + " (" + who(line, label) + ")";
    }

    /** Who reported a use: the member and the organization when shared, else that it was not shared. */
    public static String who(UptakeSummary.Line line, BiFunction<String, Object[], String> label) {
        List<String> names = Stream.of(line.member(), line.organization()).filter(Objects::nonNull).toList();
        return names.isEmpty() ? label.apply("insights.notShared", new Object[0]) : String.join(", ", names);
    }

    private static List<String> headers(BiFunction<String, Object[], String> label, String... columns) {
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            header.add(label.apply("insights.col." + column, new Object[0]));
        }
        return header;
    }
}
