package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Which words are among the library's most common, for {@link NamedTopics}: such a word ("support", "relationship")
 * names no topic by itself. Remembers the words it has judged; safe for requests at once.
 */
final class LibraryCommonWords {

    /**
     * A word in more than this share of the library's documents of its language says nothing of a topic by itself:
     * "relationship", in 69% of the English documents, does not name relationship quality alone.
     */
    static final double COMMON_IN_LIBRARY = 2.0 / 3;

    private final Analysis analysis;
    private final IndexReader library;

    /** @param library the library's index; null for a reading that leaves the common words in */
    LibraryCommonWords(Analysis analysis, IndexReader library) {
        this.analysis = analysis;
        this.library = library;
    }

    /**
     * Whether a word of the text, or a synonym or translation of it, is among the library's most common words of
     * either language: "support" and "soutien" name no topic, in either language.
     */
    boolean common(String written) {
        if (library == null) {
            return false;
        }
        Boolean known = commonWords.get(written);
        if (known == null) {
            known = commonInEither(written);
            if (commonWords.size() < MAX_REMEMBERED) {
                commonWords.put(written, known);
            }
        }
        return known;
    }

    /** How many words' commonness one instance remembers: the texts are the organizations', of any length. */
    private static final int MAX_REMEMBERED = 20_000;

    /** Whether each word seen is common; one instance serves the requests of one library, at once. */
    private final Map<String, Boolean> commonWords = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean commonInEither(String written) {
        for (String language : List.of("en", "fr")) {
            if (WrittenStems.stems(analysis.query(), language, written).keySet().stream()
                    .anyMatch(w -> common(library, w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is in more than {@link #COMMON_IN_LIBRARY} of the library's documents of its language. */
    static boolean common(IndexReader library, String stem) {
        if (library == null) {
            return false;
        }
        String language = stem.substring(0, stem.indexOf(':'));
        String field = Fields.text("body", language);
        try {
            int documents = library.getDocCount(field);
            return documents > 0 && library
                    .docFreq(new Term(field, stem.substring(stem.indexOf(':') + 1))) > COMMON_IN_LIBRARY * documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
