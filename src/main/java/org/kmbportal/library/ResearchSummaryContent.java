package org.kmbportal.library;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A research summary as the content format holds it: the common header, the study's citation, who summarized it,
 * the summary it builds on, the study's evidence and the body's sections.
 *
 * @param sourceSummary
 *            the summary published elsewhere that this one builds on, or {@link SourceSummary#NONE}
 * @param evidence
 *            the study's design and sample, or null when not stated
 * @param sections
 *            the body's sections that have text, by their key heading
 */
public record ResearchSummaryContent(ResourceHeader header, Citation citation, String summarizedBy,
        SourceSummary sourceSummary, Evidence evidence, Map<SummarySection, String> sections)
        implements
            ResourceContent {

    public ResearchSummaryContent {
        summarizedBy = summarizedBy == null ? "" : summarizedBy;
        sourceSummary = sourceSummary == null ? SourceSummary.NONE : sourceSummary;
        sections = sections == null || sections.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(sections));
    }

    @Override
    public ResourceType type() {
        return ResourceType.RESEARCH_SUMMARY;
    }

    public String section(SummarySection section) {
        return sections.getOrDefault(section, "");
    }

    @Override
    public Integer year() {
        if (citation != null && citation.year() != null) {
            return citation.year();
        }
        return header.published() == null ? null : header.published().getYear();
    }

    @Override
    public List<String> authors() {
        return citation == null ? List.of() : citation.authors();
    }

    @Override
    public String teaser() {
        return section(SummarySection.NOTES_OF_INTEREST);
    }

    @Override
    public ResearchSummaryContent withHeader(ResourceHeader newHeader) {
        return new ResearchSummaryContent(newHeader, citation, summarizedBy, sourceSummary, evidence, sections);
    }

    public ResearchSummaryContent withSourceSummary(SourceSummary source) {
        return new ResearchSummaryContent(header, citation, summarizedBy, source, evidence, sections);
    }
}
