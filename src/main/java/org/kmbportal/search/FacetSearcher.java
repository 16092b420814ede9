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
    private final FacetValues.Segment[] facetValues;

    private FacetSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState,
            java.util.List<CatalogEntry> catalog, CatalogEntry[][] byLeaf, FacetValues.Segment[] facetValues) {
        super(reader);
        this.facetState = facetState;
        this.catalog = catalog;
        this.byLeaf = byLeaf;
        this.facetValues = facetValues;
        this.linkedByLeaf = new int[byLeaf.length][];
    }

    /** Each segment's facet values and years in memory, by leaf {@code ord}; null when {@link #facetState} is. */
    FacetValues.Segment[] facetValues() {
        return facetValues;
    }

    /**
     * A segment's catalog entries by document number (the segment's {@code ord} among the reader's leaves): what
     * search needs of every matching document (its id, language, translation group) without reading doc values.
     */
    CatalogEntry[] entries(int leafOrd) {
        return leafOrd < byLeaf.length ? byLeaf[leafOrd] : null;
    }

    private final int[][] linkedByLeaf;

    /**
     * The documents of a segment that name another as their original (a translation whose {@code translation_of} is
     * set), in order; null when the segment has no catalog. Worked out once per segment and searcher: a library has few
     * translations, so a search can look at them alone instead of at every match ({@link Translations}).
     */
    int[] linkedDocs(int leafOrd) {
        CatalogEntry[] entries = entries(leafOrd);
        if (entries == null) {
            return null;
        }
        int[] linked = linkedByLeaf[leafOrd];
        if (linked == null) {
            // Benign race: two threads may both work it out, with the same answer.
            linked = linked(entries);
            linkedByLeaf[leafOrd] = linked;
        }
        return linked;
    }

    private volatile Boolean anyLinked;

    /**
     * Whether some document may name another as its original: false when every segment's catalog says none does (a
     * library without translations), so that a search need not look for the versions to hide ({@link Translations}).
     */
    boolean anyLinked() {
        Boolean known = anyLinked;
        if (known == null) {
            boolean any = false;
            for (org.apache.lucene.index.LeafReaderContext leaf : getIndexReader().leaves()) {
                int[] docs = linkedDocs(leaf.ord);
                any |= docs == null || docs.length > 0;
            }
            known = any;
            anyLinked = known;
        }
        return known;
    }

    private volatile org.apache.lucene.index.FieldInfos fieldInfos;

    /**
     * The reader's fields as one {@link org.apache.lucene.index.FieldInfos}, merged once per searcher: the highlighter
     * merged every segment's again for each search ({@link Snippets}).
     */
    org.apache.lucene.index.FieldInfos fieldInfos() {
        org.apache.lucene.index.FieldInfos known = fieldInfos;
        if (known == null) {
            known = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(getIndexReader());
            fieldInfos = known;
        }
        return known;
    }

    private static int[] linked(CatalogEntry[] entries) {
        int[] docs = new int[16];
        int count = 0;
        for (int doc = 0; doc < entries.length; doc++) {
            CatalogEntry entry = entries[doc];
            if (entry != null && !entry.id().equals(entry.translationGroup())) {
                if (count == docs.length) {
                    docs = java.util.Arrays.copyOf(docs, count * 2);
                }
                docs[count++] = doc;
            }
        }
        return java.util.Arrays.copyOf(docs, count);
    }

    private volatile java.util.Set<String> named;

    /**
     * Whether some version of the library names this id as its original, or the id is one such version: false for
     * an untranslated resource, which has no other version to look for.
     */
    boolean translated(String id, String group) {
        java.util.Set<String> originals = named;
        if (originals == null) {
            originals = new java.util.HashSet<>();
            for (CatalogEntry entry : catalog) {
                if (!entry.id().equals(entry.translationGroup())) {
                    originals.add(entry.translationGroup());
                }
            }
            named = originals;
        }
        return !id.equals(group) || originals.contains(id);
    }

    /** The catalog's resources' translation groups by id, and its collections' ids ({@link #groups()}). */
    private record Groups(java.util.Map<String, String> ofResource, java.util.List<String> collections) {
    }

    private volatile Groups groups;

    /**
     * Each resource's translation group by its id, and the collections' ids: worked out once per searcher (matching
     * reads a collection through its items' groups on every request).
     */
    private Groups groups() {
        Groups known = groups;
        if (known == null) {
            java.util.Map<String, String> ofResource = new java.util.HashMap<>();
            java.util.List<String> collections = new java.util.ArrayList<>();
            for (CatalogEntry entry : catalog) {
                if ("collection".equals(entry.type())) {
                    collections.add(entry.id());
                } else {
                    ofResource.put(entry.id(), entry.translationGroup());
                }
            }
            known = new Groups(java.util.Map.copyOf(ofResource), java.util.List.copyOf(collections));
            groups = known;
        }
        return known;
    }

    /** A resource's translation group (its own id when it has none or is not a resource of the catalog). */
    String groupOf(String id) {
        return groups().ofResource().getOrDefault(id, id);
    }

    /** Whether the id is a resource of the catalog (not a collection). */
    boolean isResource(String id) {
        return groups().ofResource().containsKey(id);
    }

    /** The catalog's collections' ids. */
    java.util.List<String> collections() {
        return groups().collections();
    }

    /** How many queries' strong matches are kept ({@link #strongAlone}). */
    private static final int STRONG_QUERIES = 128;

    private final java.util.Map<String, java.util.Set<Integer>> strongAlone = new java.util.LinkedHashMap<>(
            STRONG_QUERIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, java.util.Set<Integer>> eldest) {
            return size() > STRONG_QUERIES;
        }
    };

    /**
     * The documents of a query's strong matches without filters, worked out once per query and searcher (the most
     * recent ones kept): a reader who ticks a filter after searching asks for them again, and each costs a ranking.
     */
    java.util.Set<Integer> strongAlone(String key, StrongWork work) throws IOException {
        synchronized (strongAlone) {
            java.util.Set<Integer> known = strongAlone.get(key);
            if (known != null) {
                return known;
            }
        }
        java.util.Set<Integer> found = java.util.Set.copyOf(work.find());
        synchronized (strongAlone) {
            strongAlone.put(key, found);
        }
        return found;
    }

    /** Works out a query's strong matches. */
    interface StrongWork {
        java.util.Set<Integer> find() throws IOException;
    }

    /** How many challenge texts' relevance is kept ({@link #relevance}). */
    private static final int RELEVANCE_TEXTS = 64;

    /** A challenge text's relevance, with the analysis (taxonomy and synonyms) it was worked out with. */
    private record Relevance(Object analysis, java.util.Map<String, Float> scores) {
    }

    private final java.util.Map<String, Relevance> relevance = new java.util.LinkedHashMap<>(RELEVANCE_TEXTS, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Relevance> eldest) {
            return size() > RELEVANCE_TEXTS;
        }
    };

    /**
     * How well each item answers a challenge text ({@link ChallengeSearch#relevance}), worked out once per text,
     * analysis and searcher (the most recent ones kept): an organization's challenges are the same for each match of
     * its profile (another filter, its collections, a saved profile read again), and each costs a search by words and
     * one by meaning over the whole library. Same searcher and analysis, same answer.
     */
    java.util.Map<String, Float> relevance(String key, Object analysis,
            java.util.function.Supplier<java.util.Map<String, Float>> work) {
        synchronized (relevance) {
            Relevance known = relevance.get(key);
            if (known != null && known.analysis() == analysis) {
                return known.scores();
            }
        }
        java.util.Map<String, Float> found = java.util.Collections.unmodifiableMap(work.get());
        synchronized (relevance) {
            relevance.put(key, new Relevance(analysis, found));
        }
        return found;
    }

    /** How many queries' spelling corrections are kept ({@link #correction}). */
    private static final int CORRECTED_QUERIES = 256;

    /** A query's spelling correction, with the analysis it was worked out with. */
    private record Corrected(Object analysis, java.util.Optional<Speller.Correction> correction) {
    }

    private final java.util.Map<String, Corrected> corrections = new java.util.LinkedHashMap<>(CORRECTED_QUERIES,
            0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Corrected> eldest) {
            return size() > CORRECTED_QUERIES;
        }
    };

    /**
     * A query's spelling correction for a reader's language ({@link Speller#correction}), worked out once per query,
     * language, analysis and searcher (the most recent ones kept): the next page, a filter ticked, the offers without
     * quotes ask for it again, and a misspelt word's correction reads the stored texts of the documents that hold its
     * close words. Same searcher, analysis and library words, same answer; a publication opens a new searcher.
     */
    java.util.Optional<Speller.Correction> correction(String query, String language, Analysis analysis) {
        String key = language + '\u0000' + query;
        synchronized (corrections) {
            Corrected known = corrections.get(key);
            if (known != null && known.analysis() == analysis) {
                return known.correction();
            }
        }
        // Kept only when worked out from this reader's own words, never from an earlier reader's still in use.
        boolean own = LanguageWords.readFor(getIndexReader());
        java.util.Optional<Speller.Correction> found = Speller.correction(query, getIndexReader(), language, analysis);
        if (own && LanguageWords.readFor(getIndexReader())) {
            synchronized (corrections) {
                corrections.put(key, new Corrected(analysis, found));
            }
        }
        return found;
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

    private final java.util.concurrent.ConcurrentHashMap<String, java.util.List<CatalogEntry>> readableIn = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The catalog as a reader of the language is offered it, in the catalog's order: an item's version in the language
     * where it has one, every version of the others. Worked out once per searcher and language: matching ranks it for
     * every profile, and looking up each of 50,000 items' translation group was a fifth of a match.
     */
    java.util.List<CatalogEntry> readableIn(String language) {
        return readableIn.computeIfAbsent(language, l -> {
            java.util.Set<String> groups = groupsIn(l);
            java.util.List<CatalogEntry> readable = new java.util.ArrayList<>(catalog.size());
            for (CatalogEntry entry : catalog) {
                if (entry.language().equals(l) || !groups.contains(entry.translationGroup())) {
                    readable.add(entry);
                }
            }
            return java.util.List.copyOf(readable);
        });
    }

    /** Null when the index holds no facet yet (it is empty). */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    static SearcherFactory factory(org.apache.lucene.facet.FacetsConfig config) {
        Catalog catalog = new Catalog();
        FacetValues values = new FacetValues();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                SortedSetDocValuesReaderState state = null;
                FacetValues.Segment[] facetValues = null;
                if (reader.numDocs() > 0) {
                    state = new DefaultSortedSetDocValuesReaderState(reader, config);
                    facetValues = values.read(reader, state.getField());
                }
                Catalog.Read read = catalog.readAll(reader);
                return new FacetSearcher(reader, state, java.util.List.copyOf(read.entries()), read.byLeaf(),
                        facetValues);
            }
        };
    }
}
