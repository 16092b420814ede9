package org.kmbportal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Label;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.platform.PlainText;

/**
 * Ages a reader types as a range ("12 to 17", "ages 12-17", « 12 à 17 ans », « entre 12 et 17 ans ») read as the
 * taxonomy's terms whose labels give ages that overlap them ("Early adolescents (11 to 14)", « Adolescents (15 à 18
 * ans) »): the resources tagged with those terms match and rank as if the reader had named them. Read as words, the
 * digits found any text that happens to hold them, and « ans » every French label that gives ages. A range is read as
 * ages only where it is said of ages: beside a word for age ("years", « ans », "aged"), at the end of the query or of
 * a clause, or before a word of those terms' labels or synonyms ("12-17 youth"); "train 20 to 30 mentors" counts
 * mentors. Nothing here is fixed but the words for age: another library's terms with ages in their labels are read
 * the same way.
 */
final class AgeRanges {

    /** Ages as a label gives them: "(6 to 11)", « (6 à 11 ans) », "(15-18 years)" (folded text). */
    private static final Pattern IN_LABEL = Pattern.compile(
            "\\((\\d{1,3})\\s*(?:-|\\x{2013}|\\x{2014}|to|a)\\s*(\\d{1,3})(?:\\s*(?:ans|years?|yrs))?\\)");

