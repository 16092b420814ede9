package org.kmbportal.insights.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kmbportal.insights.InsightTables;

/** The insight page's CSV export: what readers typed comes back as the same text, and never as a formula. */
class CsvFileTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostropheAndEverythingElseReadsBackAsWritten()
            throws IOException {
        List<String> typed = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx",
                "plain, with a comma", "l'école « fin du jumelage »", "two\nlines", "quote \" inside", "");
        List<List<Object>> rows = new ArrayList<>();
        typed.forEach(t -> rows.add(List.of(t, 7L)));
        String csv = CsvFile.of(new InsightTables.Table(List.of("Query", "=Searches"), rows));
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, so spreadsheets read accents right");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(List.of("Query", "'=Searches"), records.get(0).toList());
        for (int i = 0; i < typed.size(); i++) {
            String text = typed.get(i);
            boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
            assertEquals(formula ? "'" + text : text, records.get(i + 1).get(0));
            assertEquals("7", records.get(i + 1).get(1), "numbers stay numbers");
        }
    }
}
