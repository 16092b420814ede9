package org.kmbportal.content;

import org.kmbportal.platform.WebLinks;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.Doi;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.Citation;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.SourceSummary;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Taxonomy;

/**
 * The shipped library is faithful where a machine can tell: the founding studies carry their exact citations and the
 * credit of the summaries they build on; a translation says the same as its original, section by section, point by
 * point; citations are complete; and the quarterly check-in stays what the founding study made it, its authors'
 * recommendation rather than a finding.
 */
class ShippedLibraryFidelityTest {

    private static final String LACHANCE = "lachance-2019-inter-organizational-mentoring";
    private static final String STOEGER = "stoeger-2021-professionalizing-mentoring";
    private static final String CHRONICLE = "The Chronicle of Evidence-Based Mentoring";
    private static final Pattern AUTHOR = Pattern.compile("\\p{Lu}[\\p{L}' .-]*, (\\p{Lu}\\.(-\\p{Lu}\\.)? ?)+");
    private static final Parser MARKDOWN = Parser.builder().build();

    private static List<ResourceContent> resources;
    private static List<CollectionContent> collections;
    private static Map<String, ResourceContent> byId;

    @BeforeAll
    static void readTheShippedFolder() {
        BatchValidator.Validated validated = BatchValidator.validate(ContentBatch.fromFolder(Fixtures.contentDir()),
                Taxonomy.EMPTY, id -> Optional.empty());
        assertEquals(List.of(), validated.report().problems());
        resources = validated.resources();
        collections = validated.collections();
        byId = resources.stream().collect(Collectors.toMap(ResourceContent::id, Function.identity()));
    }

    private static ResearchSummaryContent summary(String id) {
        return assertInstanceOf(ResearchSummaryContent.class, byId.get(id), id);
    }

    @Test
    void theFoundingStudiesCarryTheirExactCitationsInBothLanguages() {
        for (String id : List.of(LACHANCE, LACHANCE + "-fr")) {
            Citation c = summary(id).citation();
            assertEquals("10.1016/j.evalprogplan.2019.101679", c.doi(), id);
            assertEquals("https://doi.org/10.1016/j.evalprogplan.2019.101679", c.articleLink(), id);
            assertEquals("Evaluation and Program Planning", c.container(), id);
            assertEquals("76", c.volume(), id);
            assertEquals("101679", c.pages(), id + ": an article number, not pages 1-9");
            assertEquals(9, c.authors().size(), id);
            assertEquals("Lagacé, M. C.", c.authors().get(8), id);
        }
        for (String id : List.of(STOEGER, STOEGER + "-fr")) {
            Citation c = summary(id).citation();
            assertEquals("10.1111/nyas.14537", c.doi(), id);
            assertEquals(List.of("Stoeger, H.", "Balestrini, D. P.", "Ziegler, A."), c.authors(), id);
            assertEquals("1483", c.volume(), id);
            assertEquals("5-18", c.pages(), id);
        }
    }

    @Test
    void theFoundingStudiesCreditTheChronicleSummariesTheyBuildOn() {
        Map<String, String> authors = Map.of(LACHANCE, "Karina DeAndrade", STOEGER, "Ariel Ervin");
        authors.forEach((id, author) -> {
            for (String version : List.of(id, id + "-fr")) {
                SourceSummary source = summary(version).sourceSummary();
                assertEquals(author, source.author(), version);
                assertEquals(CHRONICLE, source.publication(), version);
                assertFalse(source.title().isBlank(), version);
                assertTrue(source.url().startsWith("https://www.evidencebasedmentoring.org/"), version);
                assertTrue(WebLinks.isHttp(source.url()), version);
            }
            assertEquals(summary(id).sourceSummary(), summary(id + "-fr").sourceSummary(), "one credit, " + id);
        });
    }

