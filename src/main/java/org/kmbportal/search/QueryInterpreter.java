package org.kmbportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a query, forgivingly: words, "phrases", -exclusion, OR (and AND, NOT), a trailing *
 * for a prefix, ~ for fuzziness. It never fails on odd input: stray quotes and brackets are tolerated. What could be
 * costly or surprising is refused with a plain message (over 500 characters, too many words, brackets nested too
 * deep) or neutralised (regular expressions and leading wildcards become plain words).
 */
final class QueryInterpreter {

    static final int MAX_LENGTH = 500;
    static final int MAX_NESTING = 8;
    static final int MAX_WORDS = 40;

    private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.FUZZY_OPERATOR
            | SimpleQueryParser.NEAR_OPERATOR;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(+|\"-])[*?]+");
    private static final Pattern SHORT_PREFIX = Pattern.compile("(^|[\\s(+|\"-])(\\p{L}\\p{N}?|\\p{N})\\*");
    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(OR|AND|NOT)\\b");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'’.,:;!?-]*");
    private static final List<String> PROXIMITY_FIELDS = List.of("title", "notes", "body");
    private static final float PROXIMITY_BOOST = 2.0f;
    private static final int PROXIMITY_SLOP = 3;

    private QueryInterpreter() {
    }

    /** The text made safe for the parser, or a {@link BadQueryException} saying in plain words what to change. */
    static String normalize(String raw, String readerLanguage) {
        String text = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > MAX_LENGTH) {
            throw new BadQueryException("query_too_long", SearchMessages.get(readerLanguage, "search.error.tooLong",
                    MAX_LENGTH));
        }
        int depth = 0;
        int deepest = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            deepest = Math.max(deepest, depth);
        }
        if (deepest > MAX_NESTING) {
            throw new BadQueryException("query_too_nested", SearchMessages.get(readerLanguage,
                    "search.error.tooNested", MAX_NESTING));
        }
        int words = 0;
        for (Matcher m = WORD.matcher(text); m.find();) {
            words++;
        }
        if (words > MAX_WORDS) {
            throw new BadQueryException("query_too_many_words", SearchMessages.get(readerLanguage,
                    "search.error.tooManyWords", MAX_WORDS));
        }
        text = text.replace('/', ' ');
        text = LEADING_WILDCARD.matcher(text).replaceAll("$1");
        text = SHORT_PREFIX.matcher(text).replaceAll("$1$2");
        text = OPERATOR_WORDS.matcher(text).replaceAll(m -> switch (m.group(1)) {
            case "OR" -> "|";
            case "AND" -> "+";
            default -> "-";
        });
        return text.replaceAll("-\\s+", "-").strip();
    }

    /**
     * A reader's query in two parts: what decides which documents match (and their base score), and a bonus for the
     * words found close together, which only reorders documents that already match.
     *
     * @param proximity
     *            sloppy phrases in the main fields, each boosted; empty when the text is not plain words
     */
    record Interpreted(Query matches, List<Query> proximity) {

        /** The whole query: the matches required, each proximity bonus added where it applies. */
        Query combined() {
            if (proximity.isEmpty()) {
                return matches;
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(matches, BooleanClause.Occur.MUST);
            proximity.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
            return builder.build();
        }

        /** The proximity bonus alone (null without one): the sum of the phrases that match, for rescoring. */
        Query bonus() {
            if (proximity.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            proximity.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
            return builder.build();
        }
    }

    /** The query for the normalized text over every weighted field, with a bonus for words found close together. */
    static Query parse(String normalized, Analysis analysis) {
        return interpret(normalized, analysis.query(), analysis.index()).combined();
    }

    static Query parse(String normalized, Analyzer analyzer, Analyzer withoutSynonyms) {
        return interpret(normalized, analyzer, withoutSynonyms).combined();
    }

    static Interpreted interpret(String normalized, Analysis analysis) {
        return interpret(normalized, analysis.query(), analysis.index());
    }

    static Interpreted interpret(String normalized, Analyzer analyzer, Analyzer withoutSynonyms) {
        if (WORD.matcher(normalized).results().findAny().isEmpty()) {
            return new Interpreted(MatchAllDocsQuery.INSTANCE, List.of());
        }
        SimpleQueryParser parser = new WeightedSynonymParser(analyzer, withoutSynonyms, Fields.WEIGHTS, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query parsed = exclusionsMustExclude(parser.parse(normalized));
        if (parsed == null) {
            return new Interpreted(new MatchNoDocsQuery("only words too common to search for"), List.of());
        }
        if (parsed instanceof BooleanQuery bool && bool.clauses().stream()
                .allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder withAll = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE,
                    BooleanClause.Occur.MUST);
            bool.clauses().forEach(withAll::add);
            return new Interpreted(withAll.build(), List.of());
        }
        List<Query> proximity = new ArrayList<>();
        proximity(normalized, analyzer).forEach(q -> proximity.add(new BoostQuery(q, PROXIMITY_BOOST)));
        return new Interpreted(parsed, List.copyOf(proximity));
    }

    /**
     * With "or" between words, the simple parser turns {@code -word} into "should not" (a clause matching everything
     * but the word), which excludes nothing. Readers mean "without": make each such clause a true exclusion.
     */
    static Query exclusionsMustExclude(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
            Query negated = negation(clause);
            if (negated != null) {
                builder.add(negated, BooleanClause.Occur.MUST_NOT);
            } else {
                builder.add(exclusionsMustExclude(clause.query()), clause.occur());
            }
        }
        return builder.build();
    }

    /** The excluded query if the clause is "should (not X and anything)", else null. */
    private static Query negation(BooleanClause clause) {
        if (clause.occur() != BooleanClause.Occur.SHOULD || !(clause.query() instanceof BooleanQuery inner)
                || inner.clauses().size() != 2) {
            return null;
        }
        Query excluded = null;
        boolean everything = false;
        for (BooleanClause c : inner.clauses()) {
            if (c.occur() == BooleanClause.Occur.MUST_NOT) {
                excluded = c.query();
            } else if (c.query() instanceof MatchAllDocsQuery) {
                everything = true;
            }
        }
        return everything ? excluded : null;
    }

    /** For plain multi-word text, sloppy phrases in the main fields: hits where the words sit together rank higher. */
    private static List<Query> proximity(String text, Analyzer analyzer) {
        List<Query> queries = new ArrayList<>();
        if (!PLAIN.matcher(text).matches() || text.split("\\s+").length < 2) {
            return queries;
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        for (String field : PROXIMITY_FIELDS) {
            for (String language : List.of("en", "fr")) {
                String name = Fields.text(field, language);
                Query phrase = builder.createPhraseQuery(name, text, PROXIMITY_SLOP);
                if (phrase != null && !(phrase instanceof org.apache.lucene.search.TermQuery)) {
                    queries.add(new BoostQuery(phrase, Fields.WEIGHTS.get(name)));
                }
            }
        }
        return queries;
    }
}
