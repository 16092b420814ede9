package org.kmbportal.content;

import java.util.List;
import java.util.Set;

/** The front-matter field names of the content format, by type. */
final class ResourceFields {

    static final List<String> COMMON = List.of("id", "type", "title", "language", "translation_of", "published",
            "status", "applies_when", "cautions_when");
    static final List<String> SUMMARY = List.of("citation", "summarized_by", "source_summary", "evidence");
    static final List<String> GUIDE = List.of("summary", "based_on", "effort");
    static final List<String> COLLECTION = List.of("curator", "description", "visibility", "items");
    static final List<String> CITATION = List.of("authors", "year", "title", "container", "volume", "issue", "pages",
            "doi", "url");
    static final List<String> SOURCE_SUMMARY = List.of("title", "author", "publication", "url");
    static final Set<String> ALL = Set.copyOf(concat(COMMON, SUMMARY, GUIDE, COLLECTION));

    private ResourceFields() {
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
