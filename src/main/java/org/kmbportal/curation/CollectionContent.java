package org.kmbportal.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A collection as the content format holds it: an immutable value exchanged with files and the API.
 *
 * @param curator
 *            the curator's name in the collection's language
 * @param curatorTranslated
 *            the curator's name in the other language, where the content gives both ({@code curator: {en: …, fr: …}}),
 *            or empty
 */
public record CollectionContent(String id, String title, String language, LocalDate published,
        Map<String, List<String>> terms, String curator, String description, Visibility visibility,
        List<CollectionEntry> items, String curatorTranslated) {

    public CollectionContent {
        // Keeps the author's order of vocabularies (Map.copyOf would not), so files round-trip unchanged.
        terms = terms == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
        curator = curator == null ? "" : curator.strip();
        curatorTranslated = curatorTranslated == null ? "" : curatorTranslated.strip();
        description = description == null ? "" : description.strip();
        items = List.copyOf(items);
    }

    /** A collection whose curator's name is given in its own language only. */
    public CollectionContent(String id, String title, String language, LocalDate published,
            Map<String, List<String>> terms, String curator, String description, Visibility visibility,
            List<CollectionEntry> items) {
        this(id, title, language, published, terms, curator, description, visibility, items, "");
    }

    /** The curator's name as a reader of {@code readerLanguage} sees it: in their language where the content has it. */
    public String curatorFor(String readerLanguage) {
        return !readerLanguage.equals(language) && !curatorTranslated.isEmpty() ? curatorTranslated : curator;
    }

    /** The language of {@link #curatorFor}'s name, for the page's {@code lang}. */
    public String curatorLanguageFor(String readerLanguage) {
        return !readerLanguage.equals(language) && !curatorTranslated.isEmpty() ? readerLanguage : language;
    }
}
