package org.kmbportal.library;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything an editor writes about one resource, as the content format holds it: an immutable value that the
 * importer produces, the exporter writes, revisions keep and the entities are updated from. Fields of the other type
 * are empty (a practice guide has no citation; a research summary has no guide body).
 *
 * @param terms
 *            vocabulary key (such as {@code topics}) to term keys, in the author's order
 * @param appliesWhen
 *            context facet key to the values for which the resource fits; a missing facet fits any value
 * @param cautionsWhen
 *            context facet key to the values for which the resource still fits, but with a caution the reader sees
 * @param sourceSummary
 *            the summary published elsewhere that a research summary builds on, or {@link SourceSummary#NONE}
 */
public record ResourceContent(String id, ResourceType type, String title, String language, String translationOf,
        LocalDate published, PublicationStatus status, Map<String, List<String>> terms,
        Map<String, List<String>> appliesWhen, Map<String, List<String>> cautionsWhen, Citation citation,
        String summarizedBy, SourceSummary sourceSummary, Evidence evidence, Map<SummarySection, String> sections,
        String summary, String body, Effort effort, List<String> basedOn) {

    public ResourceContent {
        translationOf = translationOf == null ? "" : translationOf;
        terms = copy(terms);
        appliesWhen = copy(appliesWhen);
        cautionsWhen = copy(cautionsWhen);
        sourceSummary = sourceSummary == null ? SourceSummary.NONE : sourceSummary;
        sections = sections == null || sections.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(sections));
        summarizedBy = summarizedBy == null ? "" : summarizedBy;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        basedOn = basedOn == null ? List.of() : List.copyOf(basedOn);
    }

    /** A resource with no cautions and no source credit (the fields the content format gained later). */
    public ResourceContent(String id, ResourceType type, String title, String language, String translationOf,
            LocalDate published, PublicationStatus status, Map<String, List<String>> terms,
            Map<String, List<String>> appliesWhen, Citation citation, String summarizedBy, Evidence evidence,
            Map<SummarySection, String> sections, String summary, String body, Effort effort, List<String> basedOn) {
        this(id, type, title, language, translationOf, published, status, terms, appliesWhen, Map.of(), citation,
                summarizedBy, SourceSummary.NONE, evidence, sections, summary, body, effort, basedOn);
    }

    public List<String> terms(String vocabulary) {
        return terms.getOrDefault(vocabulary, List.of());
    }

    public String section(SummarySection section) {
        return sections.getOrDefault(section, "");
    }

    public boolean isSummary() {
        return type == ResourceType.RESEARCH_SUMMARY;
    }

    /** The year readers know the resource by: the study's year for a summary, else the year it was published here. */
    public Integer year() {
        if (citation != null && citation.year() != null) {
            return citation.year();
        }
        return published == null ? null : published.getYear();
    }

    public ResourceContent withStatus(PublicationStatus newStatus) {
        return new ResourceContent(id, type, title, language, translationOf, published, newStatus, terms, appliesWhen,
                cautionsWhen, citation, summarizedBy, sourceSummary, evidence, sections, summary, body, effort,
                basedOn);
    }

    public ResourceContent withPublished(LocalDate date) {
        return new ResourceContent(id, type, title, language, translationOf, date, status, terms, appliesWhen,
                cautionsWhen, citation, summarizedBy, sourceSummary, evidence, sections, summary, body, effort,
                basedOn);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        if (source == null || source.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((key, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(key, List.copyOf(values));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
