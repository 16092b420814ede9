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

    /**
     * A word whose synonyms include words of several words ("teens": "young people") is analyzed as a graph, each way
     * through it a clause: summed, every synonym counted at the typed word's weight, so a text holding "youth", "young
     * people" and "teens" outranked one about what else the query said (a French question on online mentoring for
     * « adolescents »: user session). Read like any other word: its one-word forms as one synonym query (synonyms
     * weighing less), each form of several words as a synonym does, the best of them counting.
     */
    @Override
    protected Query newGraphSynonymQuery(java.util.Iterator<Query> paths) {
        String field = null;
        java.util.List<TermAndBoost> single = new java.util.ArrayList<>();
        java.util.List<Query> several = new java.util.ArrayList<>();
        while (paths.hasNext()) {
            Query path = paths.next();
            if (path instanceof org.apache.lucene.search.TermQuery term) {
                field = term.getTerm().field();
                single.add(new TermAndBoost(term.getTerm().bytes(), 1f));
            } else if (path != null) {
                several.add(new BoostQuery(path, SYNONYM_WEIGHT));
            }
        }
        java.util.List<Query> ways = new java.util.ArrayList<>(several);
        if (!single.isEmpty()) {
            ways.add(0, newSynonymQuery(field, single.toArray(TermAndBoost[]::new)));
        }
        return ways.size() == 1 ? ways.get(0) : new DisjunctionMaxQuery(ways, 0f);
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
