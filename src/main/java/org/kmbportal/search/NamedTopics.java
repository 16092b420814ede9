package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.kmbportal.library.Taxonomy;

/**
 * Which topics of the taxonomy a text in an organization's own words names: a topic is named when the text uses a
 * word of its label, in either language (as the language's analyzer reduces it, with the taxonomy's synonyms), other
 * than the words several topics share ("mentoring", "youth"). Reasons then name the topic by its label, never by the
 * text's own words.
 */
final class NamedTopics {

    /** A word in the labels of this many topics or more says nothing of which one is meant. */
    static final int SHARED_BY = 3;

    private final Map<String, Map<String, Double>> cues = new LinkedHashMap<>();
    /** The words of the labels as written (lower case), by the stem they reduce to. */
    private final Map<String, Set<String>> labelWords = new HashMap<>();
    private final Analysis analysis;

    NamedTopics(Taxonomy taxonomy, Analysis analysis) {
        this.analysis = analysis;
        Map<String, Set<String>> byTopic = new LinkedHashMap<>();
        Map<String, Integer> topicsPerWord = new HashMap<>();
        taxonomy.vocabulary("topics").ifPresent(v -> v.terms().forEach(term -> {
            Set<String> words = new HashSet<>();
            for (String language : List.of("en", "fr")) {
                Map<String, Set<String>> written = stems(analysis.index(), language, term.label().in(language));
                words.addAll(written.keySet());
                written.forEach((stem, surface) -> labelWords.computeIfAbsent(stem, k -> new HashSet<>())
                        .addAll(surface));
            }
            byTopic.put(term.key(), words);
            words.forEach(w -> topicsPerWord.merge(w, 1, Integer::sum));
        }));
        byTopic.forEach((topic, words) -> {
            Map<String, Double> own = new HashMap<>();
            words.stream().filter(w -> topicsPerWord.get(w) < SHARED_BY)
                    .forEach(w -> own.put(w, 1.0 / topicsPerWord.get(w)));
            cues.put(topic, own);
        });
    }

    /**
     * Topic keys the text names, the most named first (ties in the taxonomy's order), each with the sum of its label
     * words found, a word counting 1 divided by the number of topics whose label has it.
     */
    Map<String, Double> in(String text) {
        Set<String> words = new HashSet<>();
        for (String language : List.of("en", "fr")) {
            stems(analysis.query(), language, text).forEach((stem, surface) -> {
                // A stem names a label's word when the text's word is that word or a form of it, or a synonym of a
                // word of the text; not when the stemmer merely cuts two words alike ("responsible" and
                // "responsiveness" both give "respons").
                if (surface.contains(SYNONYM) || surface.stream().anyMatch(w -> formOf(w, labelWords.get(stem)))) {
                    words.add(stem);
                }
            });
        }
        List<Map.Entry<String, Double>> named = new ArrayList<>();
        cues.forEach((topic, own) -> {
            // A word of one topic's label alone says more than a word two labels share.
            double found = own.entrySet().stream().filter(e -> words.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
            if (found > 0) {
                named.add(Map.entry(topic, found));
            }
        });
        named.sort(Map.Entry.<String, Double> comparingByValue().reversed());
        Map<String, Double> ordered = new LinkedHashMap<>();
        named.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Stands for a stem that a synonym of the text's words gave, rather than a word of the text. */
    private static final String SYNONYM = "\u0000synonym";

    /**
     * Whether a word of the text is one of the label's words or a form of it: beyond what they share, the longer has
     * an ending of a few letters ("evaluate", "evaluation"), not a longer one ("responsible", "responsiveness").
     */
    static boolean formOf(String word, Set<String> labelWords) {
        if (labelWords == null) {
            return false;
        }
        for (String label : labelWords) {
            int common = 0;
            while (common < Math.min(word.length(), label.length()) && word.charAt(common) == label.charAt(common)) {
                common++;
            }
            if (common >= Math.max(word.length(), label.length()) - ENDING) {
                return true;
            }
        }
        return false;
    }

    /** A word as written, compared without case, accents or an elided article ("l'Évaluation" gives "evaluation"). */
    private static String plain(String written) {
        String word = written.substring(Math.max(written.lastIndexOf('\''), written.lastIndexOf('’')) + 1);
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** How many letters the longer of two forms of a word may have after what they share. */
    static final int ENDING = 4;

    /**
     * The text's words as the language's analyzer indexes them, prefixed by the language, each with the words of the
     * text it came from as written (lower case), or {@link #SYNONYM} for a synonym the analyzer added.
     */
    private static Map<String, Set<String>> stems(Analyzer analyzer, String language, String text) {
        Map<String, Set<String>> stems = new HashMap<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = analyzer.tokenStream(Fields.text("title", language), text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 2) {
                    String written = type.type().equals("SYNONYM")
                            ? SYNONYM
                            : plain(text.substring(offset.startOffset(), offset.endOffset()));
                    stems.computeIfAbsent(language + ":" + term, k -> new HashSet<>()).add(written);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
