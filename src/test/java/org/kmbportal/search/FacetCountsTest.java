package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A search counts its matches' facets and decades from the values its searcher keeps in memory instead of decoding
 * each match's doc values (a seventh of a search that matched most of 50,000 resources). What a reader sees must not
 * change: for generated questions in both languages, with and without filters, every dimension's values, counts and
 * order (drilled sideways) and every decade's count are Lucene's own, on an index of one segment (the shipped library
 * as built at once) and on one of several segments with replaced documents (as publishing leaves it).
 */
class FacetCountsTest {

    private static SearchFixture oneSegment;
    private static SearchIndex severalSegments;
    private static Path severalDir;
    private static final List<String> TITLE_WORDS = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        oneSegment = SearchFixture.sharedShippedLibrary();
        for (ResourceContent resource : oneSegment.resources) {
            for (String word : resource.title().split("[\\s,:;.?!()«»\"]+")) {
                if (word.length() > 2) {
                    TITLE_WORDS.add(word);
                }
            }
        }
        severalDir = Files.createTempDirectory("kmb-facet-counts");
        severalSegments = new SearchIndex();
        severalSegments.taxonomies = new TaxonomyService() {
            @Override
            public org.kmbportal.library.Taxonomy current() {
                return oneSegment.taxonomy;
            }
        };
        severalSegments.openAt(severalDir);
        DocumentMapper mapper = severalSegments.mapper();
        List<ResourceContent> resources = oneSegment.resources;
        int parts = 4;
        for (int part = 0; part < parts; part++) {
            List<Document> documents = new ArrayList<>();
            for (int i = part; i < resources.size(); i += parts) {
                documents.add(mapper.map(LibraryReader.entry(resources.get(i), 1)));
            }
            severalSegments.live().add(documents);
            severalSegments.live().commit(part);
        }
        // Publishing a new revision replaces a document: its old version stays in its segment, deleted.
        for (int i = 0; i < resources.size(); i += 7) {
            severalSegments.live().upsert(resources.get(i).id(), mapper.map(LibraryReader.entry(resources.get(i), 2)));
        }
        severalSegments.live().commit(parts);
        severalSegments.live().refresh();
    }

    @AfterAll
    static void close() throws IOException {
        severalSegments.close();
        SearchIndex.deleteTree(severalDir);
    }

    @Test
    void theSameCountsAsLuceneOnOneSegment() {
        assertEquals(1, compareAll(oneSegment.index, 17), "the shipped library's index is one segment");
    }

    @Test
    void theSameCountsAsLuceneOnSeveralSegmentsWithReplacedDocuments() {
        assertTrue(compareAll(severalSegments, 23) > 4, "several segments");
    }

    /** Compares generated searches on the index; the number of its segments. */
    private static int compareAll(SearchIndex index, long salt) {
        Random random = new Random(Gen.seed() * 37 + salt);
        Gen<String> odd = GeneratedText.libraryWords(80);
        return index.withSearcher(searcher -> {
            try {
                List<String> dimensions = new FacetLabels(index.taxonomy(), "en").dimensions();
                java.util.Map<String, List<String>> values = valuesOf(index, searcher, dimensions);
                int manyMatches = 0;
                int filtered = 0;
                for (int i = 0; i < 200; i++) {
                    String question = random.nextInt(5) == 0
                            ? ""
                            : random.nextInt(4) == 0
                                    ? odd.next(random)
                                    : titleWords(random);
                    Query words = question.isBlank()
                            ? new MatchAllDocsQuery()
                            : QueryInterpreter.interpret(question.strip(), index.analysis(),
                                    searcher.getIndexReader(), true).matches();
                    DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(), words);
                    List<String> chosen = new ArrayList<>();
                    for (int f = random.nextInt(3); f > 0; f--) {
                        List<String> dims = List.copyOf(values.keySet());
                        String dimension = dims.get(random.nextInt(dims.size()));
                        List<String> those = values.get(dimension);
                        String value = those.get(random.nextInt(those.size()));
                        drillDown.add(dimension, value);
                        chosen.add(dimension + "=" + value);
                    }
                    String what = "\"" + question + "\" " + chosen;
                    DrillSideways.DrillSidewaysResult expected = new DrillSideways(searcher, index.facetsConfig(),
                            searcher.facetState()).search(drillDown, 10);
                    DrillSideways.DrillSidewaysResult actual = new FacetCounts.Sideways(searcher,
                            index.facetsConfig()).search(drillDown, 10);
                    assertEquals(expected.hits.totalHits, actual.hits.totalHits, what);
                    for (String dimension : dimensions) {
                        assertEquals(describe(expected.facets, dimension), describe(actual.facets, dimension),
                                what + ": " + dimension);
                    }
                    LongRange[] ranges = FacetLabels.yearRanges().toArray(LongRange[]::new);
                    LongRangeFacetCounts years = new LongRangeFacetCounts(Fields.YEAR,
                            expected.drillDownFacetsCollector, ranges);
                    int[] lucene = java.util.Arrays.stream(years.getAllChildren(Fields.YEAR).labelValues)
                            .mapToInt(v -> v.value.intValue()).toArray();
                    assertArrayEquals(lucene, FacetCounts.inRanges(searcher.facetValues(),
                            actual.drillDownFacetsCollector, ranges), what + ": decades");
                    manyMatches += expected.hits.totalHits.value() > searcher.getIndexReader().numDocs() / 3 ? 1 : 0;
                    filtered += chosen.isEmpty() ? 0 : 1;
                }
                assertTrue(manyMatches > 30, "many searches match a large part of the library: " + manyMatches);
                assertTrue(filtered > 60, "many are filtered, so counts drill sideways: " + filtered);
                return searcher.getIndexReader().leaves().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static java.util.Map<String, List<String>> valuesOf(SearchIndex index, FacetSearcher searcher,
            List<String> dimensions) throws IOException {
        DrillSideways.DrillSidewaysResult all = new DrillSideways(searcher, index.facetsConfig(),
                searcher.facetState()).search(new DrillDownQuery(index.facetsConfig(), new MatchAllDocsQuery()), 1);
        java.util.Map<String, List<String>> values = new java.util.TreeMap<>();
        for (String dimension : dimensions) {
            FacetResult result = all.facets.getTopChildren(200, dimension);
            if (result != null) {
                values.put(dimension, java.util.Arrays.stream(result.labelValues).map(v -> v.label).toList());
            }
        }
        assertTrue(values.size() > 3, "the library has values to filter by: " + values.keySet());
        return values;
    }

    private static String titleWords(Random random) {
        List<String> picked = new ArrayList<>();
        for (int w = 1 + random.nextInt(3); w > 0; w--) {
            picked.add(TITLE_WORDS.get(random.nextInt(TITLE_WORDS.size())));
        }
        return String.join(" ", picked);
    }

    /** A dimension's result as the page would read it, with its totals, or what was thrown. */
    private static String describe(Facets facets, String dimension) {
        try {
            FacetResult result = facets.getTopChildren(200, dimension);
            if (result == null) {
                return "none";
            }
            StringBuilder text = new StringBuilder("value " + result.value + " children " + result.childCount);
            for (LabelAndValue value : result.labelValues) {
                text.append(' ').append(value.label).append('=').append(value.value);
            }
            return text.toString();
        } catch (IllegalArgumentException | IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
