package org.kmbportal.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * One field holding every analysed word of a document's weighted text fields ({@link Fields#WEIGHTS}), each word tagged
 * by the analysis that made it ({@code e:} English, {@code f:} French, {@code a:} names). A document holds a word in any
 * of those fields exactly when it holds the tagged word here, so a query of plain words over the fields matches the
 * same documents as the same words over this one field ({@link #of}): one list of documents per word form to read
 * instead of one per field.
 */
final class AllWords {

    /** Frequencies and lengths kept (a cheap ranking of candidates), no positions. */
    static final FieldType TYPE = type();

    private static final Analyzer ENGLISH = Analysis.language("en", null);
    private static final Analyzer FRENCH = Analysis.language("fr", null);
    private static final Analyzer NAMES = Analysis.plain();

    private AllWords() {
    }

    /** The tag of the words a text field's analysis makes. */
    private static char tag(String field) {
        return field.endsWith("_en") ? 'e' : field.endsWith("_fr") ? 'f' : 'a';
    }

    /** A text field's analysed word as this field holds it. */
    static BytesRef tagged(String field, BytesRef word) {
        BytesRefBuilder bytes = new BytesRefBuilder();
        bytes.append((byte) tag(field));
        bytes.append((byte) ':');
        bytes.append(word);
        return bytes.toBytesRef();
    }

    /** The analyser the index reads a text field with (as {@link Analysis#index()} does). */
    private static Analyzer analyzer(String field) {
        return switch (tag(field)) {
            case 'e' -> ENGLISH;
            case 'f' -> FRENCH;
            default -> NAMES;
        };
    }

    /** The text of the weighted fields, field name then text, in pairs; the field's tokens. */
    static TokenStream tokens(List<String> fieldsAndTexts) {
        return new Tokens(fieldsAndTexts);
    }

    /** Each text's words as its field's analyser makes them, tagged, one text after the other. */
    private static final class Tokens extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> parts;
        private int next;
        private TokenStream current;
        private CharTermAttribute currentTerm;
        private char tag;

        Tokens(List<String> parts) {
            this.parts = parts;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            closeCurrent();
            next = 0;
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (true) {
                if (current == null) {
                    if (next >= parts.size()) {
                        return false;
                    }
                    String field = parts.get(next);
                    String text = parts.get(next + 1);
                    next += 2;
                    current = analyzer(field).tokenStream(field, text);
                    currentTerm = current.getAttribute(CharTermAttribute.class);
                    tag = tag(field);
                    current.reset();
                }
                if (current.incrementToken()) {
                    clearAttributes();
                    term.setEmpty().append(tag).append(':').append(currentTerm);
                    return true;
                }
                current.end();
                closeCurrent();
            }
        }

        private void closeCurrent() throws IOException {
            if (current != null) {
                TokenStream done = current;
                current = null;
                done.close();
            }
        }

        @Override
        public void close() throws IOException {
            closeCurrent();
            super.close();
        }
    }

    /**
     * The query with its words read from this field instead of the weighted fields: the same documents match, scored
     * by each word's frequency in the whole document (the words a word's disjunction over fields names, as one
     * synonym). Parts reading no text field (filters, ids left out, years) are kept as they are. Null when some part
     * cannot be read from here (a phrase, a prefix, a fuzzy word: this field keeps no positions and no other forms).
     */
    static Query of(Query query) {
        if (!readsText(query)) {
            return query;
        }
        return switch (query) {
            case BoostQuery boosted -> {
                Query inner = of(boosted.getQuery());
                yield inner == null ? null : new BoostQuery(inner, boosted.getBoost());
            }
            case BooleanQuery bool -> {
                BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    Query inner = of(clause.query());
                    if (inner == null) {
                        yield null;
                    }
                    rebuilt.add(inner, clause.occur());
                }
                yield rebuilt.build();
            }
            default -> {
                Map<BytesRef, Set<String>> words = new LinkedHashMap<>();
                yield addWords(query, words) && complete(words) ? oneWord(words.keySet()) : null;
            }
        };
    }

    /** Any of the words, scored as one (a word and its forms and synonyms over fields). */
    private static Query oneWord(Set<BytesRef> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(Fields.WORDS, words.iterator().next()));
        }
        SynonymQuery.Builder builder = new SynonymQuery.Builder(Fields.WORDS);
        words.forEach(w -> builder.addTerm(new Term(Fields.WORDS, w)));
        return builder.build();
    }

    /**
     * Adds the tagged words whose documents are together exactly the query's: false when the query is not such a union
     * (a word over fields, with its synonyms, as {@link WeightedSynonymParser} makes it).
     */
    private static boolean addWords(Query query, Map<BytesRef, Set<String>> words) {
        return switch (query) {
            case TermQuery term -> addWord(term.getTerm(), words);
            case SynonymQuery synonyms -> synonyms.getTerms().stream().allMatch(t -> addWord(t, words));
            case BoostQuery boosted -> addWords(boosted.getQuery(), words);
            case DisjunctionMaxQuery any -> any.getDisjuncts().stream().allMatch(q -> addWords(q, words));
            case BooleanQuery any -> any.getMinimumNumberShouldMatch() <= 1
                    && any.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)
                    && any.clauses().stream().allMatch(c -> addWords(c.query(), words));
            default -> false;
        };
    }

    private static boolean addWord(Term term, Map<BytesRef, Set<String>> words) {
        if (!Fields.WEIGHTS.containsKey(term.field())) {
            return false;
        }
        words.computeIfAbsent(tagged(term.field(), term.bytes()), w -> new HashSet<>()).add(term.field());
        return true;
    }

    /**
     * Whether each tagged word is asked of every field its tag stands for: only then are the documents holding it here
     * those holding it in one of the fields asked (a word asked of the titles alone is not a word anywhere).
     */
    private static boolean complete(Map<BytesRef, Set<String>> words) {
        for (Map.Entry<BytesRef, Set<String>> word : words.entrySet()) {
            char tag = (char) word.getKey().bytes[word.getKey().offset];
            for (String field : Fields.WEIGHTS.keySet()) {
                if (tag(field) == tag && !word.getValue().contains(field)) {
                    return false;
                }
            }
        }
        return !words.isEmpty();
    }

    /** Whether the query reads one of the weighted text fields. */
    static boolean readsText(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields.stream().anyMatch(Fields.WEIGHTS::containsKey);
    }

    private static FieldType type() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }
}
