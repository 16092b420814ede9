package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
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
            assertEquals(0, second.getRefCount(), "the reader is let go once read");
            DirectoryReader third = DirectoryReader.open(directory);
            assertTrue(cache.get(third).has("turnover", "en"), "the words read in the background answer");
            assertEquals(1, background.size(), "a newer reader is read in its turn");
            background.remove(0).run();
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
            assertEquals(1, reader.getRefCount(), "the reader is let go once read");
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

    private static Document doc(String language, String title) {
        Document doc = new Document();
        doc.add(new StoredField(Fields.LANGUAGE, language));
        doc.add(new StoredField(Fields.TITLE_STORED, title));
        return doc;
    }
}