    @Test
    void theFoundingStudyFitsBothSidesOfAPartnership() {
        assertEquals(Map.of(), byId.get(LACHANCE).appliesWhen(),
                "intermediaries and mentor organizations, often large, are not ruled out");
        for (String id : List.of("crooks-2017-relationship-focused-mentoring-fnmi-youth",
                "patton-2011-developmental-evaluation")) {
            assertFalse(byId.get(id).appliesWhen().containsKey("staff_turnover"), id + " rules nobody out on turnover");
            assertEquals(List.of("high"), byId.get(id).cautionsWhen().get("staff_turnover"), id + " cautions");
        }
    }

    @Test
    void everyTranslationSaysTheSameAsItsOriginalSectionBySectionAndPointByPoint() {
        List<String> differences = new ArrayList<>();
        int translations = 0;
        for (ResourceContent translation : resources) {
            if (translation.translationOf().isEmpty()) {
                continue;
            }
            translations++;
            ResourceContent original = byId.get(translation.translationOf());
            String pair = translation.id() + " / " + translation.translationOf();
            if (original == null || original.language().equals(translation.language())
                    || original.type() != translation.type()) {
                differences.add(pair + ": no original of the same type in the other language");
                continue;
            }
            same(differences, pair, "terms", original.terms(), translation.terms());
            same(differences, pair, "applies_when", original.appliesWhen(), translation.appliesWhen());
            same(differences, pair, "cautions_when", original.cautionsWhen(), translation.cautionsWhen());
            if (translation.published().isBefore(original.published())) {
                differences.add(pair + ": published before its original");
            }
            if (original instanceof ResearchSummaryContent originalSummary
                    && translation instanceof ResearchSummaryContent translatedSummary) {
                compareSummaries(differences, pair, originalSummary, translatedSummary);
            } else if (original instanceof PracticeGuideContent originalGuide
                    && translation instanceof PracticeGuideContent translatedGuide) {
                compareGuides(differences, pair, originalGuide, translatedGuide);
            }
        }
        assertTrue(translations >= 15, translations + " translations");
        assertEquals(List.of(), differences);
    }

    private static void compareSummaries(List<String> differences, String pair, ResearchSummaryContent original,
            ResearchSummaryContent translation) {
        same(differences, pair, "citation", original.citation(), translation.citation());
        same(differences, pair, "design", original.evidence().design(), translation.evidence().design());
        same(differences, pair, "source_summary", original.sourceSummary(), translation.sourceSummary());
        same(differences, pair, "sections", original.sections().keySet(), translation.sections().keySet());
        for (SummarySection section : original.sections().keySet()) {
            same(differences, pair, section.heading(), shape(original.section(section)),
                    shape(translation.section(section)));
        }
    }

    private static void compareGuides(List<String> differences, String pair, PracticeGuideContent original,
            PracticeGuideContent translation) {
        same(differences, pair, "based_on", original.basedOn(), translation.basedOn());
        same(differences, pair, "effort", original.effort(), translation.effort());
        same(differences, pair, "shape of the summary", shape(original.summary()),
                shape(translation.summary()));
        same(differences, pair, "shape of the body", shape(original.body()), shape(translation.body()));
    }

