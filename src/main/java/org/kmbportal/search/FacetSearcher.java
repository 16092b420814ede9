package org.kmbportal.search;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet state and the matching catalog of its reader. Both are built when the searcher
 * is created, which happens on refresh (off the request path), so queries never pay for them.
 */
final class FacetSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final java.util.List<CatalogEntry> catalog;
    private final CatalogEntry[][] byLeaf;

    private FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState,
            java.util.List<CatalogEntry> catalog, CatalogEntry[][] byLeaf) {
        super(reader);
        this.facetState = facetState;
        this.catalog = catalog;
        this.byLeaf = byLeaf;
    }

    /**
     * A segment's catalog entries by document number (the segment's {@code ord} among the reader's leaves): what
     * search needs of every matching document (its id, language, translation group) without reading doc values.
     */
    CatalogEntry[] entries(int leafOrd) {
        return leafOrd < byLeaf.length ? byLeaf[leafOrd] : null;
    }

    /** Every item's matching features, as of this searcher. */
    java.util.List<CatalogEntry> catalog() {
        return catalog;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Set<String>> groupsIn = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The translation groups of the items that have a version in the language (an item's group is its original's
     * id), worked out once per searcher: matching asks for every profile.
     */
    java.util.Set<String> groupsIn(String language) {
        return groupsIn.computeIfAbsent(language, l -> {
            java.util.Set<String> groups = new java.util.HashSet<>();
            for (CatalogEntry entry : catalog) {
                if (entry.language().equals(l)) {
                    groups.add(entry.translationGroup());
                }
            }
            return java.util.Collections.unmodifiableSet(groups);
        });
    }

    /** Null when the index holds no facet yet (it is empty). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(org.apache.lucene.facet.FacetsConfig config) {
        Catalog catalog = new Catalog();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                SortedSetDocValuesReaderState state = null;
                if (reader.numDocs() > 0) {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                }
                Catalog.Read read = catalog.readAll(reader);
                return new FacetSearcher(reader, state, java.util.List.copyOf(read.entries()), read.byLeaf());
            }
        };
    }
}
