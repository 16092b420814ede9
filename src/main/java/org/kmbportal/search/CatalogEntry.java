package org.kmbportal.search;

import java.util.List;
import java.util.Map;

/**
 * What matching needs to know of every published item, read from the index's doc values (no stored text).
 *
 * @param terms
 *            vocabulary key to term keys
 * @param conditions
 *            applies_when: facet key to the values for which the item fits
 * @param cautions
 *            cautions_when: facet key to the values for which the item fits, with a caution
 * @param design
 *            the evidence design key of a research summary, else empty
 * @param translationGroup
 *            shared by an item and its translations
 * @param publishedDay
 *            the day it was added to the library (epoch day)
 */
public record CatalogEntry(String id, String type, String language, Integer year, long publishedDay,
        Map<String, List<String>> terms, Map<String, List<String>> conditions, Map<String, List<String>> cautions,
        String design, String translationGroup) {

    /** An item without cautions. */
    public CatalogEntry(String id, String type, String language, Integer year, long publishedDay,
            Map<String, List<String>> terms, Map<String, List<String>> conditions, String design,
            String translationGroup) {
        this(id, type, language, year, publishedDay, terms, conditions, Map.of(), design, translationGroup);
    }

    public List<String> terms(String vocabulary) {
        return terms.getOrDefault(vocabulary, List.of());
    }
}
