package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
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
 */
final class WeightedSynonymParser extends SimpleQueryParser {

    static final float SYNONYM_WEIGHT = 0.6f;
    static final float TIE_BREAKER = 0.2f;

    private final Analyzer withoutSynonyms;
    private final Map<String, Float> fieldWeights;
    private String currentText = "";

    WeightedSynonymParser(Analyzer withSynonyms, Analyzer withoutSynonyms, Map<String, Float> weights, int flags) {
        super(withSynonyms, weights, flags);
        this.withoutSynonyms = withoutSynonyms;
        this.fieldWeights = weights;
    }

    @Override
    protected Query newDefaultQuery(String text) {
        currentText = text;
        java.util.List<Query> perField = new java.util.ArrayList<>();
        for (Map.Entry<String, Float> field : fieldWeights.entrySet()) {
            Query q = createBooleanQuery(field.getKey(), text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                perField.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
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
