package org.kmbportal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import org.kmbportal.platform.PortalSettings;

/**
 * Ranks by words and by meaning at once. The words find what says what the reader typed; the meaning (a sentence
 * embedding, {@link SentenceEncoder}) finds what is about the same thing in other words ("young offenders" and
 * "justice-involved youth"). The two rankings are fused by reciprocal rank: an item's score is the sum, over the
 * rankings that hold it, of its weight divided by a constant plus its place, so neither ranking's own scale matters
 * and an item both put near the top comes first.
 */
final class HybridRanking {

    /** How many of each ranking take part in the fusion. */
    static final int DEPTH = 100;
    /**
     * Damps the difference between the first places. Reciprocal rank fusion usually takes 60; measured on the judged
     * queries, 10 (first places count more) ranks better, for both kinds of query.
     */
    static final int RANK_CONSTANT = 10;
    /**
     * The weight of the ranking by words; the meaning's is at most 1 ({@link #meaningWeight}), reached by a sentence.
     * Measured on the judged queries: 1.2 ranks whole questions better than 1.5 (0.620 against 0.593) and short
     * queries as well (the meaning weighs little for them whatever this is).
     */
    static final double WORDS_WEIGHT = 1.2;
    /**
     * How much a match by words counts in the fusion when it holds less than half of what the query's words carry
     * ({@link TopicWords}): a question's common words ("keep", "help", "kid") find texts about something else, which
     * the ranking by words still puts high. Measured on the judged queries (bench/README.md stop 58): 0.5 ranks whole
     * questions 0.617 -> 0.654 and all 0.778 -> 0.798; 0.25 and 0 rank worse (a text holding some of the words is
     * still often useful).
     */
    static final double OFF_TOPIC_WORDS = 0.5;
    /** The meaning's weight reaches 1 from this many words: a word or two says little a sentence would. */
    static final int SENTENCE_WORDS = 5;

    /** Quotes, exclusions and Boolean operators ask for exact words: the ranking by meaning does not apply then. */
    private static final Pattern OPERATORS = Pattern
            .compile("[\"«»“”„]|(^|\\s)[-+][\\p{L}\\p{N}]|\\b(OR|AND|NOT)\\b|[*~]");

    /** The cosine similarity from which an item that contains none of the words is close enough to be a result. */
    static final double CLOSE_IN_MEANING = 0.45;

    private static final java.util.Set<String> FRENCH_MARKERS = java.util.Set.of("le", "la", "les", "des", "du",
            "une", "est", "et", "nous", "nos", "notre", "pour", "dans", "avec", "qui", "que", "pas", "sont", "au",
            "aux",
            "leur", "leurs", "ces", "mais", "sur");
    private static final java.util.Set<String> ENGLISH_MARKERS = java.util.Set.of("the", "and", "our", "we", "is",
            "are", "for", "with", "to", "of", "in", "that", "not", "they", "their", "but", "these");
    private static final CharArraySet STOP_WORDS = StopWords.bothLanguages();
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private HybridRanking() {
    }

    /**
     * The query's embedding, or null when ranking by meaning does not apply: no model, operators in the query, or a
     * French reader unless {@code kmb.semantic.fr} is on (off by default: on the held-out French questions it ranked
     * worse, bench/README.md stop 42). The model learned English: a French query is then embedded with the words the
     * glossary knows given in English ({@link Glossary#inEnglish}).
     */
    static float[] queryMeaning(String query, String readerLanguage) {
        return forLanguage(readerLanguage) ? embedded(query, readerLanguage) : null;
    }

    /**
     * The query's embedding whether or not the reader's searches are ranked by meaning (null without a model or with
     * operators in the query): strong matches are judged by meaning for every reader ({@link SearchService}).
     */
    static float[] embedded(String query, String readerLanguage) {
        if (query == null || query.isBlank() || asksForExactWords(query)) {
            return null;
        }
        // The model learned English: a French reader's words the glossary knows are given to it in English.
        // Either spelling of a word is given to it one way, as the words' side reads them (SpellingFolding).
        String text = SpellingFolding.folded("fr".equals(readerLanguage) ? Glossary.inEnglish(query) : query);
        float[] known;
        synchronized (RECENT) {
            known = RECENT.get(text);
        }
        if (known == null) {
            known = SentenceEncoder.embed(text);
            if (known == null) {
                return null;
            }
            synchronized (RECENT) {
                RECENT.put(text, known);
            }
        }
        return known.clone();
    }

