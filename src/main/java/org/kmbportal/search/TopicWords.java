package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * How much of what a query is about a hit holds. Each word of the query carries as much as it is rare in the library
 * (BM25's idf, in the language where it is commonest, its synonyms included): a word the library uses everywhere
 * ("mentoring", « mentorat », "youth") carries almost nothing, and a word found nowhere in the library carries the
 * most, so it counts against every hit ("zzqx quokka mentoring" is not about mentoring). A hit's share is what the
 * words it holds carry over what all the query's words carry; a strong match needs at least {@link #HALF} of it
 * ({@link StrongMatches}). The work is a few term look-ups per word and one pass per word over the hits looked at,
 * whatever the size of the library.
 */
final class TopicWords {

    /** The share of the query's words (by what they carry) a strong match must hold. */
    static final double HALF = 0.5;

    private static final List<String> FIELDS = List.of("title", "notes", "body");

    private final Map<String, Double> carried;
    private final Map<String, Query> queries;
    private final Set<String> inLibrary;
    private final double total;

    private TopicWords(Map<String, Double> carried, Map<String, Query> queries, Set<String> inLibrary) {
        this.carried = carried;
        this.queries = queries;
        this.inLibrary = inLibrary;
        this.total = carried.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Nothing to weigh: every hit holds all of it (a query of exact words, or without informative words). */
    static TopicWords none() {
        return new TopicWords(Map.of(), Map.of(), Set.of());
    }

    /**
     * The informative words of a query as the search reads them (without the ages a range names), each with what it
     * carries and the query that finds it (its synonyms, the other language's and, for the last word, what it
     * begins).
     */
    static TopicWords of(String text, Analysis analysis, IndexReader reader) {
        Map<String, Double> carried = new LinkedHashMap<>();
        Map<String, Query> queries = new LinkedHashMap<>();
        Set<String> inLibrary = new HashSet<>();
        List<String> words = DistinctiveWords.informative(text);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if (carried.containsKey(word)) {
                continue;
            }
            double rarity = carried(word, analysis, reader);
            carried.put(word, rarity);
            if (rarity < nowhere(reader)) {
                inLibrary.add(word);
            }
            queries.put(word, QueryInterpreter.interpret(word, analysis, reader, i == words.size() - 1).matches());
        }
        return new TopicWords(carried, queries, inLibrary);
    }

    /** What a word the library holds nowhere carries (its rarity with no document holding it, in either language). */
    private static double nowhere(IndexReader reader) {
        double least = Double.MAX_VALUE;
        try {
            for (String language : List.of("en", "fr")) {
                long documents = 0;
                for (String field : FIELDS) {
                    documents = Math.max(documents, reader.getDocCount(Fields.text(field, language)));
                }
                if (documents > 0) {
                    least = Math.min(least, Math.log(1 + (documents + 0.5) / 0.5));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return least == Double.MAX_VALUE ? 0 : least;
    }

    /** What a word carries: its rarity where it is commonest, as if once in the library when it is nowhere in it. */
    private static double carried(String word, Analysis analysis, IndexReader reader) {
        double least = Double.MAX_VALUE;
        try {
            for (String language : List.of("en", "fr")) {
                long documents = 0;
                long frequency = 0;
                List<BytesRef> terms = terms(analysis, Fields.text(FIELDS.get(0), language), word);
                for (String field : FIELDS) {
                    String name = Fields.text(field, language);
                    documents = Math.max(documents, reader.getDocCount(name));
                    for (BytesRef term : terms) {
                        frequency = Math.max(frequency, reader.docFreq(new Term(name, term)));
                    }
                }
                if (documents > 0) {
                    least = Math.min(least, Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return least == Double.MAX_VALUE ? 0 : least;
    }

    private static List<BytesRef> terms(Analysis analysis, String field, String word) throws IOException {
        List<BytesRef> terms = new ArrayList<>();
        try (var stream = analysis.query().tokenStream(field, word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            stream.end();
        }
        return terms;
    }

    /**
     * A query's words judged against the hits looked at.
     *
     * @param holding
     *            the hits that hold at least {@link #HALF} of what the query's words carry
     * @param mostlyKnown
     *            whether the words the library holds (in its term statistics, or in a hit as a form of the word)
     *            carry at least {@link #HALF} of it: else the query is mostly words found nowhere in the library, and
     *            nothing is strong by meaning either
     */
    record Judged(Set<Integer> holding, boolean mostlyKnown) {
    }

    /** These hits judged (the first {@link SearchService#RESCORED} by words: a bounded number). */
    Judged judge(IndexSearcher searcher, TopDocs hits) throws IOException {
        Set<Integer> docs = new HashSet<>();
        for (ScoreDoc hit : hits.scoreDocs) {
            docs.add(hit.doc);
        }
        if (total <= 0) {
            return new Judged(docs, true);
        }
        double known = 0;
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] held = new double[sorted.length];
        for (Map.Entry<String, Query> word : queries.entrySet()) {
            double weight = carried.get(word.getKey());
            boolean found = inLibrary.contains(word.getKey());
            Weight matches = searcher.createWeight(searcher.rewrite(word.getValue()), ScoreMode.COMPLETE_NO_SCORES,
                    1f);
            int at = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                int end = leaf.docBase + leaf.reader().maxDoc();
                Scorer scorer = at < sorted.length && sorted[at] < end ? matches.scorer(leaf) : null;
                DocIdSetIterator iterator = scorer == null ? null : scorer.iterator();
                for (; at < sorted.length && sorted[at] < end; at++) {
                    int doc = sorted[at] - leaf.docBase;
                    if (iterator != null
                            && (iterator.docID() >= doc || iterator.advance(doc) != DocIdSetIterator.NO_MORE_DOCS)
                            && iterator.docID() == doc) {
                        held[at] += weight;
                        found = true;
                    }
                }
            }
            known += found ? weight : 0;
        }
        Set<Integer> holding = new HashSet<>();
        for (int i = 0; i < sorted.length; i++) {
            if (held[i] >= HALF * total) {
                holding.add(sorted[i]);
            }
        }
        return new Judged(holding, known >= HALF * total);
    }
}
