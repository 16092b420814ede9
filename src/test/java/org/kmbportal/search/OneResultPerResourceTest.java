package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;

/**
 * A resource and its translation are one result: on the shipped library, in both interface languages, the reader sees
 * each resource once, in their own language where it exists, with a link to the other version; totals and facet
 * counts count it once, and related resources never list its own translation.
 */
class OneResultPerResourceTest {

    private static SearchFixture library;
    /** Every shipped id to the id of its resource (the original's id), both directions of translation_of. */
    private static final Map<String, String> RESOURCE = new HashMap<>();
    private static final Map<String, String> LANGUAGE = new HashMap<>();

    @BeforeAll
    static void build() {
        library = SearchFixture.sharedShippedLibrary();
        for (ResourceContent r : library.resources) {
            LANGUAGE.put(r.id(), r.language());
            RESOURCE.putIfAbsent(r.id(), r.id());
            if (!r.translationOf().isEmpty()) {
                RESOURCE.put(r.id(), r.translationOf());
                RESOURCE.put(r.translationOf(), r.translationOf());
            }
        }
        library.collections.forEach(c -> {
            RESOURCE.putIfAbsent(c.id(), c.id());
            LANGUAGE.put(c.id(), c.language());
        });
    }

    private static boolean translated(String id) {
        String resource = RESOURCE.get(id);
        return RESOURCE.entrySet().stream().filter(e -> e.getValue().equals(resource)).count() > 1;
    }

    private static SearchResult search(String query, String reader, int page, int size) {
        return library.search.search(new SearchRequest(query, Map.of(), null, null, SearchRequest.Order.RELEVANCE,
                page, size, reader));
    }

    @Test
    void mentoringInEnglishShowsNoFrenchTranslationOfAnEnglishResourceInTheTopTen() {
        SearchResult result = search("mentoring", "en", 1, 10);
        assertEquals(10, result.hits().size());
        for (SearchResult.Hit hit : result.hits()) {
            assertFalse("fr".equals(hit.language()) && translated(hit.id()),
                    hit.id() + " is the French version of a resource shown in English elsewhere");
        }
        assertTrue(result.hits().stream().anyMatch(SearchResult.Hit::hasTranslation),
                "some of the top ten have a French version and link to it");
    }

    @Test
    void frenchReadersSeeTheFrenchVersionWithALinkToTheEnglishOne() {
        for (String query : List.of("mentorat", "mentoring", "roulement du personnel", "staff turnover")) {
            SearchResult result = search(query, "fr", 1, 20);
            assertFalse(result.hits().isEmpty(), query);
            for (SearchResult.Hit hit : result.hits()) {
                if (translated(hit.id())) {
                    assertEquals("fr", hit.language(),
                            query + ": " + hit.id() + " shown in English to a French reader");
                    assertEquals("en", hit.alsoInLanguage(), query + ": " + hit.id());
                    assertEquals(RESOURCE.get(hit.id()), RESOURCE.get(hit.alsoIn()),
                            "the link goes to the same resource");
                }
            }
        }
        List<String> turnover = library.ids(search("staff turnover", "fr", 1, 10));
        assertTrue(turnover.contains("prevoir-le-roulement-du-personnel"), turnover.toString());
        assertFalse(turnover.contains("planning-for-staff-turnover"), turnover.toString());
    }

    @Test
    void englishReadersSearchingInFrenchSeeTheEnglishVersion() {
        List<String> ids = library.ids(search("roulement du personnel", "en", 1, 10));
        assertTrue(ids.contains("planning-for-staff-turnover"), ids.toString());
        assertFalse(ids.contains("prevoir-le-roulement-du-personnel"), ids.toString());
    }

    @Test
    void everyPageTogetherListsEachResourceOnceAndTheTotalCountsResources() {
        for (String reader : List.of("en", "fr")) {
            for (String query : List.of("mentoring", "mentorat", "youth", "")) {
                SearchResult first = search(query, reader, 1, 50);
                List<SearchResult.Hit> all = new ArrayList<>(first.hits());
                for (int page = 2; page <= first.pageCount(); page++) {
                    all.addAll(search(query, reader, page, 50).hits());
                }
                Set<String> resources = new HashSet<>();
                for (SearchResult.Hit hit : all) {
                    assertTrue(resources.add(RESOURCE.get(hit.id())),
                            reader + " '" + query + "': " + hit.id() + " is a resource listed twice");
                }
                assertEquals(first.total(), all.size(),
                        reader + " '" + query + "': the total counts each resource once");
                if (reader.equals("fr") || query.isEmpty()) {
                    // Lexical only: the language facet counts the same resources as the total.
                    long counted = first.facets().get("language").stream().mapToLong(SearchResult.FacetValue::count)
                            .sum();
                    assertEquals(first.total(), counted, reader + " '" + query + "': language counts");
                }
            }
        }
    }

