package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * One result per resource: a resource and its translation are two documents of the index, but one resource to a
 * reader. A translation names its original ({@code translation_of}); either side may carry the link, or both, so the
 * versions of one resource are those linked by it in either direction.
 * <p>
 * How a resource is counted once: among the documents a search matches (with its filters), when several versions of
 * one resource match, only the version in the reader's language stays (the others are left out of the search
 * itself), so the total, every facet count and the ranking see the resource once. When only the other language's
 * version matches, it stays, and the page shows the reader's version in its place ({@link #versionIn}).
 */
final class Translations {

    private Translations() {
    }

    /** A document's id, the id its {@code translation_of} names (its own without one) and its language. */
    record Version(String id, String group, String language) {
    }

    /**
     * The ids of the documents matching the query that are left out because another version of the same resource,
     * in the reader's language, matches too. Empty when no translated resource matches twice.
     */
    static Set<String> hiddenVersions(IndexSearcher searcher, Query matches, String readerLanguage)
            throws IOException {
        if (searcher instanceof FacetSearcher catalog && !catalog.anyLinked()) {
            // No document names another as its original: nothing to hide, and the words' weight (a term look-up for
            // every word in every field) is not built for a search that would find no translation.
            return Set.of();
        }
        // Only translations (documents naming another as their original) are collected: with the searcher's catalog,
        // the search visits those alone, not every match (most of the library for a common word).
        Query scope = searcher instanceof FacetSearcher catalog
                ? new BooleanQuery.Builder().add(matches, BooleanClause.Occur.FILTER)
                        .add(new LinkedOnly(catalog), BooleanClause.Occur.FILTER).build()
                : matches;
        List<Version> linked = searcher.search(scope, new LinkedVersions(
                searcher instanceof FacetSearcher catalog ? catalog : null));
        if (linked.isEmpty()) {
            return Set.of();
        }
        // The originals the matching translations name: which of them match too?
        Set<String> named = new HashSet<>();
        linked.forEach(v -> named.add(v.group()));
        List<Version> versions = new ArrayList<>(linked);
        Query originals = new BooleanQuery.Builder().add(matches, BooleanClause.Occur.MUST)
                .add(ids(named), BooleanClause.Occur.FILTER).build();
        for (ScoreDoc hit : searcher.search(originals, Math.max(1, named.size())).scoreDocs) {
            versions.add(version(searcher, hit.doc));
        }
        return hidden(versions, readerLanguage);
    }

