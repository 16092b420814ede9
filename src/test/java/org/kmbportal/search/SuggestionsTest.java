package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.testing.Gen;

/**
 * Suggestions under the search box speak the page's language: a topic is always suggested by its label in the
 * reader's language ("e-mentor" suggested French topics on the English page: user test), each suggestion once, and a
 * resource once even when both its versions begin with what was typed.
 */
class SuggestionsTest {

    private static SearchFixture library;

    private static synchronized SearchFixture library() {
        if (library == null) {
            library = SearchFixture.sharedShippedLibrary();
        }
        return library;
    }

    private static List<Suggestions.Suggestion> suggest(String typed, String reader) {
        Suggestions suggestions = new Suggestions();
        suggestions.index = library().index;
        return suggestions.suggestions(typed, reader, 8);
    }

    private static List<String> topics(String typed, String reader) {
        return suggest(typed, reader).stream().filter(s -> s.kind().equals("topic")).map(Suggestions.Suggestion::text)
                .toList();
    }

    /** Every label of the taxonomy's terms in a language. */
    private static Set<String> labels(String language) {
        Set<String> labels = new HashSet<>();
        library().taxonomy.facets().forEach(v -> v.terms().forEach(t -> labels.add(t.label().in(language))));
        return labels;
    }

    @Test
    void eMentorSuggestsTheTopicInThePagesLanguage() {
        assertEquals(List.of("E-mentoring"), topics("e-mentor", "en"));
        List<String> french = topics("e-mentor", "fr");
        assertTrue(french.contains("Mentorat en ligne"), french.toString());
        assertTrue(labels("fr").containsAll(french), french.toString());
        // A topic typed by its name in the other language is suggested by its name in the reader's.
        assertTrue(topics("bénév", "en").contains("Volunteer mentors"), topics("bénév", "en").toString());
        assertTrue(topics("volunt", "fr").contains("Mentors bénévoles"), topics("volunt", "fr").toString());
    }

    /**
     * The beginnings of one or two words of the taxonomy's labels in either language, as a reader may type them
     * (joined by a space or a hyphen), for a reader in either language.
     */
    static Stream<Arguments> typedBeginnings() {
        List<String> words = library().taxonomy.facets().stream().flatMap(v -> v.terms().stream())
                .flatMap(t -> Stream.of(t.label().en(), t.label().fr()))
                .flatMap(l -> Stream.of(l.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 2).distinct().sorted().toList();
        Gen<String> beginning = random -> {
            String word = words.get(random.nextInt(words.size()));
            return word.substring(0, Math.min(word.length(), 1 + random.nextInt(6)));
        };
        Gen<String> typed = random -> {
            List<String> parts = beginning.list(1, 2).next(random);
            String joined = String.join(random.nextBoolean() ? " " : "-", parts);
            return joined.length() < 2 ? joined + words.get(random.nextInt(words.size())) : joined;
        };
        return Gen.tries("suggestion-beginnings", 60, typed)
                .flatMap(t -> Stream.of(Arguments.of(t, "en"), Arguments.of(t, "fr")));
    }

    @ParameterizedTest(name = "[{index}] {0} for a reader in {1}")
    @MethodSource("typedBeginnings")
    void topicsAreLabelledInTheReadersLanguageAndNothingIsSuggestedTwice(String typed, String reader) {
        List<Suggestions.Suggestion> suggestions = suggest(typed, reader);
        Set<String> own = labels(reader);
        for (String topic : topics(typed, reader)) {
            assertTrue(own.contains(topic), "'" + typed + "' for a reader in " + reader + " suggested " + topic
                    + ", not a label in " + reader + ": " + suggestions);
        }
        Set<String> texts = new HashSet<>();
        Set<String> resources = new HashSet<>();
        for (Suggestions.Suggestion s : suggestions) {
            assertTrue(texts.add(s.text().toLowerCase(Locale.ROOT)), "'" + typed + "' twice: " + suggestions);
            if (s.kind().equals("title")) {
                assertTrue(resources.add(resource(s.id())), "'" + typed + "' suggests a resource twice, in both"
                        + " languages: " + suggestions);
            }
        }
    }

    /** A resource's versions share one key: the original's id. */
    private static String resource(String id) {
        Map<String, String> original = new HashMap<>();
        for (ResourceContent r : library().resources) {
            if (!r.translationOf().isEmpty()) {
                original.put(r.id(), r.translationOf());
            }
        }
        // translation_of may be declared on either side: the key is the smaller of the two ids.
        String other = original.get(id);
        if (other == null) {
            other = original.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse(id);
        }
        return id.compareTo(other) <= 0 ? id : other;
    }
}
