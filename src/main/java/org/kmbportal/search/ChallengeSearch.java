package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.text.StringEscapeUtils;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.kmbportal.library.Taxonomy;

/**
 * What matching asks of search: the catalog of every item's features, how well each item answers a challenge
 * written in an organization's own words (with the synonyms and both languages of ordinary search), and which of
 * those words each item speaks to.
 */
@ApplicationScoped
public class ChallengeSearch {

    /**
     * The share of a challenge's relevance that comes from meaning (the rest from shared words); measured on the
     * judged profiles, 0.3 ranks better than 0.5 or 0.6.
     */
    static final double MEANING_SHARE = 0.3;
    /** A cosine similarity at or below which a text is taken as unrelated to the challenge. */
    static final double UNRELATED = 0.2;

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    @Inject
    SearchIndex index;

    /** Every published item's matching features, as of the latest refresh. */
    public List<CatalogEntry> catalog() {
        return index.withSearcher(FacetSearcher::catalog);
    }

    /**
     * The published items a reader of the language is offered, with their matching features, and the translation
     * groups that have a version in the language, both as of the same refresh.
     */
    public LanguageCatalog catalog(String language) {
        return index.withSearcher(
                searcher -> new LanguageCatalog(searcher.readableIn(language), searcher.groupsIn(language)));
    }

    /**
     * @param entries
     *            the catalog without the versions in other languages of the items that have one in the language (an
     *            item's version in the language stands for it), in the catalog's order
     * @param groupsInLanguage
     *            the translation groups of the items that have a version in the language
     */
    public record LanguageCatalog(List<CatalogEntry> entries, Set<String> groupsInLanguage) {
    }

    /**
     * How well each item answers the text, from 0 to 1 (the best answer scores 1), for the {@code max} best items;
     * the others answer it not at all. Empty text gives an empty map. For a text in English the answer mixes the
     * words the item shares with the text and how near it is to the text in meaning ({@link HybridRanking}); for a
     * reader of French, the words alone (the model was trained on English). The language is the text's own: an organization may write its
     * challenges in either.
     */
    public Map<String, Float> relevance(String text, int max) {
        String words = informativeWords(text);
        if (words.isEmpty()) {
            return Map.of();
        }
        Analysis analysis = index.analysis();
        return index.withSearcher(searcher -> searcher.relevance(max + "\u0000" + text, analysis,
                () -> relevance(searcher, text, words, max)));
    }

