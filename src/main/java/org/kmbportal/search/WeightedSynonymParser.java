package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The simple query parser, with two changes for relevance. A word counts by the best field it matches in (plus a
 * little for the others), not by the sum over fields, so a rare, telling word outranks a common word that happens to
 * sit in every field. And synonyms weigh less than the word the reader typed: a synonym should widen a search, not
 * outrank its own words ("closure" finds "ending", but a text about closure comes first).
 * <p>
 * With the library's statistics, a word also weighs in every field as rare as it is in whole documents (as BM25F
 * does), not as rare as it is in that field: "mentoring", in nearly every text but in only some titles, counted in a
 * title as a rare word would, three times over, so a title of common words ("Youth-initiated mentoring: when young
 * people choose their own mentors") or a question's verb in a title ("Ce jumelage fonctionne-t-il ?") outranked the
 * texts about the question's topic. A field's weight for a word is only lowered, never raised.
 */
final class WeightedSynonymParser extends SimpleQueryParser {

    static final float SYNONYM_WEIGHT = 0.6f;
    static final float TIE_BREAKER = 0.2f;

    private final Analyzer withoutSynonyms;
    private final Map<String, Float> fieldWeights;
    private final IndexReader reader;
    private String currentText = "";

    WeightedSynonymParser(Analyzer withSynonyms, Analyzer withoutSynonyms, Map<String, Float> weights, int flags) {
        this(withSynonyms, withoutSynonyms, weights, flags, null);
    }

    /**
     * @param reader
     *            the library's statistics, to weigh a word by its rarity in whole documents; null for the fields'
     *            weights alone
     */
    WeightedSynonymParser(Analyzer withSynonyms, Analyzer withoutSynonyms, Map<String, Float> weights, int flags,
            IndexReader reader) {
        super(withSynonyms, weights, flags);
        this.withoutSynonyms = withoutSynonyms;
        this.fieldWeights = weights;
        this.reader = reader;
    }

    @Override
    protected Query newDefaultQuery(String text) {
        currentText = text;
        java.util.List<Query> perField = new java.util.ArrayList<>();
        Map<String, Double> rarity = new java.util.HashMap<>();
        for (Map.Entry<String, Float> field : fieldWeights.entrySet()) {
            Query q = createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                float weight = field.getValue() * (float) asInWholeDocuments(field.getKey(), text, rarity);
                perField.add(weight == 1f ? q : new BoostQuery(q, weight));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** The fields whose words are counted as a document's: a document holds a word if one of them does. */
    private static final java.util.List<String> DOCUMENT_FIELDS = java.util.List.of("title", "notes", "body");

    /**
     * The share of the field's weight a word keeps: its rarity (BM25's idf) in whole documents of the field's
     * language over its rarity in the field, at most 1; 1 without statistics or outside the text fields.
     */
    private double asInWholeDocuments(String field, String text, Map<String, Double> rarity) {
        int cut = field.lastIndexOf('_');
        if (reader == null || cut < 0 || !Fields.TEXT_FIELDS.contains(field.substring(0, cut))) {
            return 1;
        }
        String language = field.substring(cut + 1);
        try {
            List<BytesRef> terms = termsWithSynonyms(field, text);
            double inField = idf(reader.getDocCount(field), documentFrequency(field, terms));
            double inDocuments = rarity.computeIfAbsent(language, l -> {
                try {
                    long documents = 0;
                    long frequency = 0;
                    for (String name : DOCUMENT_FIELDS) {
                        String f = Fields.text(name, l);
                        documents = Math.max(documents, reader.getDocCount(f));
                        frequency = Math.max(frequency, documentFrequency(f, terms));
                    }
                    return idf(documents, frequency);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return inField <= 0 ? 1 : Math.min(1, inDocuments / inField);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long documentFrequency(String field, List<BytesRef> terms) throws IOException {
        long most = 0;
        for (BytesRef term : terms) {
            most = Math.max(most, reader.docFreq(new Term(field, term)));
        }
        return most;
    }

    /** BM25's idf, as Lucene computes it. */
    private static double idf(long documents, long frequency) {
        return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
    }

    private List<BytesRef> termsWithSynonyms(String field, String text) {
        List<BytesRef> terms = new java.util.ArrayList<>();
        try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        Set<BytesRef> typed = terms(field, currentText);
        SynonymQuery.Builder builder = new SynonymQuery.Builder(field);
        for (TermAndBoost term : terms) {
            builder.addTerm(term.term(), typed.contains(term.term()) ? term.boost() : term.boost() * SYNONYM_WEIGHT);
        }
        return builder.build();
    }

    private Set<BytesRef> terms(String field, String text) {
        Set<BytesRef> terms = new HashSet<>();
        try (TokenStream stream = withoutSynonyms.tokenStream(field, text)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
