package org.kmbportal.partnerships.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The partnership page and its report say "Work plan" / « Plan de travail » once as the plan's heading: the table
 * below takes its name from that heading, without a caption repeating it (read, and printed, twice in a row).
 */
class PlanHeadingOnceTest {

    @Test
    void thePlansHeadingIsNotRepeatedByItsTablesCaption() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("view", "report")) {
            Document xhtml = Jsoup.parse(Files.readString(Path.of("src/main/webapp/partnerships/" + page + ".xhtml")),
                    "", Parser.xmlParser());
            var headings = xhtml.select("h2").stream().filter(h -> h.text().equals("#{msg['partnerships.plan']}"))
                    .toList();
            if (headings.size() != 1) {
                problems.add(page + ": " + headings.size() + " plan headings");
                continue;
            }
            for (var table : xhtml.select("table")) {
                var caption = table.selectFirst("caption");
                if (caption != null && caption.text().equals("#{msg['partnerships.plan']}")) {
                    problems.add(page + ": the plan's table repeats its heading as a caption");
                }
                if (table.parents().contains(headings.get(0).parent()) && table.closest("[aria-labelledby]") == null
                        && caption == null) {
                    problems.add(page + ": the plan's table has no name");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
