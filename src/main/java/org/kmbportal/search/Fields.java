package org.kmbportal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;

/** Field names of the index, the weight each text field carries, and the facet dimensions. */
final class Fields {

    static final String ID = "id";
    static final String VERSION = "version";
    static final String TYPE = "type";
    static final String LANGUAGE = "language";
    static final String DESIGN = "design";
    static final String YEAR = "year";
    static final String PUBLISHED = "published";
    static final String TITLE_STORED = "title_stored";
    static final String AUTHORS = "authors";
    static final String SPELL = "spell";
    static final String SUGGEST = "suggest";
    static final String CONDITION = "condition";
    static final String CONDITION_FACET = "condition_facet";
    /** cautions_when as "facet=value" doc values, read by matching only. */
    static final String CAUTION = "caution";
    static final String TERM = "term";
    /** The id shared by a resource and its translations: the original's id. */
    static final String TRANSLATION_GROUP = "translation_group";
    /** The sentence embedding of what an item is about (its title and notes), for semantic retrieval. */
    static final String MEANING = "meaning";
    /** A collection's library resources (their ids), stored: matching reads a collection through them. */
    static final String ITEM = "item";

    /** Text fields, each indexed as {@code <name>_en} or {@code <name>_fr} by the analyzer of the text's language. */
    static final List<String> TEXT_FIELDS = List.of("title", "terms", "citation", "notes", "body");

    /** Fields whose text is stored for highlighting snippets. */
    static final List<String> SNIPPET_FIELDS = List.of("notes", "body");

    /**
     * How much a match in each field counts: what a resource is called, who wrote it and what it is about weigh more
     * than a word somewhere in its body.
     */
    static final Map<String, Float> WEIGHTS = weights();

    /** Facet dimensions that are not vocabularies. */
    static final List<String> FIXED_DIMENSIONS = List.of(TYPE, LANGUAGE, DESIGN);

    private Fields() {
    }

    private static Map<String, Float> weights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        Map<String, Float> base = new LinkedHashMap<>();
        base.put("title", 3.0f);
        base.put("terms", 2.0f);
        base.put("citation", 1.5f);
        base.put("notes", 1.5f);
        base.put("body", 1.0f);
        for (String field : TEXT_FIELDS) {
            weights.put(field + "_en", base.get(field));
            weights.put(field + "_fr", base.get(field));
        }
        weights.put(AUTHORS, 2.5f);
        // In this order: the query parser adds a clause per field in it, and a sum's order moves near-tied scores.
        return java.util.Collections.unmodifiableMap(weights);
    }

    /** The facet dimension of a vocabulary: its key in the singular ({@code topics} gives {@code topic}). */
    static String dimension(String vocabulary) {
        String lower = vocabulary.toLowerCase(Locale.ROOT);
        return lower.endsWith("s") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
    }

    static FacetsConfig facetsConfig(List<String> vocabularies) {
        FacetsConfig config = new FacetsConfig();
        for (String vocabulary : vocabularies) {
            config.setMultiValued(dimension(vocabulary), true);
        }
        return config;
    }

    static String text(String field, String language) {
        return field + "_" + ("fr".equals(language) ? "fr" : "en");
    }
}
