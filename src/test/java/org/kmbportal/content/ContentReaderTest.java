package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.Effort;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.SummarySection;

class ContentReaderTest {

    private static final String PATH = "summaries/x.md";

    @Test
    void readsEveryFieldOfAResearchSummary() {
        ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY);
        assertEquals(List.of(), file.problems());
        ResearchSummaryContent r = assertInstanceOf(ResearchSummaryContent.class, file.resource().orElseThrow());
        assertEquals(ResourceType.RESEARCH_SUMMARY, r.type());
        assertEquals(LocalDate.of(2025, 1, 20), r.published());
        assertEquals(List.of("match-closure"), r.terms("topics"));
        assertEquals(Map.of("organization_size", List.of("small"), "program_models", List.of("one-to-one")),
                r.appliesWhen());
        assertEquals(List.of("Spencer, R."), r.citation().authors());
        assertEquals(2007, r.citation().year());
        assertEquals("331-354", r.citation().pages());
        assertEquals("https://doi.org/10.1177/0743558407301915", r.citation().articleLink());
        assertEquals(EvidenceDesign.QUALITATIVE, r.evidence().design());
        assertEquals("Early endings follow a few recognisable patterns.", r.section(SummarySection.NOTES_OF_INTEREST));
        assertTrue(r.section(SummarySection.IMPLICATIONS).startsWith("- Prepare mentors"));
        assertEquals("", r.section(SummarySection.KEY_FINDINGS));
    }

    @Test
    void readsAPracticeGuide() {
        ContentFile file = Fixtures.read("guides/closing-a-match-well.md", Fixtures.GUIDE);
        assertEquals(List.of(), file.problems());
        PracticeGuideContent r = assertInstanceOf(PracticeGuideContent.class, file.resource().orElseThrow());
        assertEquals(Effort.LOW, r.effort());
        assertEquals(List.of("spencer-2007-its-not-what-i-expected"), r.basedOn());
        assertTrue(r.body().startsWith("## Steps"));
    }

    @Test
    void rejectsUnknownTopicWithNearestSuggestionAndItsLine() {
        ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY.replace("topics: [match-closure]",
                "topics: [match-closur]"));
        Problem problem = onlyError(file);
        assertEquals(7, problem.line());
        assertTrue(problem.message().contains("'match-closur' is not a term of 'topics'"), problem.message());
        assertTrue(problem.message().contains("did you mean 'match-closure'"), problem.message());
        assertTrue(file.resource().isEmpty());
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY.replace("language: en", "language: [en"));
        Problem problem = onlyError(file);
        assertTrue(problem.message().startsWith("the front matter is not valid YAML"), problem.message());
        assertTrue(problem.line() >= 5 && problem.line() <= 8, "line " + problem.line());
    }

    @Test
    void reportsMissingOrUnclosedFrontMatter() {
        assertTrue(onlyError(Fixtures.read(PATH, "# Just Markdown\n")).message().contains("must start with a '---'"));
        assertTrue(onlyError(Fixtures.read(PATH, "---\nid: a\ntitle: b\n")).message().contains("never closed"));
        assertTrue(onlyError(Fixtures.read(PATH, "---\n---\nbody")).message().contains("empty"));
    }

    @Test
    void reportsEachMissingRequiredField() {
        String text = Fixtures.SUMMARY.replace("title: \"Why some mentoring relationships fail early\"\n", "")
                .replace("summarized_by: \"KMb Portal editorial team\"\n", "");
        ContentFile file = Fixtures.read(PATH, text);
        List<String> messages = file.problems().stream().filter(Problem::isError).map(Problem::message).toList();
        assertTrue(messages.contains("'title' is required"), messages.toString());
        assertTrue(messages.contains("'summarized_by' is required"), messages.toString());
    }

    /**
     * A title's limit counts characters as a reader does (an emoji, a letter outside the BMP, one each): 500 of them
     * are taken though they are more than 500 UTF-16 units, and one more is refused with its length so counted (the
     * editor's and collections' boxes said an emoji counted two).
     */
    @Test
    void aTitlesLimitCountsCharactersAsReadersDo() {
        java.util.Random random = new java.util.Random(org.kmbportal.testing.Gen.seed() * 31 + 500);
        List<String> wide = List.of("🌊", "😀", "𝒜", "𠜎", "é", "«", "z");
        StringBuilder title = new StringBuilder("Élodie");
        while (title.codePointCount(0, title.length()) < 500) {
            title.append(wide.get(random.nextInt(wide.size())));
        }
        String exact = title.toString();
        assertTrue(exact.length() > 500, "more UTF-16 units than characters");
        String original = "title: \"Why some mentoring relationships fail early\"";
        ContentFile taken = Fixtures.read(PATH, Fixtures.SUMMARY.replace(original, "title: \"" + exact + "\""));
        assertEquals(List.of(), taken.problems(), exact);
        assertEquals(exact, taken.resource().orElseThrow().title());
        ContentFile refused = Fixtures.read(PATH, Fixtures.SUMMARY.replace(original, "title: \"" + exact + "🌊\""));
        assertEquals("'title' is 501 characters long; at most 500 are allowed", onlyError(refused).message());
    }

    @Test
    void rejectsIdsThatCannotBeAddresses() {
        for (String bad : List.of("Upper-Case", "two--dashes", "ends-", "space in", "a".repeat(121), "é")) {
            ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY.replace(
                    "id: spencer-2007-its-not-what-i-expected", "id: \"" + bad + "\""));
            assertTrue(onlyError(file).message().startsWith("'id' must be lower-case"), bad);
        }
    }

    @Test
    void rejectsBadDoiAndNonHttpUrl() {
        ContentFile doi = Fixtures.read(PATH, Fixtures.SUMMARY.replace("doi: \"10.1177/0743558407301915\"",
                "doi: \"https://doi.org/10.1177/0743558407301915\""));
        assertTrue(onlyError(doi).message().contains("is not a DOI"));
        ContentFile url = Fixtures.read(PATH, Fixtures.SUMMARY.replace("doi: \"10.1177/0743558407301915\"",
                "url: \"javascript:alert(1)\""));
        assertTrue(onlyError(url).message().contains("must be an http or https address"));
    }

    @Test
    void warnsAboutAMisspelledFieldNamingTheNearestOne() {
        ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY.replace("audiences: [program-staff]",
                "audience: [program-staff]"));
        assertFalse(file.hasErrors());
        Problem warning = file.problems().get(0);
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("did you mean 'audiences'"), warning.message());
        assertTrue(file.resource().isPresent());
    }

    @Test
    void checksSectionNamesAndOrder() {
        ContentFile unknown = Fixtures.read(PATH, Fixtures.SUMMARY.replace("## Introduction", "## Introducton"));
        assertTrue(onlyError(unknown).message().contains("did you mean '## Introduction'"));

        ContentFile outOfOrder = Fixtures.read(PATH, Fixtures.SUMMARY.replace("## Introduction", "## Key findings"));
        assertTrue(onlyError(outOfOrder).message().contains("'## Implications' must come before"),
                outOfOrder.problems().toString());

        ContentFile noNotes = Fixtures.read(PATH, Fixtures.SUMMARY.replace("## Notes of interest", "Intro text"));
        assertTrue(onlyError(noNotes).message().contains("must start with '## Notes of interest'"));
    }

    @Test
    void aHeadingInsideCodeIsNotASection() {
        ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY.replace("Early endings follow",
                "```\n## Not a heading\n```\n\nEarly endings follow"));
        assertEquals(List.of(), file.problems());
        assertTrue(assertInstanceOf(ResearchSummaryContent.class, file.resource().orElseThrow())
                .section(SummarySection.NOTES_OF_INTEREST).contains("## Not a heading"));
    }

    @Test
    void rejectsAppliesWhenWithUnknownFacetOrValue() {
        ContentFile facet = Fixtures.read(PATH, Fixtures.SUMMARY.replace("organization_size: [small]",
                "organisation_size: [small]"));
        assertTrue(onlyError(facet).message().contains("did you mean 'organization_size'"));
        ContentFile value = Fixtures.read(PATH, Fixtures.SUMMARY.replace("organization_size: [small]",
                "organization_size: [smal]"));
        assertTrue(onlyError(value).message().contains("did you mean 'small'"));
    }

    @Test
    void readsACollection() {
        String text = """
                ---
                id: starting-out
                type: collection
                title: "Starting out"
                language: en
                published: 2025-03-01
                curator: "A mentor"
                description: "First reads"
                items:
                  - {resource: closing-a-match-well, note: "Plan the end from the start"}
                  - {url: "https://www.mentoring.org/", title: "MENTOR", note: "Standards"}
                ---
                """;
        ContentFile file = Fixtures.read("collections/starting-out.md", text);
        assertEquals(List.of(), file.problems());
        assertEquals(2, file.collection().orElseThrow().items().size());
        ContentFile badLink = Fixtures.read("collections/starting-out.md",
                text.replace("https://www.mentoring.org/", "ftp://example.org/"));
        assertTrue(onlyError(badLink).message().contains("not an http or https address"));
    }

    @Test
    void aTitleWithADirectionOverrideNulOrByteOrderMarkIsRefusedWithItsLine() {
        assertTrue(Fixtures.SUMMARY.lines().toList().get(3).startsWith("title:"), "the fixture's title line");
        // As YAML escapes (an editor's form or the API write them so) and, for the override, as the raw character.
        for (String hidden : new String[]{"\\u202E", "\\0", "\\uFEFF", "\u202E"}) {
            ContentFile file = Fixtures.read(PATH, Fixtures.SUMMARY.replace(
                    "title: \"Why some mentoring relationships fail early\"",
                    "title: \"Why some mentoring " + hidden + "relationships fail early\""));
            Problem problem = onlyError(file);
            assertTrue(problem.message().contains("contains an invisible or control character"), problem.message());
            assertEquals(4, problem.line(), "the title's line");
        }
    }

    private static Problem onlyError(ContentFile file) {
        List<Problem> errors = file.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), "expected one error, got " + file.problems());
        assertTrue(file.resource().isEmpty() && file.collection().isEmpty());
        return errors.get(0);
    }
}
