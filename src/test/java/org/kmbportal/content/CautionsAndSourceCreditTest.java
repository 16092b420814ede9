package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SourceSummary;

/**
 * The two optional fields the content format gained: {@code cautions_when} (a context in which a resource fits with a
 * caution) and {@code source_summary} (the summary published elsewhere that a research summary builds on). Both are
 * read with line-accurate problems and written back so that an export imported and exported again is identical.
 */
class CautionsAndSourceCreditTest {

    private static final String PATH = "summaries/x.md";
    private static final String CAUTIONS = """
            cautions_when:
              organization_size: [small]
            """;
    private static final String SOURCE = """
            source_summary:
              title: "New research on how some matches fail"
              author: "Karina DeAndrade"
              publication: "The Chronicle of Evidence-Based Mentoring"
              url: "https://www.evidencebasedmentoring.org/example/"
            """;

    /** The fixture summary with extra front matter after its applies_when block and after summarized_by. */
    private static String summary(String afterAppliesWhen, String afterSummarizedBy) {
        return Fixtures.SUMMARY.replace("  program_models: [one-to-one]\n",
                "  program_models: [one-to-one]\n" + afterAppliesWhen)
                .replace("summarized_by: \"KMb Portal editorial team\"\n",
                        "summarized_by: \"KMb Portal editorial team\"\n" + afterSummarizedBy);
    }

    private static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertTrue(at >= 0, fragment);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void readsCautionsAndTheSourceCredit() {
        ContentFile file = Fixtures.read(PATH, summary(CAUTIONS, SOURCE));
        assertEquals(List.of(), file.problems());
        ResearchSummaryContent r = assertInstanceOf(ResearchSummaryContent.class, file.resource().orElseThrow());
        assertEquals(Map.of("organization_size", List.of("small")), r.cautionsWhen());
        assertEquals(Map.of("organization_size", List.of("small"), "program_models", List.of("one-to-one")),
                r.appliesWhen(), "a caution leaves applies_when as it was");
        assertEquals(new SourceSummary("New research on how some matches fail", "Karina DeAndrade",
                "The Chronicle of Evidence-Based Mentoring", "https://www.evidencebasedmentoring.org/example/"),
                r.sourceSummary());
    }

    @Test
    void bothFieldsAreOptionalAndAbsentMeansNone() {
        ResearchSummaryContent r = assertInstanceOf(ResearchSummaryContent.class,
                Fixtures.read(PATH, Fixtures.SUMMARY).resource().orElseThrow());
        assertEquals(Map.of(), r.cautionsWhen());
        assertTrue(r.sourceSummary().isEmpty());
        assertFalse(ContentWriter.write(r).contains("cautions_when"));
        assertFalse(ContentWriter.write(r).contains("source_summary"));
    }

    @Test
    void aGuideMayCarryCautionsToo() {
        String text = Fixtures.GUIDE.replace("effort: low\n", "effort: low\n" + CAUTIONS);
        ContentFile file = Fixtures.read("guides/closing-a-match-well.md", text);
        assertEquals(List.of(), file.problems());
        ResourceContent guide = file.resource().orElseThrow();
        assertEquals(Map.of("organization_size", List.of("small")), guide.cautionsWhen());
        assertEquals(guide, Fixtures.read("guides/g.md", ContentWriter.write(guide)).resource().orElseThrow());
    }

    @Test
    void rejectsAnUnknownCautionFacetOrValueOnItsLineWithTheNearestKey() {
        String facet = summary("cautions_when:\n  organisation_size: [small]\n", "");
        Problem unknownFacet = onlyError(Fixtures.read(PATH, facet));
        assertEquals(lineOf(facet, "  organisation_size"), unknownFacet.line());
        assertTrue(unknownFacet.message().contains("did you mean 'organization_size'"), unknownFacet.message());

        String value = summary("cautions_when:\n  organization_size: [smal]\n", "");
        Problem unknownValue = onlyError(Fixtures.read(PATH, value));
        assertEquals(lineOf(value, "  organization_size: [smal]"), unknownValue.line());
        assertTrue(unknownValue.message().contains("did you mean 'small'"), unknownValue.message());

        String list = summary("cautions_when: [small]\n", "");
        Problem notAMapping = onlyError(Fixtures.read(PATH, list));
        assertEquals(lineOf(list, "cautions_when"), notAMapping.line());
        assertTrue(notAMapping.message().contains("'cautions_when' must map context facets"),
                notAMapping.message());
    }

    @Test
    void warnsOnItsLineWhenACautionNamesAValueThatAppliesWhenRulesOut() {
        String text = summary("cautions_when:\n  organization_size: [small, large]\n", "");
        ContentFile file = Fixtures.read(PATH, text);
        assertFalse(file.hasErrors(), file.problems().toString());
        assertEquals(1, file.problems().size(), file.problems().toString());
        Problem warning = file.problems().get(0);
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertEquals(lineOf(text, "  organization_size: [small, large]"), warning.line());
        assertTrue(warning.message().contains("'cautions_when.organization_size' names large"), warning.message());
        assertTrue(warning.message().contains("already rules out"), warning.message());
    }