    @Test
    void citationsListEveryAuthorAndDoisBelongToOneStudy() {
        List<String> problems = new ArrayList<>();
        Map<String, String> titleOfDoi = new HashMap<>();
        for (ResourceContent resource : resources) {
            if (!(resource instanceof ResearchSummaryContent r)) {
                continue;
            }
            for (String author : r.citation().authors()) {
                if (!AUTHOR.matcher(author).matches()) {
                    problems.add(r.id() + ": author '" + author + "' is not a full \"Family, I.\" name");
                }
            }
            String doi = Doi.key(r.citation().doi());
            if (!doi.isEmpty()) {
                String title = titleOfDoi.putIfAbsent(doi, r.citation().title());
                if (title != null && !title.equals(r.citation().title())) {
                    problems.add(r.id() + ": DOI " + doi + " also names '" + title + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onlyTheFoundingStudyRecommendsQuarterlyCheckInsAndGuidesSayItIsARecommendation() {
        Pattern quarterly = Pattern.compile("(?i)quarter|trimest");
        Pattern recommendation = Pattern.compile("(?i)recommend|suggest|recommand|suggère");
        List<String> problems = new ArrayList<>();
        for (ResourceContent r : resources) {
            String text = switch (r) {
                case ResearchSummaryContent summary -> String.join("\n", summary.sections().values());
                case PracticeGuideContent guide -> guide.summary() + "\n" + guide.body();
            };
            if (!quarterly.matcher(text).find()) {
                continue;
            }
            if (r.isSummary() && !r.id().startsWith(LACHANCE)) {
                problems.add(r.id() + ": a summary whose study did not look at quarterly check-ins mentions them");
            }
            boolean citesLachance = r.id().startsWith(LACHANCE)
                    || r instanceof PracticeGuideContent guide && guide.basedOn().contains(LACHANCE);
            if (citesLachance && !recommendation.matcher(text).find()) {
                problems.add(r.id() + ": presents quarterly check-ins without saying they are a recommendation");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(summary(LACHANCE).section(SummarySection.IMPLICATIONS)
                .contains("consider adding planned check-ins each quarter"));
        assertFalse(summary(LACHANCE).section(SummarySection.KEY_FINDINGS).toLowerCase().contains("quarter"),
                "not a finding");
    }

    @Test
    void guidesRestOnResearchSummariesThatExist() {
        List<String> problems = new ArrayList<>();
        for (ResourceContent resource : resources) {
            if (!(resource instanceof PracticeGuideContent guide)) {
                continue;
            }
            for (String id : guide.basedOn()) {
                ResourceContent evidence = byId.get(id);
                if (evidence == null || evidence.type() != ResourceType.RESEARCH_SUMMARY) {
                    problems.add(guide.id() + " -> " + id);
                }
            }
            if (guide.basedOn().isEmpty()) {
                problems.add(guide.id() + " rests on no summary");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePartnershipGuideKeepsItsStableIdInBothLanguages() {
        PracticeGuideContent guide = assertInstanceOf(PracticeGuideContent.class,
                byId.get("guide-partnership-workspace"));
        assertTrue(guide.terms("program_models").contains("inter-organizational"));
        assertTrue(guide.basedOn().contains(LACHANCE));
        assertTrue(resources.stream().anyMatch(r -> r.translationOf().equals("guide-partnership-workspace")
                && r.language().equals("fr")));
    }

    @Test
    void frenchReadersHaveACollectionOfFrenchResources() {
        CollectionContent french = collections.stream().filter(c -> c.language().equals("fr")).findFirst()
                .orElseThrow(() -> new AssertionError("no French collection"));
        assertTrue(french.items().size() >= 5);
        french.items().stream().filter(i -> i.isResource()).forEach(
                i -> assertEquals("fr", byId.get(i.resource()).language(), i.resource() + " in " + french.id()));
    }

    /**
     * The outline of a Markdown text: its headings and, in order, each block's kind with the number of items of each
     * list, so that two texts in different languages compare equal when they make the same points in the same order.
     */
    private static List<String> shape(String markdown) {
        List<String> outline = new ArrayList<>();
        for (Node block = MARKDOWN.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                outline.add("h" + heading.getLevel());
            } else if (block instanceof ListBlock list) {
                int items = 0;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    items++;
                }
                outline.add((list instanceof OrderedList ? "steps:" : list instanceof BulletList ? "points:" : "list:")
                        + items);
            } else {
                outline.add(block.getClass().getSimpleName());
            }
        }
        return outline;
    }

    private static void same(List<String> differences, String pair, String what, Object original,
            Object translation) {
        if (!java.util.Objects.equals(original, translation)) {
            differences.add(pair + ": " + what + " differs (" + original + " / " + translation + ")");
        }
    }
}
