package org.kmbportal.search;

import java.io.IOException;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet state of its reader. The state is built when the searcher is created, which
 * happens on refresh (off the request path), so queries never pay for it.
 */
final class FacetSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    private FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
        super(reader);
        this.facetState = facetState;
    }

    /** Null when the index holds no facet yet (it is empty). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(org.apache.lucene.facet.FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                SortedSetDocValuesReaderState state = null;
                if (reader.numDocs() > 0) {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                }
                return new FacetSearcher(reader, state);
            }
        };
    }
}