    /** Two numbers joined as a range: "12 to 17", "12-17", « 12 à 17 », « entre 12 et 17 » (folded text). */
    private static final Pattern RANGE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:between|entre)\\s+(\\d{1,3})\\s+"
            + "(?:and|et)\\s+(\\d{1,3})|(\\d{1,3})(?:\\s*[-\\x{2013}\\x{2014}]\\s*|\\s+(?:to|through|thru|a|au)\\s+)"
            + "(\\d{1,3}))(?![\\p{N}])");

    /**
     * One age said as an age: "aged 14", "age 14", "14 years old", "14-year-olds", « âgés de 14 ans », « de 14 ans »
     * after a word for young people (folded text). Read as the range of that one year; a number alone, or « 14 ans »
     * after anything else, counts something else ("for 2 years", « depuis 10 ans », « plus de 10 ans »).
     */
    private static final Pattern ONE_AGE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:aged?|ages?|agee?s?)\\s+"
            + "(?:de\\s+|of\\s+)?(\\d{1,2})(?![\\p{N}])(?!\\s*(?:[-\\x{2013}\\x{2014}]|to\\s|through\\s|thru\\s|a\\s|au\\s|"
            + "et\\s|and\\s)\\s*\\d)|(\\d{1,2})(?:\\s*-\\s*|\\s+)(?:years?|yrs?)[\\s-]+olds?(?![\\p{L}])"
            + "|(?<=de\\s)(\\d{1,2})\\s+ans(?![\\p{L}]))");

    /** A word for age just before a range: "ages 12 to 17", "aged 12-17", « âgés de 12 à 17 ans ». */
    private static final Pattern AGE_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])(?:ages?|aged|agee?s?)\\s+(?:(?:from|de|d')\\s*)?$");

    /** A word for age just after a range: "years", "year-olds", "year olds", "yo", « ans ». */
    private static final Pattern AGE_AFTER = Pattern.compile(
            "^\\s*-?\\s*(?:years?[\\s-]+olds?|years?|yrs?|y\\.?o\\.?|ans|an)(?![\\p{L}])");

    /** The next word after a range, or the sign that ends a clause. */
    private static final Pattern NEXT = Pattern.compile("^\\s*(?:([\\p{L}][\\p{L}'’+-]*)|([,.;:!?()]|$))");

    private static final CharArraySet FUNCTION_WORDS = StopWords.bothLanguages();

    /** A term whose label gives ages, as vocabulary key, term key and the ages. */
    private record Aged(String vocabulary, String key, int from, int to) {
    }

    /** The reading of the last taxonomy asked about: worked out once per taxonomy, not once per query. */
    private static volatile AgeRanges last;

    private final Taxonomy taxonomy;
    private final List<Aged> terms;
    /** The words (folded) of the labels of the vocabularies that give ages, and of their synonyms. */
    private final Set<String> groupWords;

    private AgeRanges(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        List<Aged> aged = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (Vocabulary vocabulary : taxonomy.facets()) {
            List<Aged> found = new ArrayList<>();
            for (org.kmbportal.library.Term term : vocabulary.terms()) {
                Map<String, int[]> ages = new LinkedHashMap<>();
                for (String language : List.of("en", "fr")) {
                    Matcher m = IN_LABEL.matcher(PlainText.folded(term.label().in(language)));
                    if (m.find()) {
                        ages.putIfAbsent(term.key(), new int[]{Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2))});
                    }
                }
                ages.forEach((key, range) -> found.add(new Aged(vocabulary.key(), key, Math.min(range[0], range[1]),
                        Math.max(range[0], range[1]))));
            }
            if (!found.isEmpty()) {
                aged.addAll(found);
                vocabulary.terms().forEach(t -> {
                    words.addAll(words(t.label(), "en"));
                    words.addAll(words(t.label(), "fr"));
                });
            }
        }
        List<String> groups = new ArrayList<>(Glossary.groups());
        groups.addAll(taxonomy.synonyms("en"));
        groups.addAll(taxonomy.synonyms("fr"));
        Set<String> labelWords = Set.copyOf(words);
        for (String group : groups) {
            Set<String> members = new HashSet<>(List.of(PlainText.folded(group).split("[^\\p{L}\\p{N}+-]+")));
            if (members.stream().anyMatch(labelWords::contains)) {
                words.addAll(members);
            }
        }
        words.removeIf(w -> w.isEmpty() || FUNCTION_WORDS.contains(w) || w.chars().allMatch(Character::isDigit));
        this.terms = List.copyOf(aged);
        this.groupWords = Set.copyOf(words);
    }

    private static List<String> words(Label label, String language) {
        return List.of(PlainText.folded(label.in(language)).split("[^\\p{L}\\p{N}+-]+"));
    }

    /** The reading for the taxonomy (the one made for the last taxonomy asked about, when it is the same). */
    static AgeRanges of(Taxonomy taxonomy) {
        AgeRanges known = last;
        if (known == null || known.taxonomy != taxonomy) {
            known = new AgeRanges(taxonomy);
            last = known;
        }
        return known;
    }

    /** The terms (as {@code vocabulary=key}) whose ages overlap a range of ages the text says, in the taxonomy's order. */
    List<String> termsIn(String text) {
        return read(text).terms();
    }

    /**
     * The text without the ranges of ages it says and their words for age ("ages 12-17 in rural areas" gives " in
     * rural areas"): the reading stands for them, and "ages" would otherwise find "cross-age" mentoring.
     */
    String without(String text) {
        return read(text).rest();
    }

    /** What a text says of ages: the terms it names, and the text without the ranges that name them. */
    private record Reading(List<String> terms, String rest) {
    }

    private Reading read(String text) {
        List<String> named = new ArrayList<>();
        if (text == null || terms.isEmpty()) {
            return new Reading(named, text);
        }
        // Folding keeps the text's length for the letters ages are written with, so spans map back to the text.
        String folded = PlainText.folded(text);
        boolean sameLength = folded.length() == text.length();
        // Each range or single age said of ages, as {from, to, start, end}, in the text's order.
        List<int[]> said = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        Matcher m = RANGE.matcher(folded);
        while (m.find()) {
            int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int to = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            ranges.add(new int[]{m.start(), m.end()});
            int[] span = agesSaid(folded, m.start(), m.end());
            if (from <= to && span != null) {
                said.add(new int[]{from, to, span[0], span[1]});
            }
        }
        Matcher one = ONE_AGE.matcher(folded);
        while (one.find()) {
            int start = one.start();
            if (ranges.stream().anyMatch(r -> r[0] < one.end() && start < r[1])) {
                continue;
            }
            if (one.group(3) != null && !saidOfYoungPeople(folded.substring(0, start))) {
                continue;
            }
            String age = one.group(1) != null ? one.group(1) : one.group(2) != null ? one.group(2) : one.group(3);
            Matcher unit = AGE_AFTER.matcher(folded.substring(one.end()));
            int end = one.group(1) != null && unit.find() ? one.end() + unit.end() : one.end();
            said.add(new int[]{Integer.parseInt(age), Integer.parseInt(age), start, end});
        }
        said.sort(java.util.Comparator.comparingInt(a -> a[2]));
        StringBuilder rest = new StringBuilder();
        int kept = 0;
        for (int[] ages : said) {
            boolean any = false;
            for (Aged term : terms) {
                String name = term.vocabulary() + "=" + term.key();
                if (term.from() <= ages[1] && ages[0] <= term.to()) {
                    any = true;
                    if (!named.contains(name)) {
                        named.add(name);
                    }
                }
            }
            if (any && sameLength && ages[2] >= kept) {
                rest.append(text, kept, ages[2]).append(' ');
                kept = ages[3];
            }
        }
        rest.append(text.substring(Math.min(kept, text.length())));
        return new Reading(named, sameLength ? rest.toString() : text);
    }

    /** Whether the text before « de 14 ans » ends with a word of the aged terms' labels (« jeunes de »). */
    private boolean saidOfYoungPeople(String before) {
        Matcher last = LAST_WORD_BEFORE_DE.matcher(before);
        return last.find() && groupWords.contains(last.group(1));
    }

    private static final Pattern LAST_WORD_BEFORE_DE = Pattern.compile("([\\p{L}][\\p{L}'’+-]*)\\s+de\\s+$");

    /**
     * Where the range and its words for age start and end when the range is said of ages (null when it is not): a
     * word for age before or after it, the end of the text or of a clause after it, or a word of the aged terms'
     * labels or synonyms.
     */
    private int[] agesSaid(String folded, int start, int end) {
        String after = folded.substring(end);
        Matcher before = AGE_BEFORE.matcher(folded.substring(0, start));
        Matcher unit = AGE_AFTER.matcher(after);
        boolean hasBefore = before.find();
        boolean hasAfter = unit.find();
        int from = hasBefore
                ? before.start() + (before.group().isEmpty() || Character.isLetter(before.group()
                        .charAt(0)) ? 0 : 1)
                : start;
        int to = hasAfter ? end + unit.end() : end;
        if (hasBefore || hasAfter) {
            return new int[]{from, to};
        }
        Matcher next = NEXT.matcher(after);
        if (!next.find()) {
            return null;
        }
        if (next.group(1) == null) {
            return new int[]{from, to};
        }
        String word = next.group(1);
        return FUNCTION_WORDS.contains(word) || groupWords.contains(word) ? new int[]{from, to} : null;
    }

    /**
     * The query for the resources made only for other ages than the text says: tagged with a term whose label gives
     * ages, none of them overlapping the range. A search that names ages leaves them out, so its count narrows ("12 to
     * 17" no longer counts the studies of children of 6 to 11); a resource made for anyone (no such term) stays. Null
     * when the text says no range of ages, or no term is for other ages only.
     */
    Query otherAgesOnly(String text) {
        List<String> named = termsIn(text);
        if (named.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder others = new BooleanQuery.Builder();
        boolean any = false;
        for (Aged term : terms) {
            String name = term.vocabulary() + "=" + term.key();
            if (!named.contains(name)) {
                others.add(new TermQuery(new Term(Fields.TERM, name)), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        named.forEach(name -> others.add(new TermQuery(new Term(Fields.TERM, name)), BooleanClause.Occur.MUST_NOT));
        return others.setMinimumNumberShouldMatch(1).build();
    }

    /**
     * The words' matches narrowed to the ages the text names, as a filter would, those made for them ranked first:
     * naming ages added every resource made for them, words or not, and kept those made only for other ages, so
     * "mentoring for 12 to 17" counted more than "mentoring" (user session). A resource made for anyone stays.
     */
    Query narrowed(Query words, Query forAges, String text) {
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST).add(forAges,
                BooleanClause.Occur.SHOULD);
        Query otherAges = otherAgesOnly(text);
        if (otherAges != null) {
            narrowed.add(otherAges, BooleanClause.Occur.MUST_NOT);
        }
        return narrowed.build();
    }

    /**
     * Every resource but those made only for other ages than the text names ({@link #otherAgesOnly}): what ranking by
     * meaning may add to the matches by words, which leave them out too.
     */
    Query allButOtherAges(String text) {
        Query otherAges = otherAgesOnly(text);
        return otherAges == null
                ? new MatchAllDocsQuery()
                : new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .add(otherAges, BooleanClause.Occur.MUST_NOT).build();
    }

    /** How many of a ranking's first hits may be reordered for the ages a query names. */
    static final int HEAD = 20;

    /**
     * The ranking with, among its first {@link #HEAD} hits, those made for the ages the text names (every term of
     * theirs that gives ages is one the text names) before the others, each part in its order: "mentoring for 12 to
     * 17" listed first the meta-analyses tagged with every age, as they match the ages as well as a program made for
     * teens (user session). Only hits that hold the query's topic move up, so a resource made for those ages but about
     * something else does not pass the answers. The same ranking when the text names no ages.
     * <p>
     * Those moved up are strong matches: they hold the topic and are made for the ages asked. Judged by their scores
     * alone, they were not (a resource made for every age scores as much by the ages and often more by the words), and
     * as strong matches count where they lead the ranking, « jeunes de 12 à 15 ans » had none (user session).
     *
     * @param strong
     *            the query's strong matches, to which the hits made for the ages are added
     */
    TopDocs madeForThemFirst(IndexSearcher searcher, TopDocs ranking, String text, Set<Integer> holding,
            Set<Integer> strong) throws java.io.IOException {
        List<String> named = termsIn(text);
        if (named.isEmpty() || ranking.scoreDocs.length < 2) {
            return ranking;
        }
        Set<String> aged = new HashSet<>();
        terms.forEach(term -> aged.add(term.vocabulary() + "=" + term.key()));
        int head = Math.min(HEAD, ranking.scoreDocs.length);
        List<ScoreDoc> first = new ArrayList<>();
        List<ScoreDoc> then = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < head; i++) {
            ScoreDoc hit = ranking.scoreDocs[i];
            List<String> its = new ArrayList<>();
            for (String term : stored.document(hit.doc, Set.of(Fields.TERM)).getValues(Fields.TERM)) {
                if (aged.contains(term)) {
                    its.add(term);
                }
            }
            boolean madeForThem = !its.isEmpty() && named.containsAll(its) && holding.contains(hit.doc);
            (madeForThem ? first : then).add(hit);
        }
        first.forEach(hit -> strong.add(hit.doc));
        if (first.isEmpty() || then.isEmpty()) {
            return ranking;
        }
        first.addAll(then);
        ScoreDoc[] reordered = ranking.scoreDocs.clone();
        for (int i = 0; i < head; i++) {
            // The place keeps its score: the ranking's scores still fall as it goes down.
            reordered[i] = new ScoreDoc(first.get(i).doc, ranking.scoreDocs[i].score, first.get(i).shardIndex);
        }
        return new TopDocs(ranking.totalHits, reordered);
    }

    /**
     * The query for the resources tagged with the terms whose ages the text says; null when the text says no range of
     * ages.
     */
    Query query(String text) {
        List<String> named = termsIn(text);
        if (named.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        // The ages are the most particular thing such a query says: "jeunes de 6 à 9 ans" is about children first,
        // and « jeunes » is in most titles. They weigh as a word in an item's title and terms both would, once per
        // resource: a resource tagged with each age group the range overlaps (a meta-analysis of every age) scored
        // twice what one made for part of the range did, so « 12 à 15 ans » called the every-age ones strong and
        // none of those made for 11 to 14 (user session), and a rarer group's tag outscored a common one's.
        float weight = Fields.WEIGHTS.get(Fields.text("title", "en")) + Fields.WEIGHTS.get(Fields.text("terms", "en"));
        for (String name : named) {
            terms.add(new TermQuery(new Term(Fields.TERM, name)), BooleanClause.Occur.SHOULD);
        }
        return new BoostQuery(new ConstantScoreQuery(terms.build()), weight);
    }
}
