package org.kmbportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Common English words that the library may not contain: the whole words of the sentence-embedding model's word-piece
 * vocabulary (about 20,000 of the most frequent words of English text, "september", "trauma", "showing"). The spelling
 * correction leaves such a word as typed: it is a word, not a typing mistake. The vocabulary ships in the model's own
 * jar, so no word list of ours is needed.
 */
final class RealWords {

    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    /** A whole word: three or more lower-case letters (not a word piece, a number or a mark). */
    private static final Pattern WORD = Pattern.compile("\\p{Ll}{3,}");

    private RealWords() {
    }

    private static final class Holder {
        static final Set<String> ENGLISH = load();
    }

    /** Whether the word (lower-cased) is a whole word of the vocabulary; false when the model is not there. */
    static boolean english(String word) {
        return Holder.ENGLISH.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = RealWords.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                return words;
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject model = reader.readObject().getJsonObject("model");
                JsonObject vocabulary = model == null ? null : model.getJsonObject("vocab");
                if (vocabulary != null) {
                    vocabulary.keySet().stream().filter(w -> WORD.matcher(w).matches()).forEach(words::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
