package org.kmbportal.partnerships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.partnerships.CapacityRating;
import org.kmbportal.partnerships.CheckIn;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.web.Messages;

/**
 * The partner's capacity ratings over the check-ins: a Chart.js line chart (drawn by PrimeFaces' chart component, whose
 * script carries the page's CSP nonce) and the same figures as a table beside it, for screen readers and print.
 */
public final class CapacityChart {

    /** Colours with at least 3:1 contrast on white, told apart by the point styles too. */
    private static final String[] COLOURS = {"#0b5394", "#b35900", "#1b6e2e", "#4b2e83", "#8a1c1c", "#505a66",
            "#006d6f", "#7a5c00"};
    private static final String[] POINTS = {"circle", "rect", "triangle", "rectRot", "star", "crossRot", "rectRounded",
            "cross"};

    /** One capacity's row of the table: its label and its rating at each held check-in (empty when not rated). */
    public record Row(String label, List<String> ratings) {
    }

    private final List<String> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final String json;

    public CapacityChart(Dashboard d, Taxonomy taxonomy, Locale locale) {
        List<Integer> held = d.records().stream().filter(CheckIn::isHeld).map(CheckIn::getNumber).toList();
        held.forEach(n -> columns.add(Messages.format(locale, "partnerships.checkIn.number", n)));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<Integer, Integer>> capacity : d.ratings().entrySet()) {
            String label = taxonomy.capacityLabel(capacity.getKey(), locale.getLanguage());
            List<String> cells = new ArrayList<>();
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (int n : held) {
                Integer rating = capacity.getValue().get(n);
                cells.add(rating == null ? "" : String.valueOf(rating));
                if (rating == null) {
                    data.addNull();
                } else {
                    data.add(rating);
                }
            }
            rows.add(new Row(label, cells));
            datasets.add(Json.createObjectBuilder().add("label", label).add("data", data)
                    .add("borderColor", COLOURS[i % COLOURS.length])
                    .add("backgroundColor", COLOURS[i % COLOURS.length])
                    .add("pointStyle", POINTS[i % POINTS.length]).add("pointRadius", 5).add("spanGaps", true)
                    .add("fill", false));
            i++;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        columns.forEach(labels::add);
        JsonObjectBuilder y = Json.createObjectBuilder().add("min", CapacityRating.LOWEST)
                .add("max", CapacityRating.HIGHEST).add("ticks", Json.createObjectBuilder().add("stepSize", 1))
                .add("title", Json.createObjectBuilder().add("display", true)
                        .add("text", Messages.format(locale, "partnerships.rating.axis")));
        json = Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    /** Whether there is anything to draw: at least one capacity rated at a held check-in. */
    public boolean isDrawable() {
        return rows.stream().anyMatch(r -> r.ratings().stream().anyMatch(s -> !s.isEmpty()));
    }

    public String getJson() {
        return json;
    }

    public List<String> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }
}
