package org.kmbportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.kmbportal.library.Taxonomy;

/**
 * Leaves the library's commonest words out of a short challenge's word search: "youth", with its many synonyms, is in
 * nearly every document and tells nothing of what "show our funder what changes for the youth" is about. A common word
 * written next to a word of the taxonomy's labels or synonyms stays: it is part of a name ("jeunes nouveaux arrivants",
 * "youth voice").
 */
final class CommonWords {

    /** A word in more than this share of the library's documents in the text's language (synonyms included). */
    static final double COMMON = 2.0 / 3;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    /** The naming words of the last taxonomy asked about: computed once per taxonomy, not once per challenge. */
    private static volatile Naming naming;

    private record Naming(Taxonomy taxonomy, Set<String> words) {
    }

    private CommonWords() {
    }

    /**
     * The text's informative words without those in most of the library that stand alone, when others remain; a long
     * text's words as they are (it is searched by its most distinctive words already).
     */
    static String without(String text, String words, String language, IndexReader reader, Analyzer analyzer,
            Taxonomy taxonomy) {
        if (DistinctiveWords.informative(words).size() > QueryInterpreter.SHORT_TEXT_WORDS) {
            return words;
        }
        String[] raw = WORDS.split(text);
        Map<String, Boolean> common = new HashMap<>();
        Set<String> named = namingWords(taxonomy);
        IntPredicate naming = i -> i >= 0 && i < raw.length && named.contains(raw[i].toLowerCase(Locale.ROOT));
        IntPredicate rare = i -> !common.computeIfAbsent(raw[i].toLowerCase(Locale.ROOT),
                w -> DistinctiveWords.share(w, language, reader, analyzer) > COMMON);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            List<String> informative = DistinctiveWords.informative(raw[i]);
            if (!informative.isEmpty() && (rare.test(i) || naming.test(i - 1) || naming.test(i + 1))) {
                kept.addAll(informative);
            }
        }
        return kept.isEmpty() ? words : String.join(" ", kept);
    }

    /** The informative words (lower case) of the taxonomy's labels and synonyms in both languages. */
    static Set<String> namingWords(Taxonomy taxonomy) {
        Naming last = naming;
        if (last != null && last.taxonomy() == taxonomy) {
            return last.words();
        }
        Set<String> words = new HashSet<>();
        for (String language : List.of("en", "fr")) {
            taxonomy.vocabularies().forEach(v -> v.terms().forEach(term -> words.addAll(
                    Arrays.asList(WORDS.split(term.label().in(language).toLowerCase(Locale.ROOT))))));
            taxonomy.synonyms(language)
                    .forEach(group -> words.addAll(Arrays.asList(WORDS.split(group.toLowerCase(Locale.ROOT)))));
        }
        words.retainAll(DistinctiveWords.informative(String.join(" ", words)));
        Set<String> kept = Set.copyOf(words);
        naming = new Naming(taxonomy, kept);
        return kept;
    }
}
