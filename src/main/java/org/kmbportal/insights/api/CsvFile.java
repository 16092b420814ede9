package org.kmbportal.insights.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.kmbportal.insights.InsightTables;

/**
 * A table as a CSV file (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents right). Safe to open in
 * a spreadsheet: a text cell that starts with {@code = + - @}, a tab or a carriage return, which a spreadsheet would
 * take as a formula, starts with an apostrophe instead. Numbers are written as numbers.
 */
final class CsvFile {

    private static final String BOM = "\uFEFF";

    private CsvFile() {
    }

    static String of(InsightTables.Table table) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.header().stream().map(CsvFile::cell).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvFile::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell as text a spreadsheet shows and never runs. */
    static Object cell(Object value) {
        if (value instanceof Number) {
            return value;
        }
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
