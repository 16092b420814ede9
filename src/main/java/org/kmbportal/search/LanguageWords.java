package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The words each language's texts use: the titles, notes and bodies of the library's English documents, and of its
 * French ones, as the spelling field holds words (lower-cased, accents folded), with how often each occurs. A
 * spelling correction for a French reader is taken from the French texts ("programme"), not from the English ones
 * ("programs"), whose words the spelling field holds too. Read once for the first index reader; for each newer one,
 * in the background, only the documents that differ from the reader read before are read (see {@link Cache}).
 */
final class LanguageWords {

    static final List<String> LANGUAGES = List.of("en", "fr");

    private static final Logger LOG = Logger.getLogger(LanguageWords.class.getName());

    /** The words of the portal's index, brought up to date in the background after a publication. */
    private static final Cache CACHE = new Cache(
            task -> Thread.ofVirtual().name("kmb-language-words").start(task));

    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, Long> totals;
    /** How many documents' text was read to make these words (the whole library, or what changed). */
    private final int documentsRead;

    private LanguageWords(Map<String, Map<String, Integer>> counts, Map<String, Long> totals, int documentsRead) {
        this.counts = counts;
        this.totals = totals;
        this.documentsRead = documentsRead;
    }

    /**
     * The words of the reader's index: read at once the first time; after that, the words of the last reader read,
     * while those of a newer one are worked out in the background ({@link Cache}).
     */
    static LanguageWords of(IndexReader reader) {
        return CACHE.get(reader);
    }

