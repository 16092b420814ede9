package org.kmbportal.curation;

import org.kmbportal.platform.PlainText;

import java.util.List;
import java.util.Set;

/**
 * What a curator writes when creating or editing a collection (the edit page and the API), before it is checked.
 *
 * @param organizations
 *            the organizations a shared collection is shared with (ignored for other visibilities)
 */
public record CollectionDraft(String title, String curator, String description, String language,
        Visibility visibility, Set<Long> organizations, List<CollectionEntry> items) {

    public CollectionDraft {
        title = PlainText.visibleOrEmpty(title);
        curator = PlainText.visibleOrEmpty(curator);
        description = PlainText.withPlainLineEnds(PlainText.visibleOrEmpty(description));
        language = language == null || language.isBlank() ? "en" : language.strip();
        visibility = visibility == null ? Visibility.PRIVATE : visibility;
        organizations = organizations == null || visibility != Visibility.SHARED ? Set.of() : Set.copyOf(organizations);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static CollectionDraft of(CollectionContent content, Set<Long> organizations) {
        return new CollectionDraft(content.title(), content.curator(), content.description(), content.language(),
                content.visibility(), organizations, content.items());
    }

    CollectionContent toContent(String id, CollectionContent previous) {
        return new CollectionContent(id, title, language,
                previous == null ? java.time.LocalDate.now() : previous.published(),
                previous == null ? null : previous.terms(), curator, description, visibility, items,
                // The name in the other language stays while the curator's name and language are the same.
                previous != null && previous.curator().equals(curator) && previous.language().equals(language)
                        ? previous.curatorTranslated()
                        : "");
    }
}
