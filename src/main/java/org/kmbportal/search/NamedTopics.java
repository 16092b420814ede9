package org.kmbportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
    private final Analysis analysis;

    NamedTopics(Taxonomy taxonomy, Analysis analysis) {
        this.analysis = analysis;
        Map<String, Set<String>> byTopic = new LinkedHashMap<>();
        Map<String, Integer> topicsPerWord = new HashMap<>();
        taxonomy.vocabulary("topics").ifPresent(v -> v.terms().forEach(term -> {
            Set<String> words = new HashSet<>();
            for (String language : List.of("en", "fr")) {
                words.addAll(stems(analysis.index(), language, term.label().in(language)));
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
            words.addAll(stems(analysis.query(), language, text));
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

    /** The text's words as the language's analyzer indexes them, prefixed by the language. */
    private static Set<String> stems(Analyzer analyzer, String language, String text) {
        Set<String> stems = new HashSet<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = analyzer.tokenStream(Fields.text("title", language), text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (term.length() > 2) {
                    stems.add(language + ":" + term);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }
}