    /**
     * Whether {@link #of} gives this reader's own words now (not, for a while after a publication, an earlier
     * reader's): what is worked out from them may then be kept for the reader.
     */
    static boolean readFor(IndexReader reader) {
        return CACHE.isOf(reader);
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
     * The words of the most recent index reader read. The first reader's are read from the stored text of the whole
     * library (seconds at 50,000 resources) while a search waits, or ahead at start. A newer reader (after a
     * publication) is worked out by the background executor, one at a time, from the words of the reader read
     * before: only the documents one of the two readers has and the other has not are read (a publication's new
     * version and the one it replaces; the segments a merge made and those it replaced), so the reader read last is
     * held open ({@link IndexReader#tryIncRef()}) until a newer one is read. Until then searches are corrected with
     * the words of the reader before (one publication's words missing from the spelling correction's choice of
     * language, for a moment).
     */
    static final class Cache {

        private final Executor background;
        private Object key;
        private LanguageWords words;
        /** The reader {@link #words} are of, held open for the next reading; null when it could not be held. */
        private IndexReader base;
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
                    release(base);
                    base = reader.tryIncRef() ? reader : null;
                } else if (wanted != key && reading == null) {
                    startReading(reader, wanted);
                }
                return words;
            }
        }

        synchronized boolean isOf(IndexReader reader) {
            return words != null && key == keyOf(reader);
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
            IndexReader kept = reader;
            try {
                IndexReader earlier;
                LanguageWords before;
                synchronized (this) {
                    earlier = base;
                    before = words;
                }
                LanguageWords fresh = before == null || earlier == null
                        ? read(reader)
                        : changed(before, earlier, reader);
                synchronized (this) {
                    words = fresh;
                    key = wanted;
                    kept = base;
                    base = reader;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not read the library's words; the previous ones are kept", e);
            } finally {
                synchronized (this) {
                    reading = null;
                    notifyAll();
                }
                release(kept);
            }
        }

        private static Object keyOf(IndexReader reader) {
            return reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        }

        private static void release(IndexReader reader) {
            if (reader == null) {
                return;
            }
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

    /**
     * How often the word occurs, written either way, among the language's words: "programmes" tells what "programs"
     * tells, as either spelling is the same word to the search ({@link SpellingFolding}).
     */
    double rateEitherSpelling(String word, String language) {
        double rate = 0;
        for (String spelling : SpellingFolding.spellings(word)) {
            rate += rate(spelling, language);
        }
        return rate;
    }

    int documentsRead() {
        return documentsRead;
    }

    /** The words of every live document of the reader. */
    static LanguageWords read(IndexReader reader) {
        Reading reading = new Reading(new HashMap<>(), new HashMap<>());
        for (LeafReaderContext leaf : reader.leaves()) {
            reading.addAll(leaf.reader(), 1);
        }
        return reading.words();
    }

    /**
     * The words of {@code reader}, from those of {@code earlier}: the live documents of the segments only one of them
     * has are added or taken away, and of the segments both have, the documents deleted since (or, never with hard
     * deletes, brought back). The same words as {@link #read}, reading a publication's two documents instead of the
     * library. When most of the library differs (a new index generation), it is read whole.
     */
    static LanguageWords changed(LanguageWords before, IndexReader earlier, IndexReader reader) {
        Map<Object, LeafReader> was = byCore(earlier);
        Map<Object, LeafReader> now = byCore(reader);
        long differing = 0;
        for (Map.Entry<Object, LeafReader> e : was.entrySet()) {
            differing += now.containsKey(e.getKey()) ? 0 : e.getValue().numDocs();
        }
        for (Map.Entry<Object, LeafReader> e : now.entrySet()) {
            differing += was.containsKey(e.getKey()) ? 0 : e.getValue().numDocs();
        }
        if (differing >= reader.numDocs()) {
            return read(reader);
        }
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        before.counts.forEach((language, words) -> counts.put(language, new HashMap<>(words)));
        Reading reading = new Reading(counts, new HashMap<>(before.totals));
        for (Map.Entry<Object, LeafReader> e : was.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                reading.addAll(e.getValue(), -1);
            }
        }
        for (Map.Entry<Object, LeafReader> e : now.entrySet()) {
            LeafReader earlierLeaf = was.get(e.getKey());
            if (earlierLeaf == null) {
                reading.addAll(e.getValue(), 1);
            } else {
                reading.addDeletedSince(earlierLeaf.getLiveDocs(), e.getValue());
            }
        }
        return reading.words();
    }

    private static Map<Object, LeafReader> byCore(IndexReader reader) {
        Map<Object, LeafReader> leaves = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            leaves.put(segment.getCoreCacheHelper() == null ? segment : segment.getCoreCacheHelper().getKey(),
                    segment);
        }
        return leaves;
    }

    /** Words being counted: added for a document that is there, taken away for one that is gone. */
    private static final class Reading {

        private final Analyzer plain = Analysis.plain();
        private final Map<String, Map<String, Integer>> counts;
        private final Map<String, Long> totals;
        private int documents;

        Reading(Map<String, Map<String, Integer>> counts, Map<String, Long> totals) {
            this.counts = counts;
            this.totals = totals;
        }

        void addAll(LeafReader segment, int sign) {
            try {
                Bits live = segment.getLiveDocs();
                StoredFields stored = segment.storedFields();
                for (int doc = 0; doc < segment.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        add(stored.document(doc), sign);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The segment's documents live in one of its two states and not in the other (a deleted one is still read). */
        void addDeletedSince(Bits earlier, LeafReader segment) {
            Bits later = segment.getLiveDocs();
            if (earlier == later) {
                return;
            }
            try {
                StoredFields stored = segment.storedFields();
                for (int doc = 0; doc < segment.maxDoc(); doc++) {
                    boolean was = earlier == null || earlier.get(doc);
                    boolean is = later == null || later.get(doc);
                    if (was != is) {
                        add(stored.document(doc), is ? 1 : -1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void add(Document fields, int sign) throws IOException {
            String language = fields.get(Fields.LANGUAGE);
            if (language == null || !LANGUAGES.contains(language)) {
                return;
            }
            documents++;
            Map<String, Integer> words = counts.computeIfAbsent(language, l -> new HashMap<>());
            for (String field : Set.of(Fields.TITLE_STORED, Fields.text("notes", language),
                    Fields.text("body", language))) {
                String text = fields.get(field);
                if (text != null) {
                    totals.merge(language, sign * add(text, words, sign), Long::sum);
                }
            }
        }

        private long add(String text, Map<String, Integer> words, int sign) throws IOException {
            long added = 0;
            try (TokenStream tokens = plain.tokenStream(Fields.SPELL, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    // A word no text uses any more leaves the map, as if the library had been read anew.
                    words.merge(term.toString(), sign, (a, b) -> a + b == 0 ? null : a + b);
                    added++;
                }
                tokens.end();
            }
            return added;
        }

        LanguageWords words() {
            return new LanguageWords(counts, totals, documents);
        }
    }

    /** The same words and totals (a language none of whose texts is left counts as one never read). */
    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageWords words && normalized(counts).equals(normalized(words.counts))
                && normalizedTotals(totals).equals(normalizedTotals(words.totals));
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized(counts), normalizedTotals(totals));
    }

    private static Map<String, Map<String, Integer>> normalized(Map<String, Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> kept = new HashMap<>(counts);
        kept.values().removeIf(Map::isEmpty);
        return kept;
    }

    private static Map<String, Long> normalizedTotals(Map<String, Long> totals) {
        Map<String, Long> kept = new HashMap<>(totals);
        kept.values().removeIf(t -> t == 0);
        return kept;
    }
}
