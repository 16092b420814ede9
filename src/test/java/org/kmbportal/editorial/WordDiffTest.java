package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** The words that changed inside a line, as the history marks them. */
class WordDiffTest {

    @Test
    void eachSideReadsAsWrittenAndOnlyTheChangedWordIsMarked() {
        Random random = new Random(Gen.seed());
        Gen<String> lines = GeneratedText.upTo(400).map(t -> t.replaceAll("\\R", " "));
        for (int round = 0; round < 300; round++) {
            String older = lines.next(random);
            List<String> pieces = WordDiff.pieces(older);
            List<Integer> words = java.util.stream.IntStream.range(0, pieces.size()).filter(k -> pieces.get(k)
                    .matches("[\\p{L}\\p{M}\\p{N}]+")).boxed().toList();
            String newer = lines.next(random);
            assertEquals(older, text(WordDiff.older(older, newer)), older);
            assertEquals(newer, text(WordDiff.newer(older, newer)), newer);
            if (words.isEmpty()) {
                continue;
            }
            // one word replaced by another: that word deleted, the other inserted, nothing else marked
            int at = words.get(random.nextInt(words.size()));
            String word = pieces.get(at);
            List<String> replaced = new java.util.ArrayList<>(pieces);
            replaced.set(at, "zq" + round);
            String changed = String.join("", replaced);
            assertEquals(List.of(word), marked(WordDiff.older(older, changed)), older + " → " + changed);
            assertEquals(List.of("zq" + round), marked(WordDiff.newer(older, changed)), older + " → " + changed);
        }
    }

    @Test
    void wordsChangedTogetherAreOneChangeWithTheirSpaces() {
        assertEquals(List.of(new WordDiff.Part(WordDiff.Change.SAME, "Title: "), new WordDiff.Part(
                WordDiff.Change.INSERTED, "Other tab 12")),
                WordDiff.newer("Title: A new title", "Title: Other tab 12"));
    }

    private static String text(List<WordDiff.Part> parts) {
        return parts.stream().map(WordDiff.Part::text).collect(Collectors.joining());
    }

    private static List<String> marked(List<WordDiff.Part> parts) {
        return parts.stream().filter(p -> p.change() != WordDiff.Change.SAME).map(WordDiff.Part::text).toList();
    }
}
