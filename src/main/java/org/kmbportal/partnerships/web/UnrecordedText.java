package org.kmbportal.partnerships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a member typed into a check-in that a colleague recorded first: it is not lost, but offered as the
 * partnership's notes, each within a note's length, in the order it was typed, under a heading that says where it
 * came from.
 */
public final class UnrecordedText {

    /** Room kept in each note for its "(2/3) " when the text takes several notes. */
    private static final int NUMBERING = 12;

    /** One box of the form, or one change of the plan: its label and what was typed in it. */
    public record Part(String label, String text) {
    }

    private UnrecordedText() {
    }

    /** Whether anything but spaces was typed in any of the texts. */
    static boolean any(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** The three boxes of the check-in's record, each labelled in the language given. */
    static List<Part> boxes(java.util.Locale language, String whatHappened, String contextChanges,
            String nextSteps) {
        return List.of(part(language, "partnerships.checkIn.whatHappened", whatHappened), part(language,
                "partnerships.checkIn.contextChanges", contextChanges),
                part(language, "partnerships.checkIn.nextSteps",
                        nextSteps));
    }

    private static Part part(java.util.Locale language, String label, String text) {
        return new Part(org.kmbportal.web.Messages.format(language, label), text);
    }

    /**
     * The language the texts were written in: English or French as their words show it, else that of the pages they
     * were typed on. The notes' headings are all in it, so a reader of either language reads the note in one language
     * (an English heading over French text read as English to a French reader).
     */
    static java.util.Locale writtenIn(java.util.Locale pages, List<String> typed) {
        String all = String.join("\n", typed.stream().filter(t -> t != null).toList());
        return java.util.Locale.forLanguageTag(org.kmbportal.web.WrittenLanguage.of(all, pages.getLanguage()));
    }

    /**
     * The notes that hold the parts typed for check-in {@code number}, under one heading, the heading and the parts'
     * labels in the language given.
     */
    static List<String> asNotes(java.util.Locale language, int number, List<Part> parts) {
        return asNotes(org.kmbportal.web.Messages.format(language, "partnerships.checkIn.unrecorded.heading", number),
                parts, org.kmbportal.partnerships.PartnershipNote.MAX_LENGTH);
    }

    /**
     * The notes that hold the heading and every part typed (its label, then its text), one note if it fits in
     * {@code max} characters, else as few as fit, split at paragraph or sentence ends ({@link #split}), numbered
     * "(1/3) ".
     */
    static List<String> asNotes(String heading, List<Part> parts, int max) {
        StringBuilder whole = new StringBuilder(heading.strip());
        for (Part part : parts) {
            if (part.text() != null && !part.text().isBlank()) {
                whole.append("\n\n").append(part.label().strip()).append('\n').append(part.text().strip());
            }
        }
        String text = whole.toString();
        if (text.length() <= max) {
            return List.of(text);
        }
        List<String> pieces = split(text, max - NUMBERING);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            notes.add("(" + (i + 1) + "/" + pieces.size() + ") " + pieces.get(i));
        }
        return notes;
    }

    /** A blank line: the end of a paragraph (or of a box's text, before the next box's label). */
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    /** The end of a sentence: its mark, any closing quotation marks or brackets, then a space or a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'»”’)\\]]*(?=\\s)");

    /**
     * The text in pieces of at most {@code size} characters, each cut where the size forces it, at the end of its
     * last paragraph if that leaves it at least half full, else at the end of its last sentence, so sentences stay
     * whole (a note cut mid-sentence read as two broken halves: user session us48). Only a sentence longer than a
     * note is cut, at its last line break or space, or, without any, between two characters.
     */
    private static List<String> split(String text, int size) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > size) {
            int cut = cut(text, start, start + size);
            String piece = text.substring(start, cut).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            start = cut;
        }
        String rest = text.substring(start).strip();
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Where the piece from {@code start} ends, at most at {@code end} (see {@link #split}). */
    private static int cut(String text, int start, int end) {
        int half = start + (end - start) / 2;
        int paragraph = last(PARAGRAPH_END, text, start, end, false);
        if (paragraph > half) {
            return paragraph;
        }
        int sentence = last(SENTENCE_END, text, start, end, true);
        if (sentence > start) {
            return sentence;
        }
        int space = Math.max(text.lastIndexOf('\n', end), text.lastIndexOf(' ', end));
        if (space > half) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }

    /**
     * The start (or, with {@code after}, the end) of the last match of the pattern wholly between {@code start} and
     * {@code end}, or -1.
     */
    private static int last(Pattern pattern, String text, int start, int end, boolean after) {
        Matcher matcher = pattern.matcher(text).region(start, end).useTransparentBounds(true);
        int found = -1;
        while (matcher.find()) {
            found = after ? matcher.end() : matcher.start();
        }
        return found;
    }
}
