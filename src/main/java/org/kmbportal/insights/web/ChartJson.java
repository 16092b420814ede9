package org.kmbportal.insights.web;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, which writes them into the page's own script (run under
 * the page's CSP nonce). Labels are readers' words, so the JSON is made safe to sit in a script element: {@code <},
 * {@code >}, {@code &} and the line separators are written as escapes, and no label can close the script.
 */
final class ChartJson {

    /** Dark, distinct colours: 3:1 or more against white, as WCAG asks of graphics. */
    static final String BLUE = "#1f4e79";
    static final String ORANGE = "#a34700";
    static final String GREEN = "#1e6b34";

    /** One series of a chart. */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    private ChartJson() {
    }

    /** Horizontal bars, one row per label, several series side by side or stacked. */
    static String bars(List<String> labels, boolean stacked, Series... series) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        // Every row keeps its label (none skipped to make room), each on up to three short lines.
        JsonObjectBuilder options = base().add("indexAxis", "y").add("scales", Json.createObjectBuilder()
                .add("x", axis).add("y", Json.createObjectBuilder().add("stacked", stacked).add("ticks", Json
                        .createObjectBuilder().add("autoSkip", false))));
        return safe(Json.createObjectBuilder().add("type", "bar").add("data", data(labels, series, false))
                .add("options", options).build().toString());
    }

    /** A line over time, one point per label. */
    static String line(List<String> labels, double max, Series series) {
        JsonObjectBuilder options = base().add("scales", Json.createObjectBuilder().add("y", Json
                .createObjectBuilder().add("beginAtZero", true).add("suggestedMax", max)));
        return safe(Json.createObjectBuilder().add("type", "line").add("data", data(labels, new Series[]{series},
                true)).add("options", options).build().toString());
    }

    private static JsonObjectBuilder base() {
        return Json.createObjectBuilder().add("animation", false).add("responsive", true)
                .add("maintainAspectRatio", false).add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    }

    private static JsonObjectBuilder data(List<String> labels, Series[] series, boolean line) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(l -> {
            String label = l.codePointCount(0, l.length()) > 60 ? l.substring(0, l.offsetByCodePoints(0, 59)) + "…" : l;
            List<String> lines = line ? List.of(label) : lines(label);
            if (lines.size() == 1) {
                names.add(lines.get(0));
            } else {
                JsonArrayBuilder parts = Json.createArrayBuilder();
                lines.forEach(parts::add);
                names.add(parts);
            }
        });
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            s.values().forEach(v -> {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v.doubleValue());
                }
            });
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", s.label()).add("data", values)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour());
            if (line) {
                set.add("spanGaps", true).add("pointRadius", 4).add("borderWidth", 3);
            }
            sets.add(set);
        }
        return Json.createObjectBuilder().add("labels", names).add("datasets", sets);
    }

    /**
     * A bar's label on lines of at most {@value #LINE} characters, broken between words (a longer word on lines of its
     * own): a label on one line took the whole width of a phone (360 px) and was cut off at its start. Chart.js draws
     * a label given as an array one line per element.
     */
    static List<String> lines(String label) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            while (word.codePointCount(0, word.length()) > LINE) {
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, LINE);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            int length = current.codePointCount(0, current.length());
            if (!current.isEmpty() && length + 1 + word.codePointCount(0, word.length()) > LINE) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!word.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(word);
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The longest line of a bar's label, in characters. */
    static final int LINE = 22;

    /** JSON that stays inside a script element: markup characters only as escapes (valid JSON and JavaScript). */
    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
