package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.platform.PlainText;
import org.kmbportal.testing.Gen;

/**
 * A spelling correction keeps the query's words in one language: on the French page « mentorng evaluation » was
 * corrected to "mentoring évaluation" (an English word beside a French one, user session), and a word that is a real
 * word of either language is never replaced. Queries generated from the shipped library's titles in both languages:
 * one word misspelt (a letter dropped, doubled or swapped), the others typed as written or without their accents, in
 * any order, on both pages.
 */
class CorrectionInOneLanguageTest {

    private static final int TRIES = 400;

    @Test
    void aCorrectionNeverMixesTheLanguagesNorReplacesARealWord() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        List<String> english = titleWords(library, "en");
        List<String> french = titleWords(library, "fr");
        Random random = new Random(Gen.seed() * 31 + 60);
        List<String> mixed = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        int corrected = 0;
        for (int i = 0; i < TRIES; i++) {
            List<String> words = new ArrayList<>();
            int count = 2 + random.nextInt(2);
            for (int w = 0; w < count; w++) {
                List<String> from = random.nextBoolean() ? english : french;
                String word = from.get(random.nextInt(from.size()));
                words.add(random.nextBoolean() ? PlainText.folded(word) : word);
            }
            int slip = random.nextInt(count);
            words.set(slip, misspelt(words.get(slip), random));
            String query = String.join(" ", words);
            String page = i % 2 == 0 ? "en" : "fr";
            Optional<Speller.Correction> correction = library.index.withSearcher(searcher -> Speller.correction(query,
                    searcher.getIndexReader(), page, library.index.analysis()));
            if (correction.isEmpty()) {
                continue;
            }
            corrected++;
            String[] typed = query.split(" ");
            String[] shown = correction.get().text().split(" ");
            if (typed.length != shown.length) {
                continue;
            }
            List<String> changed = new ArrayList<>();
            for (int w = 0; w < typed.length; w++) {
                String folded = PlainText.folded(typed[w]).toLowerCase(Locale.ROOT);
                if (w != slip && WordForms.isWord(folded)
                        && !PlainText.folded(shown[w]).toLowerCase(Locale.ROOT).equals(folded)) {
                    replaced.add(page + " page: " + query + " → " + correction.get().text());
                }
                if (!shown[w].equals(typed[w])) {
                    changed.add(shown[w]);
                }
            }
            if (!changed.isEmpty() && !fits(library, changed, "en") && !fits(library, changed, "fr")) {
                mixed.add(page + " page: " + query + " → " + correction.get().text());
            }
        }
        assertTrue(corrected > TRIES / 4, corrected + " of " + TRIES + " queries corrected");
        assertEquals(List.of(), mixed, "corrections mixing English and French");
        assertEquals(List.of(), replaced, "real words replaced");
    }

    /** The user session's query, on the French page: corrected in one language, "evaluation" kept. */
    @Test
    void theUsersQueryIsCorrectedInOneLanguage() {
        SearchFixture library = SearchFixture.sharedShippedLibrary();
        for (String query : List.of("mentorng evaluation", "MENTORNG EVALUATION", "mentorng evaluaton")) {
            String text = library.index.withSearcher(searcher -> Speller.correction(query, searcher
                    .getIndexReader(), "fr", library.index.analysis())).orElseThrow().text().toLowerCase(Locale.ROOT);
            assertTrue(text.equals("mentoring evaluation") || text.equals("mentorat évaluation"), query + " → "
                    + text);
        }
    }

    /**
     * Whether the language's texts or its dictionary have each of these words as written (an accented word is French).
     */
    private static boolean fits(SearchFixture library, List<String> written, String language) {
        return library.index.withSearcher(searcher -> {
            LanguageWords words = LanguageWords.of(searcher.getIndexReader());
            return written.stream().allMatch(w -> {
                String folded = PlainText.folded(w).toLowerCase(Locale.ROOT);
                return (words.count(folded, language) > 0 || WordForms.written(folded, language).isPresent())
                        && ("fr".equals(language) || folded.equals(w.toLowerCase(Locale.ROOT)));
            });
        });
    }

    /** Words of six letters or more of the titles in the language, as written. */
    private static List<String> titleWords(SearchFixture library, String language) {
        TreeSet<String> words = new TreeSet<>();
        for (ResourceContent resource : library.resources) {
            if (language.equals(resource.language())) {
                for (String word : resource.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (word.length() >= 6) {
                        words.add(word);
                    }
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** The word with one slip: a letter dropped, doubled, or two neighbours swapped (not at the first letter). */
    private static String misspelt(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }
}
