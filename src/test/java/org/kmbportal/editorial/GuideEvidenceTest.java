package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.testing.Gen;

/**
 * A practice guide's "The evidence behind this guide" lists research summaries of the library, each once: the ids an
 * editor gives are stripped and kept once, and ids that are unknown or name a guide are named back and refused (the
 * form, the API and the import ask the same rule). The shipped library meets the rule.
 */
class GuideEvidenceTest {

    private static final Path CONTENT = Path.of(System.getProperty("kmb.content.dir", "content"));
    private static final List<ResourceContent> SHIPPED = BatchValidator
            .validate(ContentBatch.fromFolder(CONTENT), Taxonomy.EMPTY, id -> Optional.empty()).resources();
    private static final Map<String, ResourceType> TYPES = SHIPPED.stream()
            .collect(Collectors.toMap(ResourceContent::id, ResourceContent::type));
    private static final Function<String, Optional<ResourceType>> TYPE_OF = id -> Optional.ofNullable(TYPES.get(id));

    private static List<String> ofType(ResourceType type) {
        return TYPES.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).sorted().toList();
    }

    private static final Gen<String> PADDING = Gen.of("", " ", "   ", "\t", "\u00a0", " \t ");

    /** What an editor types in the box: summaries (some twice, padded), unknown ids and guides, in any order. */
    record Typed(List<String> lines, List<String> summaries, List<String> offending) {
    }

    static Stream<Typed> typed() {
        Gen<String> summary = Gen.of(ofType(ResourceType.RESEARCH_SUMMARY));
        Gen<String> guide = Gen.of(ofType(ResourceType.PRACTICE_GUIDE));
        Gen<String> unknown = Gen.of("no-such-summary-2099", "resume-inexistant-", "x", "closing-a-match-well-2",
                "évaluation-2024", "summary-" + "a".repeat(120), "grossman-2002-test-of-time-draft");
        Gen<String[]> entry = Gen.oneOf(summary.map(s -> new String[]{"s", s}), guide.map(g -> new String[]{"x", g}),
                unknown.map(u -> new String[]{"x", u}));
        return Gen.tries("guide-evidence", 60, random -> {
            List<String> lines = new ArrayList<>();
            LinkedHashSet<String> summaries = new LinkedHashSet<>();
            LinkedHashSet<String> offending = new LinkedHashSet<>();
            for (String[] e : entry.list(1, 12).next(random)) {
                int times = 1 + random.nextInt(2);
                for (int i = 0; i < times; i++) {
                    lines.add(PADDING.next(random) + e[1] + PADDING.next(random));
                }
                (e[0].equals("s") ? summaries : offending).add(e[1]);
            }
            return new Typed(lines, List.copyOf(summaries), List.copyOf(offending));
        });
    }

    @ParameterizedTest
    @MethodSource("typed")
    void theEditorsIdsAreKeptStrippedOnceAndThoseNotSummariesAreNamedBack(Typed typed) {
        PracticeGuideContent guide = (PracticeGuideContent) SHIPPED.stream()
                .filter(r -> r.id().equals("sustaining-your-funding")).findFirst().orElseThrow();
        PracticeGuideContent edited = new PracticeGuideContent(guide.header(), guide.summary(), guide.body(),
                guide.effort(), typed.lines());

        List<String> kept = edited.basedOn();
        assertEquals(new ArrayList<>(new LinkedHashSet<>(kept)), kept, "each id once: " + typed.lines());
        assertEquals(typed.summaries(), kept.stream().filter(TYPES::containsKey)
                .filter(id -> TYPES.get(id) == ResourceType.RESEARCH_SUMMARY).toList());
        assertEquals(typed.offending(), edited.notSummaries(TYPE_OF), "named back: " + typed.lines());
    }

    @Test
    void everyShippedGuideRestsOnlyOnShippedResearchSummariesEachOnce() {
        List<String> problems = new ArrayList<>();
        for (ResourceContent resource : SHIPPED) {
            if (resource instanceof PracticeGuideContent guide) {
                guide.notSummaries(TYPE_OF).forEach(id -> problems.add(guide.id() + " names " + id));
                if (guide.basedOn().isEmpty()) {
                    problems.add(guide.id() + " names no summary");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
