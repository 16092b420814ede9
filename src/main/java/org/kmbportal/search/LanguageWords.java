package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * ("programs"), whose words the spelling field holds too. Read once per index reader: the library changes rarely.
 */
final class LanguageWords {

    static final List<String> LANGUAGES = List.of("en", "fr");

    private static final Object LOCK = new Object();
    private static Object cachedKey;
    private static LanguageWords cached;

    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, Long> totals;

    private LanguageWords(Map<String, Map<String, Integer>> counts, Map<String, Long> totals) {
        this.counts = counts;
        this.totals = totals;
    }

    /** The words of the reader's index (read once per reader). */
    static LanguageWords of(IndexReader reader) {
        Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        synchronized (LOCK) {
            if (key != cachedKey) {
                cached = read(reader);
                cachedKey = key;
            }
            return cached;
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
