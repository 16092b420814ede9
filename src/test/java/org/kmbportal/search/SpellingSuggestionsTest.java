package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;

/**
 * Issue 11, the suggestions under the search box: a reader typing "behaviour" (or "behaviou", "Programme", "ORGANISAT")
 * is offered the library's titles and topics that write it "behavior" (and the reverse), as search finds them; what is
 * written as typed comes first, and no two suggestions differ only by spelling. Generated on the shipped library: a
 * title or topic label with a listed word, typed with some of its other words' beginnings and the listed word written
 * the other way (whole or its beginning past where the spellings part), in any case, on either page.
 */
class SpellingSuggestionsTest {

    /** A title or label the library shows, the texts it is suggested by (its versions) and the word to swap. */
    private record Source(Set<String> texts, String text, String word) {
    }

    private static List<Source> sources;
    /** Each resource's and collection's id and its language. */
    private static Map<String, String> languages;

    private static synchronized SearchFixture library() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        if (sources == null) {
            List<Source> found = new ArrayList<>();
            Map<String, String> language = new HashMap<>();
            Map<String, Set<String>> versions = new HashMap<>();
            List<String[]> titles = new ArrayList<>();
            library.index.withSearcher(searcher -> {
                try {
                    for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                        Document stored = searcher.storedFields().document(doc);
                        String id = stored.get(Fields.ID);
                        String title = stored.get(Fields.TITLE_STORED);
                        if (id == null || title == null) {
                            continue;
                        }
                        language.put(id, stored.get(Fields.LANGUAGE));
                        String group = stored.get(Fields.TRANSLATION_GROUP) == null
                                ? id
                                : stored.get(Fields.TRANSLATION_GROUP);
                        versions.computeIfAbsent(group, g -> new HashSet<>()).add(title);
                        titles.add(new String[]{group, title});
                    }
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (String[] title : titles) {
                add(found, versions.get(title[0]), title[1]);
            }
            library.taxonomy.facets().forEach(v -> v.terms().forEach(t -> {
                Set<String> labels = Set.of(t.label().en(), t.label().fr());
                add(found, labels, t.label().en());
                add(found, labels, t.label().fr());
            }));
            languages = language;
            sources = found;
        }
        return library;
    }

    private static void add(List<Source> found, Set<String> texts, String text) {
        for (String word : Suggestions.wordsOf(text)) {
            if (SpellingFolding.spellings(word).size() > 1) {
                found.add(new Source(texts, text, word));
            }
        }
    }

    /** What the reader typed, the text it was made from and the reader's language. */
    static Stream<Arguments> otherSpellings() {
        library();
        Gen<String> casing = Gen.of("lower", "lower", "Capital", "UPPER");
        return Gen.tries("spelling-suggestions", 40, random -> {
            Source source = Gen.of(sources).next(random);
            List<String> others = SpellingFolding.spellings(source.word()).stream()
                    .filter(s -> !s.equals(source.word())).toList();
            String other = Gen.of(others).next(random);
            int parting = 0;
            while (parting < other.length() && parting < source.word().length()
                    && other.charAt(parting) == source.word().charAt(parting)) {
                parting++;
            }
            // The whole word, or a beginning that the text's own spelling does not begin.
            String typedWord = random.nextBoolean()
                    ? other
                    : other.substring(0, Gen.between(parting + 1,
                            other.length()).next(random));
            List<String> words = new ArrayList<>();
            for (String word : Suggestions.wordsOf(source.text())) {
                if (!word.equals(source.word()) && word.length() >= 3 && words.size() < 2 && random.nextInt(3) == 0) {
                    words.add(word.substring(0, Gen.between(Math.min(3, word.length()), word.length()).next(random)));
                }
            }
            words.add(random.nextInt(words.size() + 1), typedWord);
            String typed = String.join(" ", words.stream().map(w -> cased(w, casing.next(random))).toList());
            return Arguments.of(typed, source.text(), Gen.of("en", "fr").next(random));
        });
    }

    private static String cased(String word, String how) {
        return switch (how) {
            case "Capital" -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
            case "UPPER" -> word.toUpperCase(Locale.ROOT);
            default -> word;
        };
    }

    private static List<Suggestions.Suggestion> suggest(String typed, String reader, int max) {
        Suggestions suggestions = new Suggestions();
        suggestions.index = library().index;
        return suggestions.suggestions(typed, reader, max);
    }

    /** Whether each typed word begins a word of the text as the text writes it (case and left-out accents aside). */
    private static boolean literally(List<String> typed, String text) {
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).replaceAll("\\b\\p{L}{1,2}['’]", "")
                .split("[^\\p{L}\\p{N}]+"));
        return typed.stream().allMatch(w -> words.stream().anyMatch(t -> Suggestions.begins(t, w)));
    }

    private static String key(String text) {
        return String.join(" ", Suggestions.wordsOf(SpellingFolding.folded(text)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" for \"{1}\" on the {2} page")
    @MethodSource("otherSpellings")
    void aTitleOrTopicWrittenTheOtherWayIsSuggested(String typed, String text, String reader) {
        Source source = sources.stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
        Set<String> wanted = new HashSet<>();
        source.texts().forEach(t -> wanted.add(key(t)));
        List<Suggestions.Suggestion> all = suggest(typed, reader, 100);
        assertTrue(all.stream().anyMatch(s -> wanted.contains(key(s.text()))),
                "\"" + typed + "\" on the " + reader + " page does not suggest \"" + text + "\": " + all.stream()
                        .map(Suggestions.Suggestion::text).toList());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" for \"{1}\" on the {2} page")
    @MethodSource("otherSpellings")
    void whatIsWrittenAsTypedComesFirstAndNothingTwiceBySpelling(String typed, String text, String reader) {
        List<Suggestions.Suggestion> shown = suggest(typed, reader, 8);
        List<String> accented = Suggestions.accentedWords(typed.strip());
        Set<String> seen = new HashSet<>();
        // Per kind of list: the topics, then the titles and authors in the reader's language, then the others.
        Map<String, Boolean> otherWaySeen = new HashMap<>();
        for (Suggestions.Suggestion s : shown) {
            String identity = "topic".equals(s.kind()) ? s.facet() + " " + key(s.text()) : key(s.text());
            assertTrue(seen.add(identity), "\"" + typed + "\" suggests \"" + s.text() + "\" twice: "
                    + shown.stream().map(Suggestions.Suggestion::text).toList());
            String list = "topic".equals(s.kind())
                    ? "topics"
                    : s.id() == null || reader.equals(languages.get(s.id())) ? "reader's" : "other";
            boolean asTyped = literally(accented, s.text()) || "topic".equals(s.kind());
            if (asTyped) {
                assertFalse(otherWaySeen.getOrDefault(list, false) && !"topics".equals(list),
                        "\"" + typed + "\": \"" + s.text() + "\", written as typed, comes after one written the other"
                                + " way: " + shown.stream().map(Suggestions.Suggestion::text).toList());
            } else {
                otherWaySeen.put(list, true);
            }
        }
    }
}