    private Map<String, Float> relevance(FacetSearcher searcher, String text, String words, int max) {
        float[] meaning = HybridRanking.looksFrench(text)
                ? null
                : SentenceEncoder.embed(SpellingFolding.folded(text));
        try {
            Map<String, Float> scores = new HashMap<>();
            TopDocs top = best(searcher, CommonWords.without(text, words, languageOf(text), searcher.getIndexReader(),
                    index.analysis().query(), index.taxonomy()), max);
            Map<Integer, String> ids = ChallengeScores.ids(searcher, top.scoreDocs);
            float best = top.scoreDocs.length == 0 ? 1 : top.scoreDocs[0].score;
            double wordsShare = meaning == null ? 1.0 : 1.0 - MEANING_SHARE;
            for (ScoreDoc hit : top.scoreDocs) {
                String id = ids.get(hit.doc);
                if (id != null) {
                    scores.put(id, (float) (wordsShare * hit.score / best));
                }
            }
            if (meaning != null) {
                ChallengeScores.addMeaning(scores, HybridRanking.nearest(searcher, meaning, null, max), searcher);
            }
            ChallengeScores.addCollections(scores, searcher);
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How well each of the items {@code among} (ids of the catalog) answers the text, as {@link #relevance(String, int)}
     * scores them, without ranking the rest of the library: the text's words and meaning are scored only over those
     * items (and the versions of the items of a collection among them, which a collection's relevance is made of),
     * while the scale is still the whole library's (its best answer by words and its nearest item in meaning, each
     * found among the library's first {@link SentenceScoresAmong#BEST_OF} by a search that keeps no more). An item the text answers not
     * at all is left out. What a long paragraph's sentences need: each only reorders the paragraph's best few
     * ({@code ChallengeRelevance}), and each searched the whole library for {@code max} answers. Not kept between
     * calls (the ids differ from one paragraph to the next).
     *
     * <p>
     * The same scores as {@link #relevance(String, int)} for the items that are within its {@code max} first; on a
     * large library an item of {@code among} beyond them gets its own score here instead of none.
     */
    public Map<String, Float> relevance(String text, Collection<String> among) {
        String words = informativeWords(text);
        if (words.isEmpty() || among.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> SentenceScoresAmong.of(searcher, index, text, words, among));
    }

    /** For each item, the words of the text that its notes or body speak to (as highlighted by search). */
    public Map<String, List<String>> matchedWords(Collection<String> ids, String text) {
        String words = informativeWords(text);
        if (words.isEmpty() || ids.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            try {
                Query query = query(words, searcher);
                List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
                Query only = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                        .add(new TermInSetQuery(Fields.ID, terms), BooleanClause.Occur.FILTER).build();
                TopDocs top = searcher.search(only, ids.size());
                int[] docIds = java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
                String[] snippets = Snippets.forHits(searcher, index.analysis().index(), query, docIds);
                Map<String, List<String>> matched = new HashMap<>();
                for (int i = 0; i < docIds.length; i++) {
                    Set<String> found = new LinkedHashSet<>();
                    Matcher m = MARKED.matcher(snippets[i]);
                    while (m.find() && found.size() < 4) {
                        // The snippet is HTML (escaped, for pages that show it as such); the reasons want plain words.
                        found.add(StringEscapeUtils.unescapeHtml4(m.group(1)).toLowerCase(java.util.Locale.ROOT));
                    }
                    matched.put(searcher.storedFields().document(docIds[i]).get(Fields.ID), new ArrayList<>(found));
                }
                return matched;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The language a text is written in, {@code en} or {@code fr}, from the text alone (never from the page it was
     * typed on): by its function words, and when these do not tell, by its accented letters. An organization may write
     * its paragraph in either language and read the portal in the other.
     */
    public static String languageOf(String text) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        if (HybridRanking.looksFrench(text)) {
            return "fr";
        }
        // One French function word more tips it to French only when the two languages' words are as many.
        boolean tie = HybridRanking.looksFrench(text + " le");
        return tie && FRENCH_LETTERS.matcher(text).find() ? "fr" : "en";
    }

    private static final java.util.regex.Pattern FRENCH_LETTERS = java.util.regex.Pattern.compile("[éèêàâçôûîœù]",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The taxonomy's topics the text names in the reader's language, the most clearly named first, each with how much of
     * its label the text uses; for reasons that name a topic rather than quote the text.
     */
    public Map<String, Double> namedTopics(String text, String language) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> topics(searcher.getIndexReader()).in(text, language));
    }

    /**
     * Each topic whose label's words the text uses in the reader's language, even without naming it (a word two
     * labels share, a common one), with how much of its label it uses; to say which of a resource's topics is
     * nearest to what the organization wrote when it named none.
     */
    public Map<String, Double> usedTopics(String text, String language) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> topics(searcher.getIndexReader()).used(text, language));
    }

    /** The topic words of the taxonomy and library a searcher sees, read once for both (they change rarely). */
    private record TopicWords(Taxonomy taxonomy, Analysis analysis, IndexReader reader, NamedTopics topics) {
    }

    private volatile TopicWords topicWords;

    private NamedTopics topics(IndexReader reader) {
        Taxonomy taxonomy = index.taxonomy();
        Analysis analysis = index.analysis();
        TopicWords known = topicWords;
        if (known == null || known.taxonomy() != taxonomy || known.analysis() != analysis
                || known.reader() != reader) {
            known = new TopicWords(taxonomy, analysis, reader, new NamedTopics(taxonomy, analysis, reader));
            topicWords = known;
        }
        return known.topics();
    }

    /** Titles of items, by id (for the few a page shows). */
    public Map<String, String> titles(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            try {
                Map<String, String> titles = new HashMap<>();
                List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
                for (ScoreDoc hit : searcher.search(new TermInSetQuery(Fields.ID, terms), ids.size()).scoreDocs) {
                    var doc = searcher.storedFields().document(hit.doc);
                    titles.put(doc.get(Fields.ID), doc.get(Fields.TITLE_STORED));
                }
                return titles;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The {@code max} items that answer the words best, scored as {@link #query} scores them. The bonus for words
     * found close together is added to the best matches only ({@link #RESCORED} times as many as wanted): the
     * phrases are not checked against every item that shares a common word with the text.
     */
    TopDocs best(IndexSearcher searcher, String words, int max) throws IOException {
        return best(searcher, QueryInterpreter.interpret(words, index.analysis(), searcher.getIndexReader()), max);
    }

    static TopDocs best(IndexSearcher searcher, QueryInterpreter.Interpreted interpreted, int max)
            throws IOException {
        return best(searcher, interpreted, max, 0);
    }

    /**
     * As {@link #best(IndexSearcher, QueryInterpreter.Interpreted, int)}, the whole query scoring the {@code pool} best
     * by the short fields ({@link CountedThenRanked}; 0: its own pool).
     */
    static TopDocs best(IndexSearcher searcher, QueryInterpreter.Interpreted interpreted, int max, int pool)
            throws IOException {
        Query bonus = interpreted.bonus();
        int n = bonus == null ? max : max * RESCORED;
        TopDocs byWords = pool == 0
                ? CountedThenRanked.best(searcher, interpreted.matches(), n)
                : CountedThenRanked.best(searcher, interpreted.matches(), n, pool);
        if (bonus == null) {
            return byWords;
        }
        TopDocs rescored = QueryRescorer.rescore(searcher, byWords, bonus, 1.0, max);
        Arrays.sort(rescored.scoreDocs, Comparator.<ScoreDoc> comparingDouble(d -> -d.score)
                .thenComparingInt(d -> d.doc));
        return rescored;
    }

    /** How many more of the best matches by words than wanted get the proximity bonus. */
    static final int RESCORED = 2;

    /**
     * The query for the text's words: a few words as a reader's search for them, a paragraph by its most distinctive
     * words (bounded whatever its length).
     */
    Query query(String words, IndexSearcher searcher) {
        return QueryInterpreter.interpret(words, index.analysis(), searcher.getIndexReader()).combined();
    }

    /** The text's words without function words or operators (a challenge is at most 2,000 characters). */
    static String informativeWords(String text) {
        return text == null ? "" : String.join(" ", DistinctiveWords.informative(text));
    }

}
