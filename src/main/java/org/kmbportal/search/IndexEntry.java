package org.kmbportal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the index holds of one published item, whatever its kind: the index's view of a resource or a public
 * collection, built by {@link LibraryReader} from the database. Pure data, so the mapping to a document can be tested
 * without a database.
 *
 * @param translationOf
 *            the id of the item this one translates, or empty
 * @param terms
 *            vocabulary key to term keys
 * @param conditions
 *            applies_when: facet to the values for which the item fits
 * @param cautions
 *            cautions_when: facet to the values for which the item fits with a caution
 * @param notes
 *            the text that says what the item is about (notes of interest, a guide's summary, a description)
 * @param body
 *            the rest of its text, as Markdown
 * @param items
 *            a collection's library resources (their ids, in reading order); empty for a resource
 */
public record IndexEntry(String id, String type, long version, String title, String language, String translationOf,
        Integer year,
        LocalDate published, List<String> authors, String citation, String design, String evidenceSample,
        Map<String, List<String>> terms, Map<String, List<String>> conditions, Map<String, List<String>> cautions,
        String notes, String body, List<String> items) {

    /** A resource (it holds no items). */
    public IndexEntry(String id, String type, long version, String title, String language, String translationOf,
            Integer year, LocalDate published, List<String> authors, String citation, String design,
            String evidenceSample, Map<String, List<String>> terms, Map<String, List<String>> conditions,
            Map<String, List<String>> cautions, String notes, String body) {
        this(id, type, version, title, language, translationOf, year, published, authors, citation, design,
                evidenceSample, terms, conditions, cautions, notes, body, List.of());
    }

    public IndexEntry {
        items = items == null ? List.of() : List.copyOf(items);
        authors = List.copyOf(authors);
        terms = ordered(terms);
        conditions = ordered(conditions);
        cautions = ordered(cautions);
        citation = citation == null ? "" : citation;
        translationOf = translationOf == null ? "" : translationOf;
        design = design == null ? "" : design;
        evidenceSample = evidenceSample == null ? "" : evidenceSample;
    }

    /**
     * An unmodifiable copy in the order of its keys: the mapping writes terms in this order and matching lists
     * reasons in it, so it must be the same at every start ({@code Map.copyOf}'s order changes from one JVM to the
     * next).
     */
    private static Map<String, List<String>> ordered(Map<String, List<String>> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }
}
