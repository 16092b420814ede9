package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The words each language's texts use: the titles, notes and bodies of the library's English documents, and of its
 * French ones, as the spelling field holds words (lower-cased, accents folded), with how often each occurs. A
 * spelling correction for a French reader is taken from the French texts ("programme"), not from the English ones
 * ("programs"), whose words the spelling field holds too. Read once per index reader, in the background after the
 * first (see {@link Cache}).
 */
final class LanguageWords {

    static final List<String> LANGUAGES = List.of("en", "fr");

    private static final Logger LOG = Logger.getLogger(LanguageWords.class.getName());

    /** The words of the portal's index, reread in the background after a publication. */
    private static final Cache CACHE = new Cache(
            task -> Thread.ofVirtual().name("kmb-language-words").start(task));

    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, Long> totals;

    private LanguageWords(Map<String, Map<String, Integer>> counts, Map<String, Long> totals) {
        this.counts = counts;
        this.totals = totals;
    }

    /**
     * The words of the reader's index: read at once the first time; after that, the words of the last reader read,
     * while those of a newer one are read in the background ({@link Cache}).
     */
    static LanguageWords of(IndexReader reader) {
        return CACHE.get(reader);
    }

    /**
     * Starts reading the reader's words in the background when none are read yet, so that the first search after a
     * start need not read the whole library itself (seconds at 50,000 resources); a search that comes before the
     * reading is done waits for it rather than reading the library a second time.
     */
    static void readAhead(IndexReader reader) {
        CACHE.readAhead(reader);
    }

    /**
     * The words of the most recent index reader read. Reading them goes through the stored text of the whole library
     * (seconds at 50,000 resources), so only the first reader's are read while a search waits; a newer reader (after
     * a publication) is read by the background executor, one at a time, and until it is done searches are corrected
     * with the words of the reader before (one publication's words missing from the spelling correction's choice of
     * language, for a moment). The reader is held open ({@link IndexReader#tryIncRef()}) while it is read.
     */
    static final class Cache {

        private final Executor background;
        private Object key;
        private LanguageWords words;
        private Object reading;

        Cache(Executor background) {
            this.background = background;
        }

        LanguageWords get(IndexReader reader) {
            Object wanted = keyOf(reader);
            synchronized (this) {
                while (words == null && reading != null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                if (words == null) {
                    words = read(reader);
                    key = wanted;
                } else if (wanted != key && reading == null) {
                    startReading(reader, wanted);
                }
                return words;
            }
        }

        void readAhead(IndexReader reader) {
            synchronized (this) {
                if (words == null && reading == null) {
                    startReading(reader, keyOf(reader));
                }
            }
        }

        /** Reads the reader's words in the background, the reader held open meanwhile. The caller holds the lock. */
        private void startReading(IndexReader reader, Object wanted) {
            if (!reader.tryIncRef()) {
                return;
            }
            reading = wanted;
            try {
                background.execute(() -> refresh(reader, wanted));
            } catch (RuntimeException e) {
                reading = null;
                release(reader);
                LOG.log(Level.WARNING, "Could not read the library's words in the background", e);
            }
        }

        private void refresh(IndexReader reader, Object wanted) {
            try {
                LanguageWords fresh = read(reader);
                synchronized (this) {
                    words = fresh;
                    key = wanted;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the library's words; the previous ones are kept", e);
            } finally {
                synchronized (this) {
                    reading = null;
                    notifyAll();
                }
                release(reader);
            }
        }

        private static Object keyOf(IndexReader reader) {
            return reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        }

        private static void release(IndexReader reader) {
            try {
                reader.decRef();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not release an index reader", e);
            }
        }
    }

    /** How many times the language's texts use the word (folded, lower-cased). */
    int count(String word, String language) {
        return counts.getOrDefault(language, Map.of()).getOrDefault(word, 0);
    }

    /** Whether the word is one of the language's texts. */
    boolean has(String word, String language) {
        return count(word, language) > 0;
    }

    /** How often the word occurs among the language's words: comparable between a large language and a small one. */
    double rate(String word, String language) {
        long total = totals.getOrDefault(language, 0L);
        return total == 0 ? 0 : (double) count(word, language) / total;
    }

    private static LanguageWords read(IndexReader reader) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        try {
            Analyzer plain = Analysis.plain();
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document fields = stored.document(doc);
                String language = fields.get(Fields.LANGUAGE);
                if (language == null || !LANGUAGES.contains(language)) {
                    continue;
                }
                Map<String, Integer> words = counts.computeIfAbsent(language, l -> new HashMap<>());
                for (String field : Set.of(Fields.TITLE_STORED, Fields.text("notes", language),
                        Fields.text("body", language))) {
                    String text = fields.get(field);
                    if (text != null) {
                        totals.merge(language, add(plain, text, words), Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageWords(counts, totals);
    }

    private static long add(Analyzer plain, String text, Map<String, Integer> words) throws IOException {
        long added = 0;
        try (TokenStream tokens = plain.tokenStream(Fields.SPELL, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.merge(term.toString(), 1, Integer::sum);
                added++;
            }
            tokens.end();
        }
        return added;
    }
}
