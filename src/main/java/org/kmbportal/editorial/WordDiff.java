package org.kmbportal.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * What changed inside a line, word by word: a one-word change in a long paragraph showed the whole paragraph removed
 * and added again, and the reader had to find the word. The words are compared by java-diff-utils (as the lines are);
 * a word is a run of letters, marks and digits, and every space and sign is a piece of its own. Pure.
 */
public final class WordDiff {

    /** How a piece of a line differs from the line it replaces or was replaced by. */
    public enum Change {
        SAME, DELETED, INSERTED
    }

    /** A piece of a line: its words as written, and whether they were kept, deleted or inserted. */
    public record Part(Change change, String text) {
    }

    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|\\X");

    private WordDiff() {
    }

    /** The older line in pieces: what stayed, and what the newer line no longer has ({@link Change#DELETED}). */
    public static List<Part> older(String older, String newer) {
        return parts(older, newer, true);
    }

    /** The newer line in pieces: what stayed, and what it has that the older line had not ({@link Change#INSERTED}). */
    public static List<Part> newer(String older, String newer) {
        return parts(older, newer, false);
    }

    private static List<Part> parts(String older, String newer, boolean ofOlder) {
        List<String> a = pieces(older);
        List<String> b = pieces(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> line = ofOlder ? a : b;
        Change changed = ofOlder ? Change.DELETED : Change.INSERTED;
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            var chunk = ofOlder ? delta.getSource() : delta.getTarget();
            add(parts, Change.SAME, line.subList(at, chunk.getPosition()));
            add(parts, changed, chunk.getLines());
            at = chunk.getPosition() + chunk.size();
        }
        add(parts, Change.SAME, line.subList(at, line.size()));
        return joined(parts, changed);
    }

    /**
     * The parts with a space kept between two changed ones taken into the change: "Other tab" replacing "A title"
     * reads as one insertion, not two with a space between them.
     */
    private static List<Part> joined(List<Part> parts, Change changed) {
        List<Part> joined = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            if (part.change() == Change.SAME && part.text().isBlank() && !joined.isEmpty() && joined.get(joined
                    .size() - 1).change() == changed && k + 1 < parts.size()) {
                Part before = joined.remove(joined.size() - 1);
                joined.add(new Part(changed, before.text() + part.text() + parts.get(k + 1).text()));
                k++;
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    /** Adds the pieces, joined to the last part when it is of the same change. */
    private static void add(List<Part> parts, Change change, List<String> pieces) {
        if (pieces.isEmpty()) {
            return;
        }
        String text = String.join("", pieces);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).change() == change) {
            text = parts.remove(parts.size() - 1).text() + text;
        }
        parts.add(new Part(change, text));
    }

    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher piece = PIECE.matcher(text == null ? "" : text);
        while (piece.find()) {
            pieces.add(piece.group());
        }
        return pieces;
    }
}
