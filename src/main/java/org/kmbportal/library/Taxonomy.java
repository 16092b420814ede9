package org.kmbportal.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabularies of one library, as read from its {@code taxonomy.yaml}: facet vocabularies that describe
 * resources, context facets that describe organizations, and synonym groups for search per language. Nothing about
 * the terms is fixed in code: another library with other terms and facets works unchanged.
 *
 * @param synonyms
 *            language code to groups of equivalent terms, each group a comma-separated line
 * @param descriptions
 *            vocabulary key to term key to what the term covers, in plain words (a context facet's: the ways
 *            organizations say the value, separated by commas); optional, read by matching
 */
public record Taxonomy(List<Vocabulary> vocabularies, Map<String, List<String>> synonyms,
        Map<String, Map<String, Label>> descriptions) {

    public static final Taxonomy EMPTY = new Taxonomy(List.of(), Map.of());

    public Taxonomy {
        vocabularies = List.copyOf(vocabularies);
        synonyms = Map.copyOf(synonyms);
        descriptions = descriptions.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    /** A taxonomy without descriptions. */
    public Taxonomy(List<Vocabulary> vocabularies, Map<String, List<String>> synonyms) {
        this(vocabularies, synonyms, Map.of());
    }

    /** What each term of the vocabulary covers, by term key (empty when the library describes none). */
    public Map<String, Label> descriptions(String vocabulary) {
        return descriptions.getOrDefault(vocabulary, Map.of());
    }

    public Optional<Vocabulary> vocabulary(String key) {
        return vocabularies.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    public List<Vocabulary> facets() {
        return vocabularies.stream().filter(v -> v.kind() == Vocabulary.Kind.FACET).toList();
    }

    public List<Vocabulary> contextFacets() {
        return vocabularies.stream().filter(v -> v.kind() == Vocabulary.Kind.CONTEXT).toList();
    }

    /** The capacities a partner organization may choose to build (empty when the library names none). */
    public List<Term> capacities() {
        return vocabularies.stream().filter(v -> v.kind() == Vocabulary.Kind.CAPACITY).findFirst()
                .map(Vocabulary::terms).orElse(List.of());
    }

    public Optional<Term> capacity(String key) {
        return capacities().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** A capacity's label, or its key when the library no longer names it (never fails while rendering). */
    public String capacityLabel(String key, String language) {
        return capacity(key).map(t -> t.label().in(language)).orElse(key);
    }

    public Optional<Vocabulary> facet(String key) {
        return vocabulary(key).filter(v -> v.kind() == Vocabulary.Kind.FACET);
    }

    public Optional<Vocabulary> contextFacet(String key) {
        return vocabulary(key).filter(v -> v.kind() == Vocabulary.Kind.CONTEXT);
    }

    /** The label of a term, or its key when the term is unknown (never fails while rendering a page). */
    public String label(String vocabulary, String term, String language) {
        return vocabulary(vocabulary).flatMap(v -> v.term(term)).map(t -> t.label().in(language)).orElse(term);
    }

    public List<String> synonyms(String language) {
        return synonyms.getOrDefault(language, List.of());
    }
}
