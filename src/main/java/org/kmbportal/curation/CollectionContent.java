package org.kmbportal.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A collection as the content format holds it: an immutable value exchanged with files and the API. */
public record CollectionContent(String id, String title, String language, LocalDate published,
        Map<String, List<String>> terms, String curator, String description, Visibility visibility,
        List<CollectionEntry> items) {

    public CollectionContent {
        // Keeps the author's order of vocabularies (Map.copyOf would not), so files round-trip unchanged.
        terms = terms == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
        curator = curator == null ? "" : curator.strip();
        description = description == null ? "" : description.strip();
        items = List.copyOf(items);
    }
}
