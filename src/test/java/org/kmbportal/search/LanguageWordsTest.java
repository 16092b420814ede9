package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;

/**
 * After a publication, no search waits while the whole library's words are read again: the words of the reader before
 * answer until the background has read the new reader's, which then answer.
 */
class LanguageWordsTest {

    private final List<Runnable> background = new ArrayList<>();
    private final LanguageWords.Cache cache = new LanguageWords.Cache(background::add);

    @Test
    void aNewReadersWordsAreReadInTheBackgroundWhileThePreviousOnesAnswer() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("en", "Mentoring programs that last"));
            writer.addDocument(doc("fr", "Les programmes de mentorat qui durent"));
            writer.commit();
            DirectoryReader first = DirectoryReader.open(directory);
            LanguageWords words = cache.get(first);
            assertTrue(words.has("mentoring", "en"));
            assertTrue(words.has("programmes", "fr"));
            assertFalse(words.has("programmes", "en"), "a French word is not an English one");
            assertTrue(background.isEmpty(), "the first reader is read at once");

            writer.addDocument(doc("en", "Staff turnover in small programs"));
            writer.commit();
            DirectoryReader second = DirectoryReader.openIfChanged(first);
            first.close();
            assertFalse(cache.get(second).has("turnover", "en"), "the previous words answer at once");
            assertFalse(cache.get(second).has("turnover", "en"));
            assertEquals(1, background.size(), "one reading in the background, however many searches ask");

            // The index moves on and the reader is closed before the background gets to it: it is held open.
            second.close();
            background.remove(0).run();
            assertEquals(1, second.getRefCount(), "the reader read last is held for the next reading");
            DirectoryReader third = DirectoryReader.open(directory);
            assertTrue(cache.get(third).has("turnover", "en"), "the words read in the background answer");
            assertEquals(1, background.size(), "a newer reader is read in its turn");
            background.remove(0).run();
            assertEquals(0, second.getRefCount(), "the reader is let go once a newer one is read");
            third.close();
        }
    }

    @Test
    void wordsReadAheadAtStartAnswerTheFirstSearchWhichWaitsForThemInsteadOfReadingTheLibraryItself()
            throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("en", "Mentoring programs that last"));
            writer.addDocument(doc("fr", "Les programmes de mentorat qui durent"));
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            cache.readAhead(reader);
            cache.readAhead(reader);
            assertEquals(1, background.size(), "the start reads the words once, in the background");

            // A first search comes while the reading is under way: it waits for those words.
            CompletableFuture<LanguageWords> firstSearch = new CompletableFuture<>();
            Thread searching = Thread.ofPlatform().start(() -> firstSearch.complete(cache.get(reader)));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (searching.getState() != Thread.State.WAITING && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertEquals(Thread.State.WAITING, searching.getState(), "the first search waits for the words");
            background.remove(0).run();
            LanguageWords answered = firstSearch.get(10, TimeUnit.SECONDS);
            assertTrue(answered.has("mentorat", "fr"));
            assertSame(answered, cache.get(reader), "the first search got the words read ahead, not its own reading");
            assertTrue(background.isEmpty(), "nothing more to read for the same reader");
            assertEquals(2, reader.getRefCount(), "the reader read last is held for the next reading");
            reader.close();
        }
    }

    @Test
    void aReaderThatCannotBeReadKeepsThePreviousWords() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("en", "Mentoring programs that last"));
            writer.commit();
            DirectoryReader first = DirectoryReader.open(directory);
            cache.get(first);
            writer.addDocument(doc("en", "Staff turnover"));
            writer.commit();
            DirectoryReader second = DirectoryReader.openIfChanged(first);
            second.close();
            assertTrue(cache.get(second).has("mentoring", "en"), "a closed reader is not read; the words stay");
            assertTrue(background.isEmpty());
            first.close();
        }
    }

    /**
     * After each publication (a new resource, a new version, a withdrawal; commits that flush small segments and
     * merges that replace them), the words worked out from the previous reader's are those of the whole library read
     * anew; and a publication in a library of hundreds reads the few documents it changed, not the library.
     */
    @Test
    void aPublicationsWordsAreWorkedOutFromTheChangedDocumentsAloneAndEqualTheLibraryReadAnew() throws IOException {
        Random random = new Random(47);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            vocabulary.add(generatedWord(random));
        }
        IndexWriterConfig config = new IndexWriterConfig();
        LogDocMergePolicy merges = new LogDocMergePolicy();
        merges.setMergeFactor(3);
        merges.setMinMergeDocs(2);
        config.setMergePolicy(merges);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, config)) {
            int next = 0;
            for (; next < 300; next++) {
                writer.addDocument(doc(next, random, vocabulary));
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(writer);
            assertEquals(LanguageWords.read(reader), cache.get(reader));
            int compared = 0;
            for (int step = 0; step < 120; step++) {
                int change = random.nextInt(10);
                if (change < 4) {
                    int id = random.nextInt(next);
                    writer.updateDocument(new Term(Fields.ID, "r" + id), doc(id, random, vocabulary));
                } else if (change < 7) {
                    writer.addDocument(doc(next++, random, vocabulary));
                } else if (change < 9) {
                    writer.deleteDocuments(new Term(Fields.ID, "r" + random.nextInt(next)));
                } else {
                    writer.forceMerge(1 + random.nextInt(3));
                }
                DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
                if (newer == null) {
                    continue;
                }
                reader.close();
                reader = newer;
                cache.get(reader);
                assertEquals(1, background.size());
                background.remove(0).run();
                assertEquals(LanguageWords.read(reader), cache.get(reader), "step " + step + ": the library read anew");
                assertTrue(background.isEmpty());
                compared++;
            }
            assertTrue(compared > 60, "readers compared: " + compared);

            // No merge: a new resource and a new version of one already there.
            writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
            String present = reader.storedFields().document(firstLive(reader)).get(Fields.ID);
            writer.addDocument(doc(next, random, vocabulary));
            writer.updateDocument(new Term(Fields.ID, present), doc(Integer.parseInt(present.substring(1)), random,
                    vocabulary));
            DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
            reader.close();
            cache.get(newer);
            background.remove(0).run();
            assertEquals(LanguageWords.read(newer), cache.get(newer));
            assertEquals(3, cache.get(newer).documentsRead(),
                    "of " + newer.numDocs() + ", the new resource, the new version and the one it replaced are read");
            newer.close();
        }
    }

    private static int firstLive(DirectoryReader reader) {
        Bits live = MultiBits.getLiveDocs(reader);
        int doc = 0;
        while (live != null && !live.get(doc)) {
            doc++;
        }
        return doc;
    }

    /** Resource {@code r<id>}: a title, notes and a body of generated words, one in three in French. */
    private static Document doc(int id, Random random, List<String> vocabulary) {
        String language = id % 3 == 0 ? "fr" : "en";
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, "r" + id, Field.Store.YES));
        doc.add(new StoredField(Fields.LANGUAGE, language));
        doc.add(new StoredField(Fields.TITLE_STORED, words(random, vocabulary, 3 + random.nextInt(8))));
        doc.add(new StoredField(Fields.text("notes", language), words(random, vocabulary, 10 + random.nextInt(40))));
        if (random.nextInt(5) > 0) {
            doc.add(new StoredField(Fields.text("body", language),
                    words(random, vocabulary, 30 + random.nextInt(200))));
        }
        return doc;
    }

    private static String words(Random random, List<String> vocabulary, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Skewed toward the first words, as a library's common words are.
            int at = (int) (vocabulary.size() * Math.pow(random.nextDouble(), 3));
            text.append(i == 0 ? "" : random.nextInt(12) == 0 ? ". " : " ").append(vocabulary.get(at));
        }
        return text.toString();
    }

    /** A word of 2 to 12 letters, some accented or capitalized, some with an elided article (« l'été »). */
    private static String generatedWord(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyzéèàçôîûëÉ";
        StringBuilder word = new StringBuilder(random.nextInt(6) == 0 ? "l'" : "");
        int length = 2 + random.nextInt(11);
        for (int i = 0; i < length; i++) {
            char c = letters.charAt(random.nextInt(letters.length()));
            word.append(i == 0 && random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
        }
        return word.toString();
    }

    private static Document doc(String language, String title) {
        Document doc = new Document();
        doc.add(new StoredField(Fields.LANGUAGE, language));
        doc.add(new StoredField(Fields.TITLE_STORED, title));
        return doc;
    }
}
