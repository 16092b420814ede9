package org.kmbportal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A search limited to one field, in either language's words: {@code title:mentor} (« titre:mentor »),
 * {@code author:Rhodes} (« auteur: »), {@code topic:"group mentoring"} (« sujet: »), {@code summary:rural}
 * (« résumé: »); {@code -title:word} leaves out what holds the word there. The value is a word (with * or ~ as
 * elsewhere) or a quoted phrase, searched in that field of both languages' texts without synonyms: the reader named
 * where the words are. The standard tokenizer reads "title:mentor" as one word no text holds (a colon between
 * letters joins them), so on a French page, ranked by words alone, it found nothing (user session); on the English
 * page it listed what the ranking by meaning found.
 */
final class FieldSyntax {

    /** The fields a reader may name, by the names readers type, to the index's fields and their weights. */
    private static final Map<String, List<String>> NAMES = names();

    private static final Pattern FIELD = Pattern.compile("(?<![\\p{L}\\p{N}_-])(-?)(" + String.join("|",
            NAMES.keySet()) + ")\\s*:\\s*(\"[^\"]*\"?|[^\\s\"()|+]+)", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);

    /** A colon between two words that names no field ("mentoring:tips"): a word break, not a word of its own. */
    private static final Pattern JOINING_COLON = Pattern.compile("(?<=[\\p{L}\\p{N}]):(?=[\\p{L}\\p{N}])");

    /** A field's name typed with nothing after its colon ("title:"): the word itself, not a field to search in. */
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\p{N}_-])-?(" + String.join("|", NAMES
            .keySet()) + ")\\s*:(?=\\s*$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FieldSyntax() {
    }

    /** The text without a field's name typed alone, colon and nothing after ("title:"): it names no word. */
    static String withoutBareNames(String text) {
        return BARE.matcher(text).replaceAll(" ");
    }

    /** The text with a field's name typed alone, colon and nothing after ("title:"), read as that word ("title"). */
    static String bareNamesAsWords(String text) {
        return BARE.matcher(text).replaceAll("$1");
    }

    /**
     * The words of a fielded text as they would be searched everywhere ("title:\"match closure\"" gives
     * "\"match closure\""): what a page offers when the field held them nowhere; null when the text names no field.
     */
    static String everywhere(String normalized) {
        if (!present(normalized)) {
            return null;
        }
        String words = FIELD.matcher(normalized).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)
                + m.group(3))).strip();
        return words.isEmpty() ? null : words;
    }

    /** The words of the fielded parts alone, the values a reader typed after the fields' names. */
    static String values(String normalized) {
        StringBuilder values = new StringBuilder();
        for (Matcher m = FIELD.matcher(normalized); m.find();) {
            values.append(m.group(3)).append(' ');
        }
        return values.toString().strip();
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        List<String> title = List.of(Fields.text("title", "en"), Fields.text("title", "fr"));
        List<String> author = List.of(Fields.AUTHORS);
        List<String> topic = List.of(Fields.text("terms", "en"), Fields.text("terms", "fr"));
        // A summary's whole text: its notes of interest and every section after them (introduction, findings,
        // implications…); "summary:acculturation" found nothing though the Birman summary's introduction holds it.
        List<String> summary = List.of(Fields.text("notes", "en"), Fields.text("notes", "fr"), Fields.text("body",
                "en"), Fields.text("body", "fr"));
        for (String name : List.of("title", "titre")) {
            names.put(name, title);
        }
        for (String name : List.of("authors", "author", "auteures", "auteurs", "auteure", "auteur")) {
            names.put(name, author);
        }
        for (String name : List.of("topics", "topic", "sujets", "sujet", "thèmes", "themes", "thème", "theme")) {
            names.put(name, topic);
        }
        for (String name : List.of("summary", "résumé", "resume")) {
            names.put(name, summary);
        }
        return names;
    }

    /** Whether the text names a field to search in ({@code title:…}). */
    static boolean present(String text) {
        return text != null && FIELD.matcher(text).find();
    }

    /** The text without its fielded parts, a colon joining two other words read as a space. */
    static String rest(String normalized) {
        return JOINING_COLON.matcher(FIELD.matcher(normalized).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * The fielded parts of the text as one query, each part required (or left out, with a minus), the rest's query
     * added to rank among them; null when the text names no field.
     *
     * @param rest
     *            the query of the text's other words ({@link #rest}), or null when there are none
     */
    static Query query(String normalized, Analysis analysis, Query rest) {
        Matcher m = FIELD.matcher(normalized);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean required = false;
        boolean any = false;
        while (m.find()) {
            any = true;
            Query value = value(NAMES.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(3), analysis);
            if (value == null) {
                // only function words ("title:the"): nothing to require
                continue;
            }
            boolean without = !m.group(1).isEmpty();
            query.add(value, without ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST);
            required |= !without;
        }
        if (!any) {
            return null;
        }
        if (rest != null && !(rest instanceof MatchAllDocsQuery)) {
            // The other words rank among the fielded matches; words only left out ("-youth") leave them out.
            query.add(rest, required && !QueryInterpreter.leavesOutOnly(rest)
                    ? BooleanClause.Occur.SHOULD
                    : BooleanClause.Occur.MUST);
            required = true;
        }
        if (!required) {
            query.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery("no word to search in the field") : built;
    }

    /**
     * A field's value searched in its fields, as typed (stemmed, no synonyms): null for function words only. Each
     * field holding it counts its weight alone, however rare the word is there: a word in a title is as much in the
     * title in either language, where "title:mentor" ranked the French titles first on the English page (the word
     * being rarer among French titles) and only they were strong (user session).
     */
    private static Query value(List<String> fields, String value, Analysis analysis) {
        String text = value.startsWith("\"") && !value.endsWith("\"") || value.equals("\"") ? value + "\"" : value;
        List<Query> each = new java.util.ArrayList<>();
        for (String field : fields) {
            SimpleQueryParser parser = new WeightedSynonymParser(analysis.index(), analysis.index(), Map.of(field,
                    1f), QueryInterpreter.FLAGS);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            try {
                Query parsed = parser.parse(text);
                if (parsed != null) {
                    each.add(new BoostQuery(new ConstantScoreQuery(parsed), Fields.WEIGHTS.get(field)));
                }
            } catch (IndexSearcher.TooManyClauses tooMany) {
                return new MatchNoDocsQuery("a field's value too wide to search");
            }
        }
        return each.isEmpty() ? null : new DisjunctionMaxQuery(each, 0f);
    }
}