    @Test
    void rejectsASourceCreditWithoutItsAuthorOrWithANonWebAddressOnItsLine() {
        String noAuthor = summary("", SOURCE.replace("  author: \"Karina DeAndrade\"\n", ""));
        Problem missing = onlyError(Fixtures.read(PATH, noAuthor));
        assertEquals("'source_summary.author' is required", missing.message());
        assertEquals(lineOf(noAuthor, "  title: \"New research"), missing.line(), "the first line of the credit");

        String javascript = summary("", SOURCE.replace("https://www.evidencebasedmentoring.org/example/",
                "javascript:alert(1)"));
        Problem badUrl = onlyError(Fixtures.read(PATH, javascript));
        assertEquals(lineOf(javascript, "  url: \"javascript"), badUrl.line());
        assertEquals("'source_summary.url' must be an http or https address", badUrl.message());

        String scalar = summary("", "source_summary: \"The Chronicle\"\n");
        Problem notAMapping = onlyError(Fixtures.read(PATH, scalar));
        assertEquals(lineOf(scalar, "source_summary:"), notAMapping.line());
        assertTrue(notAMapping.message().startsWith("'source_summary' must be a mapping"), notAMapping.message());
    }

    @Test
    void warnsAboutAMisspelledSourceFieldAndAboutACreditOnAGuide() {
        String misspelled = summary("", SOURCE.replace("  publication:", "  publisher: \"x\"\n  publication:"));
        ContentFile file = Fixtures.read(PATH, misspelled);
        assertFalse(file.hasErrors(), file.problems().toString());
        assertTrue(file.problems().get(0).message().contains("'source_summary.publisher' is not a field"),
                file.problems().toString());
        assertEquals(lineOf(misspelled, "  publisher"), file.problems().get(0).line());

        String onGuide = Fixtures.GUIDE.replace("effort: low\n", "effort: low\n" + SOURCE);
        ContentFile guide = Fixtures.read("guides/g.md", onGuide);
        assertFalse(guide.hasErrors());
        assertTrue(guide.problems().get(0).message().contains("'source_summary' is not a field"),
                guide.problems().toString());
    }

    @Test
    void aLongOddSourceCreditInEitherLanguageSurvivesExportImportExport() {
        Random random = new Random(16);
        List<String> pieces = List.of("Résumé", "l'été", "\"quoted\"", "#1", ": colon", "- dash", "{brace}",
                "[bracket]", "&amp;", "<script>alert(1)</script>", "Élèves à risque", "2SLGBTQ+", "🙂", "yes", "null",
                "~", "'single'", "\\back\\slash", "mentorat", "mentoring", "10%", "*bold*", "« guillemets »", "«",
                "\t");
        for (int i = 0; i < 300; i++) {
            String title = generated(random, pieces, 1 + random.nextInt(i % 10 == 0 ? 120 : 12), 1000);
            String author = generated(random, pieces, 1 + random.nextInt(6), 300);
            String publication = generated(random, pieces, 1 + random.nextInt(8), 500);
            String url = random.nextBoolean() ? "" : "https://example.org/" + i + "?q=" + (i * 7) + "#é";
            String language = random.nextBoolean() ? "en" : "fr";
            ResearchSummaryContent original = (ResearchSummaryContent) Fixtures.read(PATH, summary(CAUTIONS, ""))
                    .resource().orElseThrow();
            ResourceContent credited = original
                    .withHeader(original.header().toBuilder().language(language).translationOf("").build())
                    .withSourceSummary(new SourceSummary(title, author, publication, url));
            String exported = ContentWriter.write(credited);
            ContentFile again = Fixtures.read(PATH, exported);
            assertEquals(List.of(), again.problems(), exported);
            assertEquals(credited, again.resource().orElseThrow(), exported);
            assertEquals(exported, ContentWriter.write(again.resource().get()));
        }
    }

    /** Pieces joined by spaces, as many as fit in {@code max} characters (never cutting a piece in two). */
    private static String generated(Random random, List<String> pieces, int count, int max) {
        StringBuilder text = new StringBuilder(pieces.get(random.nextInt(pieces.size())));
        for (int i = 1; i < count; i++) {
            String piece = pieces.get(random.nextInt(pieces.size()));
            if (text.length() + 1 + piece.length() > max) {
                break;
            }
            text.append(' ').append(piece);
        }
        String value = text.toString().strip();
        return value.isEmpty() ? "x" : value;
    }

    private static Problem onlyError(ContentFile file) {
        List<Problem> errors = file.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), "expected one error, got " + file.problems());
        assertTrue(file.resource().isEmpty());
        return errors.get(0);
    }
}
