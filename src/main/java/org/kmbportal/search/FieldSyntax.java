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

    private FieldSyntax() {
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        List<String> title = List.of(Fields.text("title", "en"), Fields.text("title", "fr"));
        List<String> author = List.of(Fields.AUTHORS);
        List<String> topic = List.of(Fields.text("terms", "en"), Fields.text("terms", "fr"));
        List<String> summary = List.of(Fields.text("notes", "en"), Fields.text("notes", "fr"));
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

    /** A field's value searched in its fields, as typed (stemmed, no synonyms): null for function words only. */
    private static Query value(List<String> fields, String value, Analysis analysis) {
        Map<String, Float> weights = new LinkedHashMap<>();
        fields.forEach(field -> weights.put(field, Fields.WEIGHTS.get(field)));
        String text = value.startsWith("\"") && !value.endsWith("\"") || value.equals("\"") ? value + "\"" : value;
        SimpleQueryParser parser = new WeightedSynonymParser(analysis.index(), analysis.index(), weights,
                QueryInterpreter.FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        try {
            return parser.parse(text);
        } catch (IndexSearcher.TooManyClauses tooMany) {
            return new MatchNoDocsQuery("a field's value too wide to search");
        }
    }
}
