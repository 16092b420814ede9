package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;

/**
 * A snippet is a sentence, not a list item's bold lead alone: a user session searched "mentor burnout" and saw
 * "Burnout." as the snippet of "Involving youth in program decisions", whose list item reads "**Burnout.** Youth have
 * school, jobs and families."
 */
class SnippetSentenceTest {

    /** A list item's bold lead: "- **Burnout.**", « - **Le blâme.** ». */
    private static final Pattern LEAD = Pattern.compile("(?m)^- \\*\\*([^*]{3,40})\\.\\*\\* \\S");
    private static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)");
    private static final Pattern LANGUAGE = Pattern.compile("(?m)^language: (\\S+)");

    record Lead(String id, String language, String lead) {
    }

    @Test
    void aBoldLeadIsShownWithTheSentenceAfterIt() throws IOException {
        List<Lead> leads = new ArrayList<>();
        try (Stream<Path> guides = Files.list(Path.of(System.getProperty("kmb.content.dir", "content"), "guides"))) {
            for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(guide);
                Matcher id = ID.matcher(text);
                Matcher language = LANGUAGE.matcher(text);
                if (!id.find() || !language.find()) {
                    continue;
                }
                Matcher lead = LEAD.matcher(text);
                while (lead.find()) {
                    leads.add(new Lead(id.group(1), language.group(1), lead.group(1)));
                }
            }
        }
        Collections.shuffle(leads, new Random(Gen.seed()));
        SearchFixture fixture = SearchFixture.sharedShippedLibrary();
        int seen = 0;
        List<String> shortOnes = new ArrayList<>();
        for (Lead lead : leads.subList(0, Math.min(30, leads.size()))) {
            for (SearchResult.Hit hit : fixture.search.search(SearchRequest.simple(lead.lead(), lead.language()))
                    .hits()) {
                if (!hit.id().equals(lead.id()) || hit.snippet() == null || !hit.snippet().contains("<mark>")) {
                    continue;
                }
                seen++;
                String plain = hit.snippet().replaceAll("<[^>]+>", "").strip();
                if (plain.split("\\s+").length < lead.lead().split("\\s+").length + 3) {
                    shortOnes.add(lead + " -> " + plain);
                }
            }
        }
        assertTrue(seen >= 10, "only " + seen + " of the leads' guides were found with a snippet");
        assertTrue(shortOnes.isEmpty(), shortOnes.size() + " of " + seen + " snippets are a lead alone: " + shortOnes);
    }
}