    /** Pure part of {@link #hiddenVersions}: of each resource's matching versions, all but the reader's one. */
    static Set<String> hidden(Collection<Version> matching, String readerLanguage) {
        Map<String, String> parent = new HashMap<>();
        for (Version v : matching) {
            union(parent, v.id(), v.group());
        }
        Map<String, List<Version>> byResource = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Version v : matching) {
            if (seen.add(v.id())) {
                byResource.computeIfAbsent(find(parent, v.id()), k -> new ArrayList<>()).add(v);
            }
        }
        Set<String> hidden = new HashSet<>();
        for (List<Version> versions : byResource.values()) {
            if (versions.size() < 2) {
                continue;
            }
            versions.sort(java.util.Comparator.comparing((Version v) -> !v.language().equals(readerLanguage))
                    .thenComparing(Version::id));
            versions.subList(1, versions.size()).forEach(v -> hidden.add(v.id()));
        }
        return hidden;
    }

    /** The query without the given documents. */
    static Query without(Query query, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(ids(hidden), BooleanClause.Occur.MUST_NOT).build();
    }

    /**
     * The ranking with each resource once, at the place of its best version: the ranking by meaning can bring in a
     * version whose sibling the words found. The total drops by as many as were left out.
     */
    static org.apache.lucene.search.TopDocs collapse(IndexSearcher searcher, org.apache.lucene.search.TopDocs ranked,
            int size) throws IOException {
        Set<String> seen = new HashSet<>();
        long dropped = 0;
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc hit : ranked.scoreDocs) {
            Version version = version(searcher, hit.doc);
            String id = version.id();
            String group = version.group();
            boolean duplicate = seen.contains(id) || (group != null && seen.contains(group));
            seen.add(id);
            if (group != null) {
                seen.add(group);
            }
            if (duplicate) {
                dropped++;
            } else if (kept.size() < size) {
                kept.add(hit);
            }
        }
        return new org.apache.lucene.search.TopDocs(new org.apache.lucene.search.TotalHits(
                Math.max(kept.size(), ranked.totalHits.value() - dropped), ranked.totalHits.relation()),
                kept.toArray(ScoreDoc[]::new));
    }

    /** The other versions of a document's resource, in the index (published), as documents. */
    static List<Document> otherVersions(IndexSearcher searcher, Document doc) throws IOException {
        String id = doc.get(Fields.ID);
        String group = doc.get(Fields.TRANSLATION_GROUP);
        if (group == null || searcher instanceof FacetSearcher catalog && !catalog.translated(id, group)) {
            return List.of();
        }
        BooleanQuery.Builder linked = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TRANSLATION_GROUP, id)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.ID, group)), BooleanClause.Occur.SHOULD);
        if (!group.equals(id)) {
            linked.add(new TermQuery(new Term(Fields.TRANSLATION_GROUP, group)), BooleanClause.Occur.SHOULD);
        }
        List<Document> others = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(linked.build(), 10).scoreDocs) {
            Document other = searcher.storedFields().document(hit.doc);
            if (!id.equals(other.get(Fields.ID))) {
                others.add(other);
            }
        }
        others.sort(java.util.Comparator.comparing(d -> d.get(Fields.ID)));
        return others;
    }

    /** The version of the document's resource in the language, if there is one other than the document itself. */
    static Optional<Document> versionIn(List<Document> others, String language) {
        return others.stream().filter(d -> language.equals(d.get(Fields.LANGUAGE))).findFirst();
    }

    private static Version version(Document doc) {
        String group = doc.get(Fields.TRANSLATION_GROUP);
        return new Version(doc.get(Fields.ID), group == null ? doc.get(Fields.ID) : group, doc.get(Fields.LANGUAGE));
    }

    /**
     * A document's version, from the searcher's catalog (in memory) when it has one: stored fields are compressed by
     * blocks, and reading one document's id from them decompresses its block.
     */
    static Version version(IndexSearcher searcher, int doc) throws IOException {
        if (searcher instanceof FacetSearcher catalog) {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            CatalogEntry[] entries = catalog.entries(leaf.ord);
            int local = doc - leaf.docBase;
            if (entries != null && local < entries.length && entries[local] != null) {
                return version(entries[local]);
            }
        }
        return version(searcher.storedFields().document(doc, Set.of(Fields.ID, Fields.TRANSLATION_GROUP,
                Fields.LANGUAGE)));
    }

    private static Version version(CatalogEntry entry) {
        return new Version(entry.id(), entry.translationGroup(), entry.language());
    }

    private static Query ids(Collection<String> ids) {
        return new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /**
     * The documents of a searcher that name another as their original ({@link FacetSearcher#linkedDocs}); every
     * document of a segment without a catalog. Belongs to one searcher: not cached.
     */
    static final class LinkedOnly extends Query {

        private final FacetSearcher catalog;

        LinkedOnly(FacetSearcher catalog) {
            this.catalog = catalog;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            return new ConstantScoreWeight(this, boost) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) {
                    int[] docs = catalog.linkedDocs(context.ord);
                    if (docs != null && docs.length == 0) {
                        return null;
                    }
                    DocIdSetIterator iterator = docs == null
                            ? DocIdSetIterator.all(context.reader().maxDoc())
                            : new Listed(docs);
                    return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, iterator));
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return false;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "LinkedOnly";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LinkedOnly linked && linked.catalog == catalog;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(catalog);
        }
    }

    /** A sorted list of document numbers as an iterator. */
    private static final class Listed extends DocIdSetIterator {
        private final int[] docs;
        private int index = -1;
        private int doc = -1;

        Listed(int[] docs) {
            this.docs = docs;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            index++;
            doc = index < docs.length ? docs[index] : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            int found = java.util.Arrays.binarySearch(docs, Math.max(0, index + 1), docs.length, target);
            index = found >= 0 ? found : -found - 1;
            doc = index < docs.length ? docs[index] : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public long cost() {
            return docs.length;
        }
    }

    /**
     * Collects the matching documents that name another as their original: comparing two doc values' bytes per
     * document, without building a string for the untranslated majority.
     */
    private static final class LinkedVersions implements CollectorManager<LinkedVersions.Linked, List<Version>> {

        private final FacetSearcher catalog;

        /** With the searcher's catalog when it has one (null: read from doc values). */
        LinkedVersions(FacetSearcher catalog) {
            this.catalog = catalog;
        }

        @Override
        public Linked newCollector() {
            return new Linked(catalog);
        }

        @Override
        public List<Version> reduce(Collection<Linked> collectors) {
            List<Version> all = new ArrayList<>();
            collectors.forEach(c -> all.addAll(c.found));
            return all;
        }

        static final class Linked extends SimpleCollector {
            final List<Version> found = new ArrayList<>();
            private final FacetSearcher catalog;
            private CatalogEntry[] entries;
            private SortedDocValues ids;
            private SortedDocValues groups;
            private SortedDocValues languages;

            Linked(FacetSearcher catalog) {
                this.catalog = catalog;
            }

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                // The catalog answers from memory; doc values would look each id up in a compressed terms
                // dictionary (a search matching most of 50,000 documents spent 90% of its time there).
                entries = catalog == null ? null : catalog.entries(context.ord);
                if (entries == null) {
                    ids = context.reader().getSortedDocValues(Fields.ID);
                    groups = context.reader().getSortedDocValues(Fields.TRANSLATION_GROUP);
                    languages = context.reader().getSortedDocValues(Fields.LANGUAGE);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                if (entries != null) {
                    CatalogEntry entry = doc < entries.length ? entries[doc] : null;
                    if (entry != null && !entry.id().equals(entry.translationGroup())) {
                        found.add(version(entry));
                    }
                    return;
                }
                if (ids == null || groups == null || !ids.advanceExact(doc) || !groups.advanceExact(doc)) {
                    return;
                }
                BytesRef id = ids.lookupOrd(ids.ordValue());
                BytesRef group = groups.lookupOrd(groups.ordValue());
                if (id.bytesEquals(group)) {
                    return;
                }
                String idText = id.utf8ToString();
                String groupText = groups.lookupOrd(groups.ordValue()).utf8ToString();
                String language = languages != null && languages.advanceExact(doc)
                        ? languages.lookupOrd(languages.ordValue()).utf8ToString()
                        : "";
                found.add(new Version(idText, groupText, language));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        }
    }
}
