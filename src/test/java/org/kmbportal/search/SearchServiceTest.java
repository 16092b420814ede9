package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;

/** Search over the shipped library, with a real index on disk. */
class SearchServiceTest {

    private static SearchFixture library;

    @BeforeAll
    static void buildIndex() {
        library = SearchFixture.sharedShippedLibrary();
    }

    private static SearchResult search(String query, Map<String, List<String>> filters, SearchRequest.Order order,
            String language) {
        return library.search.search(new SearchRequest(query, filters, null, null, order, 1, 10, language));
    }

    @Test
    void findsWhatAPractitionerAsksForAndHighlightsTheWords() {
        SearchResult result = library.search("closing a match");
        List<String> ids = library.ids(result);
        assertTrue(ids.subList(0, 3).contains("closing-a-match-well"), ids.toString());
        assertTrue(result.hits().stream().anyMatch(h -> h.snippet().contains("<mark>")), "some snippet highlights");
    }

    @Test
    void wordsCloseTogetherRankAsTheWholeQueryWouldRankThem() {
        // The proximity bonus is added to the best matches only (for speed); on them, the order is the whole query's.
        Analysis analysis = library.index.analysis().forReader("fr");
        for (String query : List.of("closing a match", "mentor training for new volunteers", "staff turnover",
                "formation des mentors")) {
            List<String> whole = library.index.withSearcher(searcher -> {
                try {
                    Query combined = QueryInterpreter.parse(QueryInterpreter.normalize(query, "en"), analysis);
                    // One result per resource: a version is left out when the reader's version matches too.
                    java.util.Set<String> hidden = Translations.hiddenVersions(searcher, combined, "fr");
                    List<String> ids = new java.util.ArrayList<>();
                    for (ScoreDoc hit : searcher.search(combined, 40).scoreDocs) {
                        String id = searcher.storedFields().document(hit.doc).get(Fields.ID);
                        if (!hidden.contains(id) && ids.size() < 40) {
                            ids.add(resource(id));
                        }
                    }
                    return ids;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            // As a French reader, whose search ranks by words alone (no ranking by meaning mixed in).
            SearchResult found = library.search.search(new SearchRequest(query, Map.of(), null, null,
                    SearchRequest.Order.RELEVANCE, 1, 10, "fr", true));
            // An English question on the French page lists first the strong matches its own language's page judges
            // (StrongOnEitherPageTest); the rest keep the whole query's order.
            java.util.Set<String> strong = found.hits().stream().filter(SearchResult.Hit::strong)
                    .map(h -> resource(h.id())).collect(java.util.stream.Collectors.toSet());
            List<String> rest = library.ids(found).stream().map(SearchServiceTest::resource)
                    .filter(id -> !strong.contains(id)).toList();
            assertEquals(whole.stream().filter(id -> !strong.contains(id)).limit(rest.size()).toList(), rest, query);
        }
    }

    /** The id of a resource's original, for either version. */
    private static String resource(String id) {
        return library.resources.stream().filter(r -> r.id().equals(id) && !r.translationOf().isEmpty())
                .map(r -> r.translationOf()).findFirst().orElse(id);
    }

    @Test
    void snippetsAreEscapedText() {
        for (SearchResult.Hit hit : library.search("mentor relationship").hits()) {
            String withoutMarks = hit.snippet().replace("<mark>", "").replace("</mark>", "");
            assertFalse(withoutMarks.contains("<"), hit.snippet());
        }
    }

    @Test
    void facetCountsIgnoreTheirOwnFilterButFollowTheOthers() {
        SearchResult all = search("mentoring", Map.of(), SearchRequest.Order.RELEVANCE, "en");
        SearchResult narrowed = search("mentoring", Map.of("topic", List.of("match-closure")),
                SearchRequest.Order.RELEVANCE, "en");
        assertTrue(narrowed.total() < all.total());
        assertEquals(all.facets().get("topic"), narrowed.facets().get("topic"), "topic counts drill sideways");
        long guides = count(narrowed, "type", "practice-guide");
        long guidesOverall = count(all, "type", "practice-guide");
        assertTrue(guides < guidesOverall, "type counts follow the topic filter");
        assertEquals(narrowed.total(), narrowed.facets().get("type").stream().mapToLong(v -> v.count()).sum());
        SearchResult.FacetValue closure = narrowed.facets().get("topic").stream()
                .filter(v -> v.key().equals("match-closure")).findFirst().orElseThrow();
        assertEquals("Match closure", closure.label());
        assertEquals(narrowed.total(), closure.count());
    }

    @Test
    void labelsFollowTheReadersLanguage() {
        SearchResult french = search("", Map.of(), SearchRequest.Order.RELEVANCE, "fr");
        assertTrue(french.facets().get("type").stream().anyMatch(v -> v.label().equals("Guide pratique")));
        assertTrue(french.facets().get("topic").stream().anyMatch(v -> v.label().equals("Fin des jumelages")));
    }

    @Test
    void anEnglishOrFrenchQueryFindsResourcesInBothLanguages() {
        List<String> languages = search("fin du jumelage", Map.of(), SearchRequest.Order.RELEVANCE, "fr").hits()
                .stream().map(SearchResult.Hit::language).distinct().toList();
        assertTrue(languages.containsAll(List.of("en", "fr")), languages.toString());
        List<String> fromEnglish = library.search.search(new SearchRequest("knowledge mobilization", Map.of(), null,
                null, SearchRequest.Order.RELEVANCE, 1, 30, "en")).hits().stream().map(SearchResult.Hit::language)
                .distinct().toList();
        assertTrue(fromEnglish.containsAll(List.of("en", "fr")), fromEnglish.toString());
    }

    @Test
    void misspellingsStillFindResultsAndOfferACorrection() {
        SearchResult result = library.search("mentorsip evalution");
        assertTrue(result.total() > 0);
        assertEquals("mentorship evaluation", result.suggestion());
        SearchResult french = search("évalution du programe", Map.of(), SearchRequest.Order.RELEVANCE, "fr");
        assertTrue(french.total() > 0);
        assertNotNull(french.suggestion());
    }

    @Test
    void aPractitionersQuestionOfFortyWordsIsAnswered() {
        String question = "How can a small community organization keep volunteer mentors engaged and prevent early"
                + " match endings when young people from immigrant families feel let down, staff have little training"
                + " time, and we have no evaluation budget or clear goals so far";
        assertEquals(40, question.split("\\s+").length);
        SearchResult result = library.search(question);
        assertTrue(result.total() > 0);
        assertFalse(result.hits().isEmpty());
    }

    @Test
    void validEnglishIsNotCorrectedIntoFrench() {
        SearchResult result = library.search("how do I keep volunteer mentors from quitting");
        assertTrue(result.total() > 0);
        assertTrue(result.suggestion() == null || !result.suggestion().contains("quittant"), result.suggestion());
        assertEquals("mentorship evaluation", library.search("mentorsip evalution").suggestion(),
                "misspelt words are still corrected");
    }

    @Test
    void aRealWordIsNeverCorrectedEvenWhenTheLibraryLacksIt() {
        for (String query : List.of("train 20 new mentors in September", "mentors unprepared for trauma",
                "a mentor just stops showing up")) {
            for (String reader : List.of("en", "fr")) {
                SearchResult result = search(query, Map.of(), SearchRequest.Order.RELEVANCE, reader);
                assertTrue(result.suggestion() == null, reader + " '" + query + "' became " + result.suggestion());
                assertFalse(result.corrected(), query);
            }
        }
        assertEquals("recruitment", library.search("recrutment").suggestion(), "a typing mistake is still corrected");
    }

    @Test
    void exclusionPhrasesAndOrWork() {
        List<String> closure = library.ids(library.search("closure"));
        List<String> withoutGuides = library.ids(library.search("closure -steps"));
        assertFalse(withoutGuides.contains("closing-a-match-well"), "the guide talks of steps");
        assertTrue(closure.contains("closing-a-match-well"));
        long either = library.search("jumelage OR closure").total();
        assertTrue(either >= library.search("closure").total() && either >= library.search("jumelage").total());
        assertTrue(library.search("\"developmental evaluation\"").total() >= 2);
    }

    @Test
    void authorNamesFindTheirStudies() {
        List<String> ids = library.ids(library.search("Spencer"));
        assertTrue(ids.subList(0, 3).stream().allMatch(id -> id.startsWith("spencer-")), ids.toString());
    }

    @Test
    void newestFirstAndYearRanges() {
        SearchResult newest = library.search.search(new SearchRequest("", Map.of("type", List.of("research-summary")),
                2010, null, SearchRequest.Order.NEWEST, 1, 20, "en"));
        assertTrue(newest.hits().stream().allMatch(h -> h.year() >= 2010), "years from 2010");
        List<String> ids = library.ids(newest);
        List<ResourceContent> inOrder = ids.stream()
                .map(id -> library.resources.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow())
                .toList();
        for (int i = 1; i < inOrder.size(); i++) {
            assertFalse(inOrder.get(i).published().isAfter(inOrder.get(i - 1).published()), ids.toString());
        }
        assertTrue(newest.facets().get("year").size() >= 2);
    }

    @Test
    void suggestionsOfferTopicsAuthorsAndTitles() {
        Suggestions suggestions = new Suggestions();
        suggestions.index = library.index;
        assertTrue(suggestions.suggest("match clo", "en", 8).contains("Match closure"));
        assertTrue(suggestions.suggest("rhod", "en", 8).stream().anyMatch(s -> s.startsWith("Rhodes")));
        assertTrue(suggestions.suggest("fin des", "fr", 8).contains("Fin des jumelages"));
        assertEquals(List.of(), suggestions.suggest("", "en", 8));
    }

    @Test
    void relatedResourcesLeaveOutTheResourceAndItsTranslations() {
        RelatedResources related = new RelatedResources();
        related.index = library.index;
        List<SearchResult.Hit> hits = related.related("grossman-2002-test-of-time", 5).orElseThrow();
        assertEquals(5, hits.size());
        List<String> ids = hits.stream().map(SearchResult.Hit::id).toList();
        assertFalse(ids.contains("grossman-2002-test-of-time") || ids.contains("grossman-2002-test-of-time-fr"),
                ids.toString());
        assertTrue(related.related("no-such-id", 5).isEmpty());
    }

    /**
     * Words with synonyms multiply: a phrase over them becomes one alternative per combination. A long challenge, or a
     * full search box, made of the taxonomy's own labels and synonyms in both languages used to fail with "too many
     * clauses" (a 500 on the organization page and POST /api/match); it must get ranked resources instead.
     */
    /** The longest challenge an organization may write (matching's limit). */
    private static final int LONGEST_CHALLENGE = 2000;

    @Test
    void textFullOfWordsWithSynonymsGetsAnAnswerNotAnError() {
        List<String> words = new java.util.ArrayList<>();
        library.taxonomy.synonyms().values()
                .forEach(groups -> groups.forEach(g -> words.addAll(List.of(g.split(",")))));
        library.taxonomy.vocabularies().forEach(v -> v.terms().forEach(t -> {
            words.add(t.label().en());
            words.add(t.label().fr());
        }));
        java.util.Random random = new java.util.Random(16);
        int answered = 0;
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            int length = 40 + random.nextInt(LONGEST_CHALLENGE - 100);
            while (text.length() < length) {
                text.append(words.get(random.nextInt(words.size())).strip())
                        .append(random.nextInt(4) == 0 ? ", " : " ");
            }
            String challenge = text.toString().strip();
            Map<String, Float> relevance = library.challengeSearch().relevance(challenge, 500);
            answered += relevance.isEmpty() ? 0 : 1;
            String query = String.join(" ", java.util.Arrays.stream(challenge.split("\\s+"))
                    .limit(QueryInterpreter.MAX_WORDS).toList());
            query = query.substring(0, Math.min(query.length(), QueryInterpreter.MAX_LENGTH)).strip();
            String language = i % 2 == 0 ? "en" : "fr";
            try {
                assertNotNull(search(query, Map.of(), SearchRequest.Order.RELEVANCE, language), query);
            } catch (BadQueryException e) {
                assertFalse(e.getMessage().isBlank(), "a refused search says why, in plain words: " + query);
            }
        }
        assertTrue(answered >= 190, answered + " of 200 challenges found resources");
    }

    private static long count(SearchResult result, String dimension, String key) {
        return result.facets().get(dimension).stream().filter(v -> v.key().equals(key)).mapToLong(v -> v.count())
                .sum();
    }
}
