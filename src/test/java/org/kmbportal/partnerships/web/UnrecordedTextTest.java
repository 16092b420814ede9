package org.kmbportal.partnerships.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** What was typed into a check-in recorded by a colleague first, as the partnership's notes: nothing left out. */
class UnrecordedTextTest {

    private static final int MAX = 4000;

    @Test
    void everyCharacterTypedIsInTheNotesInOrderAndEachNoteFits() {
        Random random = new Random(Gen.seed() ^ 0x4E07E5L);
        for (int round = 0; round < 500; round++) {
            List<UnrecordedText.Part> parts = List.of(part(random, "What happened"), part(random,
                    "Ce qui a changé"), part(random, "Next steps"));
            List<String> notes = UnrecordedText.asNotes("Check-in " + round + ", not recorded:", parts, MAX);
            StringBuilder expected = new StringBuilder("Check-in" + round + ",notrecorded:");
            for (UnrecordedText.Part part : parts) {
                if (part.text() != null && !part.text().isBlank()) {
                    expected.append(part.label()).append(part.text());
                }
            }
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < notes.size(); i++) {
                String note = notes.get(i);
                assertTrue(note.length() <= MAX, note.length() + " characters");
                assertTrue(!note.isBlank());
                String numbering = notes.size() == 1 ? "" : "(" + (i + 1) + "/" + notes.size() + ") ";
                assertTrue(note.startsWith(numbering), note.substring(0, Math.min(20, note.length())));
                kept.append(note.substring(numbering.length()));
            }
            assertEquals(expected.toString().replaceAll("\\s+", ""), kept.toString().replaceAll("\\s+", ""),
                    "round " + round);
            if (expected.length() < MAX / 2) {
                assertEquals(1, notes.size(), "one note when it fits");
            }
        }
    }

    /**
     * A text longer than a note is cut at a paragraph's or a sentence's end: every sentence that fits in a note is
     * whole in one of them (the notes were cut between any two words, mid-sentence: user session us48).
     */
    @Test
    void sentencesThatFitInANoteAreNeverCut() {
        Random random = new Random(Gen.seed() ^ 0x5E7E7CEL);
        for (int round = 0; round < 300; round++) {
            List<String> sentences = new java.util.ArrayList<>();
            List<UnrecordedText.Part> parts = new java.util.ArrayList<>();
            for (String label : List.of("What happened", "Ce qui a changé", "Next steps")) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(2 * MAX);
                while (text.length() < length) {
                    String sentence = sentence(random);
                    sentences.add(sentence);
                    text.append(sentence).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                }
                parts.add(new UnrecordedText.Part(label, text.toString()));
            }
            List<String> notes = UnrecordedText.asNotes("Check-in " + round + ", not recorded:", parts, MAX)
                    .stream().map(UnrecordedTextTest::squeezed).toList();
            for (String sentence : sentences) {
                if (sentence.length() <= MAX / 2) {
                    assertTrue(notes.stream().anyMatch(note -> note.contains(squeezed(sentence))), "round " + round
                            + ", whole in one note: " + sentence);
                }
            }
        }
    }

    /**
     * A sentence of the library's words and odd signs, without a sentence's end inside, ended by one (. ? ! … and
     * closing marks, French spacing too); now and then longer than a note.
     */
    private static String sentence(Random random) {
        String words = GeneratedText.oddTitles(random.nextInt(40) == 0 ? 5 * MAX / 4 : 300).next(random)
                .replaceAll("[.!?…\\s]+", " ").strip();
        String end = List.of(".", "?", "!", "…", "\u00a0?", ".»", "!”", ".)").get(random.nextInt(8));
        return (words.isEmpty() ? "Oui" : words) + end;
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }

    @Test
    void nothingButSpacesIsNothingTyped() {
        assertTrue(!UnrecordedText.any(null, "", " \n\t "));
        assertTrue(UnrecordedText.any(null, " x "));
    }

    /** Blank, short, or long (up to twice a note), with or without spaces, emoji, both languages. */
    private static UnrecordedText.Part part(Random random, String label) {
        int kind = random.nextInt(5);
        String text = switch (kind) {
            case 0 -> random.nextBoolean() ? null : "  \n ";
            case 1 -> GeneratedText.oddTitles(200).next(random);
            case 2 -> "🌊é«»".repeat(random.nextInt(3000));
            default -> {
                StringBuilder long_ = new StringBuilder();
                int length = random.nextInt(2 * MAX);
                while (long_.length() < length) {
                    long_.append(GeneratedText.oddTitles(300).next(random)).append(random.nextBoolean()
                            ? "\n"
                            : " ");
                }
                yield long_.toString();
            }
        };
        return new UnrecordedText.Part(label, text);
    }
}
