package org.kmbportal.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table (printed, and written to {@code target/bench/results.md}) and notes under it. */
final class Results {

    private record Row(String section, String figure, String value, String runs, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A figure with no target. */
    void add(String section, String figure, String value, int runs) {
        rows.add(new Row(section, figure, value, runs == 0 ? "" : String.valueOf(runs), "", ""));
    }

    /** A figure with a target it met or missed. */
    void add(String section, String figure, String value, int runs, String target, boolean met) {
        rows.add(new Row(section, figure, value, runs == 0 ? "" : String.valueOf(runs), target,
                met ? "met" : "**MISSED**"));
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| # | figure | value | runs | target | |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(String.join(" | ", row.section(), row.figure(), row.value(), row.runs(),
                    row.target(), row.verdict())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Search speed benchmark\n\n" + markdown());
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
