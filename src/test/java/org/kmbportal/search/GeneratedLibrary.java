package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.kmbportal.content.ContentWriter;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.Citation;
import org.kmbportal.library.Evidence;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;
import org.kmbportal.testing.TestDatabase;

/** A content folder of many generated research summaries (with the shipped taxonomy), for load and crash tests. */
final class GeneratedLibrary {

    private static final List<String> TOPICS = List.of("match-support", "mentor-training", "program-evaluation",
            "relationship-quality", "match-closure", "knowledge-mobilization", "group-mentoring", "mental-health");
    private static final String[] WORDS = ("mentor youth program match relationship support training evaluation "
            + "school community family staff volunteer outcome closure practice research evidence context plan "
            + "check-in capacity organization funding group peer online wellbeing academic trust goal feedback")
            .split(" ");

    private GeneratedLibrary() {
    }

    static Path write(Path folder, int count, long seed) {
        try {
            TestDatabase.deleteTree(folder);
            Files.createDirectories(folder.resolve("summaries"));
            Files.copy(TestDatabase.projectDir().resolve("content/taxonomy.yaml"), folder.resolve("taxonomy.yaml"));
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                ResourceContent r = summary(i, random);
                Files.writeString(folder.resolve("summaries/" + r.id() + ".md"), ContentWriter.write(r));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResourceContent summary(int i, Random random) {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        sections.put(SummarySection.NOTES_OF_INTEREST, sentences(random, 4));
        sections.put(SummarySection.INTRODUCTION, sentences(random, 12));
        sections.put(SummarySection.IMPLICATIONS, sentences(random, 12));
        sections.put(SummarySection.KEY_FINDINGS, sentences(random, 8));
        String id = "generated-" + i;
        ResourceHeader header = ResourceHeader.builder(id)
                .title("Generated study " + i + " on " + WORDS[random.nextInt(WORDS.length)]).language("en")
                .published(LocalDate.of(2024, 1, 1).plusDays(i % 900)).status(PublicationStatus.PUBLISHED)
                .terms(Map.of("topics", List.of(TOPICS.get(i % TOPICS.size())))).build();
        return new ResearchSummaryContent(header,
                new Citation(List.of("Author, A.", "Writer, B."), 1990 + i % 35, "A study " + i, "Journal of Tests",
                        "1", "2", "3-4", "", ""),
                "Generator", null, new Evidence(EvidenceDesign.values()[i % EvidenceDesign.values().length], "many"),
                sections);
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            for (int w = 0; w < 12; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(". ");
        }
        return text.toString().strip();
    }
}