    @Test
    void theWholeLibraryCountsEachResourceOnceInEitherLanguage() {
        long resources = RESOURCE.values().stream().distinct().count();
        assertEquals(resources, search("", "en", 1, 10).total());
        assertEquals(resources, search("", "fr", 1, 10).total());
    }

    @Test
    void aFilterOnTheOtherLanguageStillFindsThatLanguagesVersions() {
        SearchResult english = library.search.search(new SearchRequest("mentoring", Map.of("language", List.of("en")),
                null, null, SearchRequest.Order.RELEVANCE, 1, 50, "fr"));
        assertFalse(english.hits().isEmpty());
        english.hits().forEach(hit -> assertEquals("en", LANGUAGE.get(hit.id()), hit.id()));
    }

    @Test
    void relatedResourcesNeverListTheResourcesOwnTranslation() {
        RelatedResources related = new RelatedResources();
        related.index = library.index;
        for (ResourceContent r : library.resources) {
            List<SearchResult.Hit> hits = related.related(r.id(), 10).orElseThrow();
            for (SearchResult.Hit hit : hits) {
                assertFalse(RESOURCE.get(hit.id()).equals(RESOURCE.get(r.id())),
                        r.id() + " lists its own version " + hit.id() + " as related");
            }
        }
    }

    @Test
    void translationsLinkedInEitherDirectionOrBothAreOneResource() {
        var en = new Translations.Version("a-guide", "a-guide-fr", "en");
        var fr = new Translations.Version("a-guide-fr", "a-guide", "fr");
        assertEquals(Set.of("a-guide"), Translations.hidden(List.of(en, fr), "fr"));
        assertEquals(Set.of("a-guide-fr"), Translations.hidden(List.of(en, fr), "en"));
        // Only the English one names the French one as its original.
        var original = new Translations.Version("z-fr", "z-fr", "fr");
        var translation = new Translations.Version("b-en", "z-fr", "en");
        assertEquals(Set.of("z-fr"), Translations.hidden(List.of(original, translation), "en"));
        assertEquals(Set.of("b-en"), Translations.hidden(List.of(original, translation), "fr"));
        var alone = new Translations.Version("c", "c", "en");
        assertEquals(Set.of(), Translations.hidden(List.of(alone, original), "en"));
    }

    /**
     * Search reads which documents are translations from the searcher's in-memory catalog (reading doc values for
     * every match cost a 50,000-resource search 90% of its time); it decides exactly as the doc values do, for
     * generated searches made of the library's own words in both reader languages, and for the whole library.
     */
    @Test
    void theCatalogAndTheDocValuesHideAndCollapseTheSameVersions() {
        java.util.Random random = new java.util.Random(20261203);
        List<String> words = library.resources.stream()
                .flatMap(r -> java.util.Arrays.stream(r.title().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")))
                .filter(w -> w.length() > 3).distinct().sorted().toList();
        int[] withHidden = {0};
        library.index.withSearcher(searcher -> {
            try {
                org.apache.lucene.search.IndexSearcher plain = new org.apache.lucene.search.IndexSearcher(searcher
                        .getIndexReader());
                List<org.apache.lucene.search.Query> queries = new ArrayList<>();
                queries.add(new org.apache.lucene.search.MatchAllDocsQuery());
                for (int i = 0; i < 80; i++) {
                    StringBuilder typed = new StringBuilder();
                    for (int w = 0; w <= random.nextInt(3); w++) {
                        typed.append(words.get(random.nextInt(words.size()))).append(' ');
                    }
                    queries.add(QueryInterpreter.parse(QueryInterpreter.normalize(typed.toString(), "en"),
                            library.index.analysis()));
                }
                for (org.apache.lucene.search.Query query : queries) {
                    for (String language : List.of("en", "fr")) {
                        Set<String> fromCatalog = Translations.hiddenVersions(searcher, query, language);
                        assertEquals(Translations.hiddenVersions(plain, query, language), fromCatalog,
                                query + " for a reader in " + language);
                        withHidden[0] += fromCatalog.isEmpty() ? 0 : 1;
                    }
                    org.apache.lucene.search.TopDocs top = searcher.search(query, 200);
                    assertEquals(docs(Translations.collapse(plain, top, 50)), docs(Translations.collapse(searcher,
                            top, 50)), query.toString());
                }
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(withHidden[0] > 20, "the searches matched both versions of some resource: " + withHidden[0]);
    }

    private static List<Integer> docs(org.apache.lucene.search.TopDocs top) {
        return java.util.Arrays.stream(top.scoreDocs).map(d -> d.doc).toList();
    }
}
