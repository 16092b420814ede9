package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A search reads each hit's stored document once and merges the index's fields once per searcher (the highlighter did
 * both again for every search), and tells which documents matched from its first pass instead of searching the words
 * again: each gives what the repeated work gave, on generated texts (both languages, markup, emoji, quotes, texts
 * longer than the highlighter reads, several values of a field) over several segments with replaced documents.
 */
class WorkDoneOnceTest {

    private static final String[] FIELDS = {"notes_en", "body_en", "notes_fr", "body_fr"};

    @Test
    void snippetsFromTheDocumentsAlreadyReadAreTheSnippetsOfReadingThemAgain() throws IOException {
        Random random = new Random(Gen.seed() * 13 + 5);
        Gen<String> text = GeneratedText.upTo(3_000);
        Gen<String> words = GeneratedText.libraryWords(60);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                Analyzer analyzer = new StandardAnalyzer()) {
            List<String> vocabulary = write(directory, analyzer, random, text);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int marked = 0;
                for (int i = 0; i < 150; i++) {
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    for (int w = 0; w <= random.nextInt(3); w++) {
                        String word = random.nextInt(3) == 0
                                ? words.next(random).split("\\s+")[0].toLowerCase(Locale.ROOT)
                                : vocabulary.get(random.nextInt(vocabulary.size()));
                        for (String field : FIELDS) {
                            query.add(new TermQuery(new Term(field, word)), BooleanClause.Occur.SHOULD);
                        }
                    }
                    Query built = query.build();
                    int[] docIds = searcher.search(built, 1 + random.nextInt(12)).scoreDocs.length == 0
                            ? randomDocs(random, reader)
                            : java.util.Arrays.stream(searcher.search(built, 12).scoreDocs).mapToInt(d -> d.doc)
                                    .toArray();
                    Document[] read = new Document[docIds.length];
                    for (int d = 0; d < docIds.length; d++) {
                        read[d] = random.nextInt(5) == 0 ? null : searcher.storedFields().document(docIds[d]);
                    }
                    String[] again = Snippets.forHits(searcher, analyzer, built, docIds);
                    assertArrayEquals(again, Snippets.forHits(searcher, analyzer, built, docIds, read), built
                            .toString());
                    for (String snippet : again) {
                        marked += snippet.contains("<mark>") ? 1 : 0;
                    }
                }
                assertTrue(marked > 100, "the queries highlighted words: " + marked);
            }
        }
    }

    @Test
    void theFirstPassesHitsTellTheSameMatchesAsSearchingAgain() throws IOException {
        Random random = new Random(Gen.seed() * 7 + 3);
        Gen<String> text = GeneratedText.upTo(400);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                Analyzer analyzer = new StandardAnalyzer()) {
            List<String> vocabulary = write(directory, analyzer, random, text);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertTrue(reader.leaves().size() > 2, "several segments: " + reader.leaves().size());
                int kept = 0;
                for (int i = 0; i < 200; i++) {
                    Query words = new TermQuery(new Term(FIELDS[random.nextInt(FIELDS.length)], vocabulary.get(random
                            .nextInt(vocabulary.size()))));
                    FacetsCollector matched = FacetsCollectorManager.search(searcher, words, 1,
                            new FacetsCollectorManager()).facetsCollector();
                    java.util.Set<Integer> all = new java.util.HashSet<>(searcher.search(words,
                            new OneRanking.AllDocs()));
                    List<Integer> live = java.util.Arrays.stream(randomDocs(random, reader)).distinct()
                            .filter(d -> live(reader, d)).boxed().toList();
                    List<Integer> expected = live.stream().filter(all::contains).sorted().toList();
                    List<Integer> among = OneRanking.among(live, matched);
                    assertEquals(expected, among, words.toString());
                    kept += among.size();
                }
                assertTrue(kept > 50, "some candidates matched: " + kept);
            }
        }
    }

    private static boolean live(DirectoryReader reader, int doc) {
        var leaves = reader.leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var bits = leaf.reader().getLiveDocs();
        return bits == null || bits.get(doc - leaf.docBase);
    }

    private static int[] randomDocs(Random random, DirectoryReader reader) {
        int[] docs = new int[1 + random.nextInt(40)];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = random.nextInt(reader.maxDoc());
        }
        return docs;
    }

    /**
     * Generated documents in several segments, some replaced (deleted in their segment); fields stored with offsets
     * in the postings as the portal's notes and bodies are, some with several values, some longer than the
     * highlighter reads. Returns words they hold.
     */
    private static List<String> write(ByteBuffersDirectory directory, Analyzer analyzer, Random random,
            Gen<String> text) throws IOException {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        List<String> vocabulary = new ArrayList<>();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setMaxBufferedDocs(40);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 300; i++) {
                Document doc = new Document();
                String id = "d" + (random.nextInt(4) == 0 && i > 0 ? random.nextInt(i) : i);
                doc.add(new StringField("id", id, Field.Store.YES));
                for (String field : FIELDS) {
                    int values = random.nextInt(6) == 0 ? 2 + random.nextInt(2) : random.nextInt(4) == 0 ? 0 : 1;
                    for (int v = 0; v < values; v++) {
                        String value = random.nextInt(15) == 0 ? long25k(text, random) : text.next(random);
                        doc.add(new Field(field, value, withOffsets));
                        for (String word : value.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                            if (word.length() > 3 && random.nextInt(20) == 0) {
                                vocabulary.add(word);
                            }
                        }
                    }
                }
                writer.updateDocument(new Term("id", id), doc);
            }
        }
        assertTrue(vocabulary.size() > 50, "words to search for: " + vocabulary.size());
        return vocabulary;
    }

    /** A text longer than the highlighter reads of a field (20,000 characters). */
    private static String long25k(Gen<String> text, Random random) {
        StringBuilder longer = new StringBuilder();
        while (longer.length() < 25_000) {
            longer.append(text.next(random)).append(' ');
        }
        return longer.toString();
    }
}
