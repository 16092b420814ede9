package org.kmbportal.search;

import org.kmbportal.library.Taxonomy;

/** Keeps the analyzers built for the current taxonomy; a new taxonomy (new synonyms) builds new ones. */
final class AnalysisCache {

    private record Built(Taxonomy taxonomy, Analysis analysis) {
    }

    private static volatile Built built;

    private AnalysisCache() {
    }

    static Analysis of(Taxonomy taxonomy) {
        Built current = built;
        if (current == null || current.taxonomy() != taxonomy) {
            current = new Built(taxonomy, new Analysis(taxonomy.synonyms()));
            built = current;
        }
        return current.analysis();
    }
}
