package org.kmbportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Common English words that the library may not contain: the whole words of the sentence-embedding model's word-piece
 * vocabulary (about 20,000 of the most frequent words of English text, "september", "trauma", "showing"). The spelling
 * correction leaves such a word as typed: it is a word, not a typing mistake. The vocabulary ships in the model's own
 * jar, so no word list of ours is needed.
 */
final class RealWords {

    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final Pattern ENTRY = Pattern.compile("\"(\\p{Ll}{3,})\"\\s*:\\s*\\d+");

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
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int vocab = json.indexOf("\"vocab\"");
            if (vocab < 0) {
                return words;
            }
            // The vocabulary ends at its own closing brace, not at the first "}" (a token of the vocabulary itself,
            // which ended it before the words, so no word was known).
            Matcher m = ENTRY.matcher(json).region(vocab, endOfObject(json, json.indexOf('{', vocab)));
            while (m.find()) {
                words.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Where the JSON object opening at {@code open} ends (after its closing brace), braces in strings aside. */
    static int endOfObject(String json, int open) {
        if (open < 0) {
            return json.length();
        }
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return json.length();
    }
}
