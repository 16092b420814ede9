package org.kmbportal.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The other forms a typed word is searched with, beside the word itself: the library's words a last word still being
 * typed begins ({@link PartialWord}), and a French word's family where the library lacks the form typed
 * ({@link Inflections}). Each within the clauses the query has left ({@link QueryBudget}).
 */
final class OtherForms {

    /** How many of the words a partial last word begins are searched as if typed (the others match alike). */
    static final int COMPLETIONS = 4;

    private OtherForms() {
    }

    /**
     * For a last word still being typed ("bénév"), the words of the library it begins: the most common searched as
     * typed words are (stemmed, with synonyms), any other by its beginning; within the clauses left, else null.
     */
    static Query partialLastWord(String normalized, Analysis analysis, IndexReader reader, int budget) {
        java.util.Optional<Query> prefix = PartialWord.prefixQuery(normalized, reader);
        if (prefix.isEmpty() || budget < 1) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder().add(prefix.get(), BooleanClause.Occur.SHOULD);
        int clauses = 1;
        SimpleQueryParser parser = QueryInterpreter.parser(analysis);
        for (String word : PartialWord.completions(normalized, reader, COMPLETIONS)) {
            Query completion;
            try {
                completion = parser.parse(word);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                continue;
            }
            int cost = completion == null ? 0 : QueryBudget.clauses(completion);
            if (completion != null && clauses + cost <= budget) {
                words.add(completion, BooleanClause.Occur.SHOULD);
                clauses += cost;
            }
        }
        return words.build();
    }

    /**
     * For each French word the library lacks whose family it has ("abandonnent": "abandonner", {@link Inflections}),
     * the family's words searched as typed words are; outside quotes and exclusions, within the clauses left, else
     * null.
     */
    static Query inflections(String normalized, Analysis analysis, IndexReader reader, int budget) {
        if (reader == null || budget < 1) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int clauses = 0;
        boolean[] quoted = Speller.quoted(normalized);
        SimpleQueryParser parser = QueryInterpreter.parser(analysis);
        try (org.apache.lucene.analysis.TokenStream tokens = Analysis.plain().tokenStream(Fields.SPELL, normalized)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var offset = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int start = offset.startOffset();
                if (quoted[start] || start > 0 && normalized.charAt(start - 1) == '-') {
                    continue;
                }
                for (String word : Inflections.of(term.toString(), reader)) {
                    Query member = parser.parse(word);
                    int cost = member == null ? 0 : QueryBudget.clauses(member);
                    if (member != null && clauses + cost <= budget) {
                        words.add(member, BooleanClause.Occur.SHOULD);
                        clauses += cost;
                    }
                }
            }
            tokens.end();
        } catch (IndexSearcher.TooManyClauses tooMany) {
            // the family's words are left out; the typed words are still searched
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return clauses == 0 ? null : words.build();
    }

}
