package org.kmbportal.library;

import java.time.LocalDate;
import java.util.List;

/**
 * What a list of resources shows of each one.
 *
 * @param teaser
 *            Markdown: a summary's notes of interest, or a guide's one-paragraph summary
 */
public record ResourceCard(String id, ResourceType type, String title, String language, Integer year,
        LocalDate published, List<String> authors, List<String> topics, String teaser) {

    public ResourceCard {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
    }

    static ResourceCard of(Resource resource) {
        ResourceContent content = resource.toContent();
        return new ResourceCard(content.id(), content.type(), content.title(), content.language(), content.year(),
                content.published(), content.authors(), content.terms("topics"), content.teaser());
    }
}