    /** How many queries' embeddings are kept (the most recently used): a query is often asked again. */
    private static final int RECENT_QUERIES = 256;

    /** Recent queries' embeddings (the model is the same for the JVM's life, so a query's embedding is too). */
    private static final Map<String, float[]> RECENT = new java.util.LinkedHashMap<>(RECENT_QUERIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > RECENT_QUERIES;
        }
    };

    /**
     * How much the ranking by meaning counts for a query: less for a word or two (which say little a sentence would),
     * and less for each word that is an author's name or a year (a name has no meaning to compare: "Spencer 2007"
     * asks for those words).
     */
    static double meaningWeight(String query, IndexReader reader) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = Analysis.plain().tokenStream(Fields.AUTHORS, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                // Function words and initials say nothing either way (and initials are in the authors' field).
                if (term.length() > 2 && !STOP_WORDS.contains(term.buffer(), 0, term.length())) {
                    words.add(term.toString());
                }
            }
            tokens.end();
        }
        if (words.isEmpty()) {
            return 0;
        }
        int names = 0;
        for (String word : words) {
            names += YEAR.matcher(word).matches() || reader.docFreq(new Term(Fields.AUTHORS, word)) > 0 ? 1 : 0;
        }
        double length = Math.min(1.0, (double) words.size() / SENTENCE_WORDS);
        return length * (1.0 - (double) names / words.size());
    }

    /** Whether the query asks for exact words: quotes, exclusions, Boolean operators, wildcards, a field named. */
    static boolean asksForExactWords(String query) {
        return query != null && (OPERATORS.matcher(query).find() || FieldSyntax.present(query));
    }

    /** Whether a text is in French rather than English, by its function words (which every sentence has). */
    static boolean looksFrench(String text) {
        int french = 0;
        int english = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            french += FRENCH_MARKERS.contains(word) ? 1 : 0;
            english += ENGLISH_MARKERS.contains(word) ? 1 : 0;
        }
        return french > english;
    }

    static boolean forLanguage(String readerLanguage) {
        return !"fr".equals(readerLanguage) || PortalSettings.current().semanticForFrench();
    }

    /** The {@code k} items nearest in meaning among those the filter accepts (all, when it is null). */
    static TopDocs nearest(IndexSearcher searcher, float[] meaning, Query filter, int k) throws IOException {
        return searcher.search(new KnnFloatVectorQuery(Fields.MEANING, meaning, k, filter), k);
    }

    /**
     * The {@code k} items nearest in meaning for a reader of a language the model did not learn, each as the version
     * the reader is offered: a translated resource is compared by every version's vector (its English version's says
     * best what it is about) and placed at its nearest version's place, under the number of the version the readable
     * filter accepts (the reader's). An item no version of which the filter accepts is left out.
     *
     * @param readable
     *            the versions the reader is offered, with the request's filters
     * @param all
     *            every version, with the request's filters
     */
    static TopDocs nearestAsRead(IndexSearcher searcher, float[] meaning, Query readable, Query all, int k)
            throws IOException {
        TopDocs near = nearest(searcher, meaning, all, 2 * k);
        java.util.Set<String> keys = new java.util.HashSet<>();
        List<Translations.Version> versions = new ArrayList<>();
        for (ScoreDoc hit : near.scoreDocs) {
            Translations.Version version = Translations.version(searcher, hit.doc);
            versions.add(version);
            keys.add(version.id());
            keys.add(version.group());
        }
        if (keys.isEmpty()) {
            return near;
        }
        List<org.apache.lucene.util.BytesRef> terms = keys.stream().map(org.apache.lucene.util.BytesRef::new)
                .toList();
        Query resources = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.TermInSetQuery(Fields.ID, terms),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .add(new org.apache.lucene.search.TermInSetQuery(Fields.TRANSLATION_GROUP, terms),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD)
                .build();
        Query offered = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(readable, org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(resources, org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
        Map<String, Integer> asRead = new HashMap<>();
        for (int doc : searcher.search(offered, new OneRanking.AllDocs())) {
            Translations.Version version = Translations.version(searcher, doc);
            asRead.putIfAbsent(version.id(), doc);
            asRead.putIfAbsent(version.group(), doc);
        }
        List<ScoreDoc> kept = new ArrayList<>();
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        for (int i = 0; i < near.scoreDocs.length && kept.size() < k; i++) {
            Translations.Version version = versions.get(i);
            Integer doc = asRead.getOrDefault(version.id(), asRead.get(version.group()));
            if (doc != null && listed.add(doc)) {
                kept.add(new ScoreDoc(doc, near.scoreDocs[i].score));
            }
        }
        return new TopDocs(new TotalHits(kept.size(), TotalHits.Relation.EQUAL_TO), kept.toArray(ScoreDoc[]::new));
    }

    /**
     * The two rankings fused, best first, at most {@code size} of them; a hit's score is its fused score. The total
     * is the lexical one's (the items that contain the words) plus the items only the meaning found.
     */
    static TopDocs fuse(TopDocs words, TopDocs meaning, int size, double meaningWeight) {
        return fuse(words, meaning, size, meaningWeight, null);
    }

    /**
     * @param onTopic
     *            the matches by words that hold the query's topic ({@link TopicWords.Judged#holding}); the others
     *            count {@link #OFF_TOPIC_WORDS} of their place by words. Null: every match counts fully.
     */
    static TopDocs fuse(TopDocs words, TopDocs meaning, int size, double meaningWeight,
            java.util.Set<Integer> onTopic) {
        Map<Integer, double[]> scores = new HashMap<>();
        // Every item the words found takes part (beyond the first DEPTH, at places the meaning cannot reach), so
        // that the last pages list what the total counts.
        for (int place = 0; place < words.scoreDocs.length; place++) {
            int doc = words.scoreDocs[place].doc;
            double share = onTopic == null || onTopic.contains(doc) ? 1.0 : OFF_TOPIC_WORDS;
            scores.computeIfAbsent(doc, d -> new double[1])[0] += share * WORDS_WEIGHT / (RANK_CONSTANT + place + 1);
        }
        if (meaningWeight > 0) {
            add(scores, admitted(meaning.scoreDocs, scores), meaningWeight, DEPTH);
        }
        List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Comparator.<Map.Entry<Integer, double[]>> comparingDouble(e -> -e.getValue()[0])
                .thenComparingInt(Map.Entry::getKey));
        ScoreDoc[] fused = new ScoreDoc[Math.min(size, ranked.size())];
        for (int i = 0; i < fused.length; i++) {
            fused[i] = new ScoreDoc(ranked.get(i).getKey(), (float) ranked.get(i).getValue()[0]);
        }
        long onlyByMeaning = scores.size() - words.scoreDocs.length;
        long total = words.totalHits.value() + onlyByMeaning;
        return new TopDocs(new TotalHits(total, words.totalHits.relation()), fused);
    }

    /** The fused score of a match by words alone at a place (0 first) of the ranking by words. */
    static double wordsScore(int place) {
        return WORDS_WEIGHT / (RANK_CONSTANT + place + 1);
    }

    /**
     * The meaning's ranking without the items that contain none of the words and are not close in meaning either:
     * every text of the library is somewhat about mentoring, and the count would otherwise always be the library.
     */
    private static ScoreDoc[] admitted(ScoreDoc[] meaning, Map<Integer, double[]> byWords) {
        return java.util.Arrays.stream(meaning)
                .filter(hit -> byWords.containsKey(hit.doc) || 2.0 * hit.score - 1.0 >= CLOSE_IN_MEANING)
                .toArray(ScoreDoc[]::new);
    }

    private static void add(Map<Integer, double[]> scores, ScoreDoc[] ranking, double weight, int depth) {
        for (int place = 0; place < Math.min(depth, ranking.length); place++) {
            scores.computeIfAbsent(ranking[place].doc, d -> new double[1])[0] += weight
                    / (RANK_CONSTANT + place + 1);
        }
    }
}
