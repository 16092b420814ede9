package org.kmbportal.editorial.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kmbportal.content.BatchValidator;
import org.kmbportal.content.ContentBatch;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;
import org.kmbportal.library.Taxonomy;

/** What the editor is told after saving markup the page drops, on the shipped library. */
class RemovedMarkupTest {

    private static final List<ResourceContent> SHIPPED = BatchValidator.validate(ContentBatch.fromFolder(Path.of(
            System.getProperty("kmb.content.dir", "content"))), Taxonomy.EMPTY, id -> Optional.empty()).resources();

    @Test
    void savingAShippedResourceAsItIsWarnsOfNothing() {
        assertTrue(SHIPPED.size() > 20, "the shipped library is read");
        for (ResourceContent resource : SHIPPED) {
            assertEquals(Optional.empty(), RemovedMarkup.of(resource), resource.id());
        }
    }

    /** Found by a user session: "<b>gras</b> <script>alert(1)</script>" added to a section; the script vanished. */
    @Test
    void markupThePageDropsIsNamedOnceWhereverItIsWritten() {
        for (ResourceContent resource : SHIPPED) {
            ResourceContent edited = switch (resource) {
                case ResearchSummaryContent summary -> {
                    EnumMap<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
                    sections.putAll(summary.sections());
                    SummarySection last = sections.keySet().stream().reduce((a, b) -> b).orElseThrow();
                    sections.put(last, sections.get(last) + "\n\n<b>gras</b> <script>alert(1)</script> <SPAN>x</SPAN>");
                    sections.put(sections.keySet().iterator().next(), "<span>y</span> " + sections.get(sections
                            .keySet().iterator().next()));
                    yield new ResearchSummaryContent(summary.header(), summary.citation(), summary.summarizedBy(),
                            summary.sourceSummary(), summary.evidence(), sections);
                }
                case PracticeGuideContent guide -> new PracticeGuideContent(guide.header(), guide.summary()
                        + " <span>y</span>", guide.body() + "\n\n<b>gras</b> <script>alert(1)</script>",
                        guide
                                .effort(),
                        guide.basedOn());
            };
            assertEquals(Optional.of("<script>, <span>"), RemovedMarkup.of(edited), resource.id());
        }
    }
}
