package org.kmbportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
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

    static final int MAX_LENGTH = org.kmbportal.web.Links.SEARCH_MAX_LENGTH;
    static final int MAX_NESTING = 8;
    static final int MAX_WORDS = 40;

    static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.FUZZY_OPERATOR
            | SimpleQueryParser.NEAR_OPERATOR;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(+|\"-])[*?]+");
    private static final Pattern SHORT_PREFIX = Pattern.compile("(^|[\\s(+|\"-])(\\p{L}\\p{N}?|\\p{N})\\*");
    private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(OR|AND|NOT)\\b");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'’.,:;!?-]*");
    /**
     * French quotation marks with the spaces French typography puts inside them (« mentorat de groupe », with a
     * no-break or a thin no-break space, or none), and the curly quotes a phone or a word processor puts in: each is a
     * quote as the parser reads it ("…"), as the search help promises.
     */
    private static final Pattern OPENING_QUOTE = Pattern.compile("«[\\s\\p{Z}]*|[“„]");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[\\s\\p{Z}]*»|”");
    /** Any mark that opens or closes a quoted phrase. */
    static final String QUOTES = "\"«»“”„";
    private static final List<String> PROXIMITY_FIELDS = List.of("title", "notes", "body");
    private static final float PROXIMITY_BOOST = 2.0f;
    private static final int PROXIMITY_SLOP = 3;
    /** More informative words than this make long text, searched by its most distinctive words. */
    static final int SHORT_TEXT_WORDS = 12;
    private static final Pattern EXCLUSION = Pattern.compile("(^|\\s)-[\\p{L}\\p{N}]");
    /**
     * Signs and emoji (with their joiners, variation selectors, skin tones and keycaps): the analyzer keeps an emoji as
     * a word that no text holds, which made "😀 -mentor" find nothing.
     */
    private static final String SIGN = "(?:[0-9#*]\\x{FE0F}?\\x{20E3}|[\\p{So}\\p{Sk}\\x{200D}\\x{FE0E}\\x{FE0F}\\x{20E3}"
            + "\\x{E0020}-\\x{E007F}])+";
    private static final Pattern SIGNS = Pattern.compile(SIGN);
    /** A sign excluded alone ("-😀"): the minus goes with it, so that it does not exclude the next word. */
    private static final Pattern EXCLUDED_SIGN = Pattern.compile("(^|\\s)-" + SIGN + "(?=\\s|$)");

    private QueryInterpreter() {
    }

    /**
     * Whether the reader typed something (a lone quote, punctuation, emoji, only the operators OR, AND, NOT) holding
     * no word to search for.
     */
    static boolean withoutWords(String raw) {
        return raw != null && !raw.replaceAll("\\p{Cntrl}", " ").isBlank()
                && !WORD.matcher(OPERATOR_WORDS.matcher(SIGNS.matcher(raw).replaceAll(" ")).replaceAll(" ")).find();
    }

    /**
     * Whether the text, though it holds letters or digits, holds no word to match: only single letters, words too
     * common to search for, the operators, a field's name with nothing after it or the letters of markup ("a OR OR b",
     * "the of", "title:", "&lt;b&gt;x&lt;/b&gt; &amp;"). No resource matches it better than another.
     */
    static boolean noWordToMatch(String raw) {
        if (raw == null || withoutWords(raw) || tooLong(raw)) {
            return false;
        }
        String text = OPERATOR_WORDS.matcher(SIGNS.matcher(typed(raw)).replaceAll(" ")).replaceAll(" ");
        // A number is a word to match: "6 to 9" names ages (AgeRanges), "2007" a year.
        return WORD.matcher(text).find() && !text.matches("(?s).*\\p{N}.*")
                && DistinctiveWords.informative(FieldSyntax.withoutBareNames(text)).isEmpty();
    }

    /** Whether the text holds one of the operators OR, AND, NOT (written in capitals, as the search reads them). */
    static boolean hasOperatorWord(String raw) {
        return raw != null && OPERATOR_WORDS.matcher(raw).find();
    }

    /**
     * Whether the text is longer than a search takes ({@link #MAX_LENGTH} characters, control characters read as spaces,
     * trimmed): {@link #normalize} refuses it whole.
     */
    static boolean tooLong(String raw) {
        return org.kmbportal.platform.PlainText.length(typed(raw)) > MAX_LENGTH;
    }

    private static String typed(String raw) {
        return raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** The text made safe for the parser, or a {@link BadQueryException} saying in plain words what to change. */
    static String normalize(String raw, String readerLanguage) {
        String typed = typed(raw);
        if (tooLong(raw)) {
            throw new BadQueryException("query_too_long", SearchMessages.get(readerLanguage, "search.error.tooLong",
                    MAX_LENGTH));
        }
        // A sign or emoji is searched as if it were not there: it is no word of any text.
        String text = SIGNS.matcher(EXCLUDED_SIGN.matcher(typed).replaceAll("$1")).replaceAll(" ").strip();
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
        text = straightQuotes(text.replace('/', ' '));
        text = LEADING_WILDCARD.matcher(text).replaceAll("$1");
        text = SHORT_PREFIX.matcher(text).replaceAll("$1$2");
        text = OPERATOR_WORDS.matcher(text).replaceAll(m -> switch (m.group(1)) {
            case "OR" -> "|";
            case "AND" -> "+";
            default -> "-";
        });
        return FieldSyntax.bareNamesAsWords(text.replaceAll("-\\s+", "-").strip());
    }

    /** The text with each quotation mark, French or curly, written as the straight quote the parser reads. */
    static String straightQuotes(String text) {
        return CLOSING_QUOTE.matcher(OPENING_QUOTE.matcher(text).replaceAll("\"")).replaceAll("\"");
    }

    /**
     * A reader's query in two parts: what decides which documents match (and their base score), and a bonus for the
     * words found close together, which only reorders documents that already match.
     *
     * @param proximity
     *            sloppy phrases in the main fields, each boosted; empty when the text is not plain words
     */
    /**
     * Whether the query only leaves words out ("-mentor", "😀 -youth -mentoring", "NOT mentor"): every document not
     * excluded matches it alike, so there is nothing to rank by and no match is stronger than another.
     */
    static boolean leavesOutOnly(Query matches) {
        return matches instanceof BooleanQuery bool
                && bool.clauses().stream().anyMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT
                        || c.query() instanceof MatchAllDocsQuery);
    }

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
        return interpret(normalized, analysis, null).combined();
    }

    static Interpreted interpret(String normalized, Analysis analysis) {
        return interpret(normalized, analysis, null);
    }

    /**
     * The query for the text, within {@link QueryBudget#MAX_CLAUSES} whatever the text. Long plain text (a question,
     * an organization's challenges) is searched by its most distinctive words; so is anything whose query would
     * outgrow the budget (a long quoted phrase over words with many synonyms).
     *
     * @param reader
     *            the library's statistics, to tell distinctive words; without it, long text keeps its first words
     */
    static Interpreted interpret(String normalized, Analysis analysis, IndexReader reader) {
        return interpret(normalized, analysis, reader, false);
    }

    /**
     * @param typed
     *            the text was typed in a search box, so its last word may be unfinished: a last word the library
     *            lacks but that begins some of its words also matches them ({@link PartialWord})
     */
    static Interpreted interpret(String normalized, Analysis analysis, IndexReader reader, boolean typed) {
        if (WORD.matcher(normalized).results().findAny().isEmpty()) {
            return new Interpreted(MatchAllDocsQuery.INSTANCE, List.of());
        }
        if (FieldSyntax.present(normalized)) {
            String rest = FieldSyntax.rest(normalized);
            Interpreted others = WORD.matcher(rest).find() ? interpret(rest, analysis, reader, typed) : null;
            return new Interpreted(FieldSyntax.query(normalized, analysis, others == null ? null : others.matches()),
                    others == null ? List.of() : others.proximity());
        }
        List<String> informative = DistinctiveWords.informative(normalized);
        if (isLongPlainText(normalized, informative)) {
            return distinctive(informative, analysis, reader);
        }
        Query parsed;
        try {
            parsed = exclusionsMustExclude(parser(analysis).parse(normalized));
        } catch (IndexSearcher.TooManyClauses tooMany) {
            return distinctive(informative, analysis, reader);
        }
        if (parsed == null) {
            return new Interpreted(new MatchNoDocsQuery("only words too common to search for"), List.of());
        }
        if (parsed instanceof BooleanQuery bool && bool.clauses().stream()
                .allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder withAll = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE,
                    BooleanClause.Occur.MUST);
            bool.clauses().forEach(withAll::add);
            parsed = withAll.build();
            return QueryBudget.clauses(parsed) <= QueryBudget.MAX_CLAUSES
                    ? new Interpreted(parsed, List.of())
                    : distinctive(informative, analysis, reader);
        }
        int clauses = QueryBudget.clauses(parsed);
        if (clauses > QueryBudget.MAX_CLAUSES) {
            return distinctive(informative, analysis, reader);
        }
        if (typed) {
            Query partial = OtherForms.partialLastWord(normalized, analysis, reader, QueryBudget.MAX_CLAUSES - clauses);
            if (partial != null) {
                clauses += QueryBudget.clauses(partial);
                parsed = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD)
                        .add(partial, BooleanClause.Occur.SHOULD).build();
            }
        }
        Query inflected = OtherForms.inflections(normalized, analysis, reader, QueryBudget.MAX_CLAUSES - clauses);
        if (inflected != null) {
            clauses += QueryBudget.clauses(inflected);
            parsed = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.SHOULD)
                    .add(inflected, BooleanClause.Occur.SHOULD).build();
        }
        List<Query> proximity = new ArrayList<>();
        proximity(normalized, analysis.query(), QueryBudget.MAX_CLAUSES - clauses)
                .forEach(q -> proximity.add(new BoostQuery(q, PROXIMITY_BOOST)));
        return new Interpreted(parsed, List.copyOf(proximity));
    }

    /** Plain words (no operator, no phrase, no exclusion), more of them than a short question holds. */
    private static boolean isLongPlainText(String normalized, List<String> informative) {
        return informative.size() > SHORT_TEXT_WORDS && PLAIN.matcher(normalized).matches()
                && !EXCLUSION.matcher(normalized).find();
    }

    /**
     * The text's most distinctive words, each searched as a word typed alone would be (every field, synonyms, both
     * languages), added while the budget lasts: the clause count is bounded as the query is built.
     */
    static Interpreted distinctive(List<String> words, Analysis analysis, IndexReader reader) {
        SimpleQueryParser parser = parser(analysis);
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : DistinctiveWords.pick(words, reader, analysis.query(), DistinctiveWords.MAX_WORDS)) {
            Query query;
            try {
                query = parser.parse(word);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                continue;
            }
            int cost = QueryBudget.clauses(query);
            if (query != null && clauses + cost <= QueryBudget.MAX_CLAUSES) {
                builder.add(query, BooleanClause.Occur.SHOULD);
                clauses += cost;
            }
        }
        BooleanQuery query = builder.build();
        return new Interpreted(query.clauses().isEmpty()
                ? new MatchNoDocsQuery("no word of the text is in the library")
                : query, List.of());
    }

    static SimpleQueryParser parser(Analysis analysis) {
        SimpleQueryParser parser = new WeightedSynonymParser(analysis.query(), analysis.index(), Fields.WEIGHTS, FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        return parser;
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

    /**
     * For plain multi-word text, sloppy phrases in the main fields: hits where the words sit together rank higher. A
     * phrase over words with multi-word synonyms becomes one phrase per path through them; if they would take more
     * than the clauses left, there is no bonus at all rather than a bonus in some fields only.
     */
    private static List<Query> proximity(String text, Analyzer analyzer, int budget) {
        List<Query> queries = new ArrayList<>();
        if (!PLAIN.matcher(text).matches() || text.split("\\s+").length < 2) {
            return queries;
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        int clauses = 0;
        try {
            for (String field : PROXIMITY_FIELDS) {
                for (String language : List.of("en", "fr")) {
                    String name = Fields.text(field, language);
                    Query phrase = builder.createPhraseQuery(name, text, PROXIMITY_SLOP);
                    if (phrase != null && !(phrase instanceof org.apache.lucene.search.TermQuery)) {
                        clauses += QueryBudget.clauses(phrase);
                        queries.add(new BoostQuery(phrase, Fields.WEIGHTS.get(name)));
                    }
                }
            }
        } catch (IndexSearcher.TooManyClauses tooMany) {
            return List.of();
        }
        return clauses <= budget ? queries : List.of();
    }

    /**
     * The words without their quotation marks (straight, curly or French), one space between them; null when the text
     * has none or nothing else.
     */
    static String withoutQuotes(String text) {
        if (text == null || !text.matches("(?s).*[\"«»“”„].*")) {
            return null;
        }
        String words = text.replaceAll("[\"«»“”„]", " ").replaceAll("[\\s\\p{Z}]+", " ").strip();
        return words.isEmpty() ? null : words;
    }
}
