package org.kmbportal.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything an editor writes about one resource, as the content format holds it: an immutable value that the
 * importer produces, the exporter writes, revisions keep and the entities are updated from. A resource is one of two
 * kinds sharing a {@link ResourceHeader}: a {@link ResearchSummaryContent} (a study's citation, evidence and
 * sections) or a {@link PracticeGuideContent} (a summary, steps and the summaries it rests on); code that needs the
 * kind's own parts switches on it.
 */
public sealed interface ResourceContent permits ResearchSummaryContent, PracticeGuideContent {

    ResourceHeader header();

    ResourceType type();

    /** The same resource with another header (its kind's own parts unchanged). */
    ResourceContent withHeader(ResourceHeader header);

    /** The year readers know the resource by: the study's year for a summary, else the year it was published here. */
    Integer year();

    /** The authors a card lists: a summary's study authors; none for a guide (the portal wrote it). */
    List<String> authors();

    /** Markdown a list shows under the title: a summary's notes of interest, a guide's one-paragraph summary. */
    String teaser();

    default String id() {
        return header().id();
    }

    default String title() {
        return header().title();
    }

    default String language() {
        return header().language();
    }

    default String translationOf() {
        return header().translationOf();
    }

    default LocalDate published() {
        return header().published();
    }

    default PublicationStatus status() {
        return header().status();
    }

    default Map<String, List<String>> terms() {
        return header().terms();
    }

    default List<String> terms(String vocabulary) {
        return header().terms(vocabulary);
    }

    default Map<String, List<String>> appliesWhen() {
        return header().appliesWhen();
    }

    default Map<String, List<String>> cautionsWhen() {
        return header().cautionsWhen();
    }

    default boolean isSummary() {
        return this instanceof ResearchSummaryContent;
    }

    default ResourceContent withStatus(PublicationStatus newStatus) {
        return withHeader(header().withStatus(newStatus));
    }

    default ResourceContent withPublished(LocalDate date) {
        return withHeader(header().withPublished(date));
    }
}
