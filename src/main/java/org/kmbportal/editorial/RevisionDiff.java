package org.kmbportal.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The difference between two revisions' content-format text, line by line, as people read it: removed and added
 * lines with their numbers, and a few unchanged lines around each change (the rest folded). Pure.
 */
public final class RevisionDiff {

    static final int CONTEXT = 2;

    /** How a line differs. */
    public enum Kind {
        SAME, REMOVED, ADDED, FOLDED
    }

    /**
     * One line of the difference.
     *
     * @param oldNumber
     *            its line in the older text (0 when added or folded)
     * @param newNumber
     *            its line in the newer text (0 when removed or folded)
     * @param field
     *            where the line is a field of the front matter ({@code status: in-review}), the field's name, a
     *            nested one after its parent's ({@code citation.title}); else null
     * @param counterpart
     *            for a removed line, the added line that took its place (the first added for the first removed of a
     *            change, and so on), for an added line the removed one it replaces: the words that changed between
     *            them are marked ({@link WordDiff}); else null
     */
    public record Line(Kind kind, int oldNumber, int newNumber, String text, String field, Line counterpart) {

        public Line(Kind kind, int oldNumber, int newNumber, String text) {
            this(kind, oldNumber, newNumber, text, null);
        }

        public Line(Kind kind, int oldNumber, int newNumber, String text, String field) {
            this(kind, oldNumber, newNumber, text, field, null);
        }
    }

    /** A field's line in the front matter: its indent, name and what follows the colon. */
    private static final Pattern FIELD = Pattern.compile("( *)([A-Za-z_][A-Za-z0-9_]*):(?:[ \\t].*)?");

    private RevisionDiff() {
    }

    public static List<Line> between(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        String[] fieldsA = fields(a);
        String[] fieldsB = fields(b);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                all.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i), fieldsA[i]));
                i++;
                j++;
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            List<Line> removedLines = new ArrayList<>();
            for (String line : removed) {
                removedLines.add(new Line(Kind.REMOVED, ++i, 0, line, fieldsA[i - 1]));
            }
            List<Line> addedLines = new ArrayList<>();
            for (String line : added) {
                addedLines.add(new Line(Kind.ADDED, 0, ++j, line, fieldsB[j - 1]));
            }
            // The k-th removed line and the k-th added one: each names the other, so both show their changed words.
            for (int k = 0; k < removedLines.size(); k++) {
                Line line = removedLines.get(k);
                all.add(k < addedLines.size() ? paired(line, addedLines.get(k)) : line);
            }
            for (int k = 0; k < addedLines.size(); k++) {
                Line line = addedLines.get(k);
                all.add(k < removedLines.size() ? paired(line, removedLines.get(k)) : line);
            }
        }
        while (i < a.size()) {
            all.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i), fieldsA[i]));
            i++;
            j++;
        }
        return fold(all);
    }

    private static Line paired(Line line, Line other) {
        return new Line(line.kind(), line.oldNumber(), line.newNumber(), line.text(), line.field(), other);
    }

    /** Whether the texts differ at all. */
    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() == Kind.ADDED || l.kind() == Kind.REMOVED);
    }

    private static List<Line> fold(List<Line> all) {
        boolean[] keep = new boolean[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).kind() != Kind.SAME) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(all.size() - 1, k + CONTEXT); c++) {
                    keep[c] = true;
                }
            }
        }
        List<Line> shown = new ArrayList<>();
        int hidden = 0;
        for (int k = 0; k < all.size(); k++) {
            if (keep[k]) {
                if (hidden > 0) {
                    shown.add(new Line(Kind.FOLDED, 0, 0, String.valueOf(hidden)));
                    hidden = 0;
                }
                shown.add(all.get(k));
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            shown.add(new Line(Kind.FOLDED, 0, 0, String.valueOf(hidden)));
        }
        return shown;
    }

    /**
     * Each line's field in the front matter (between the first two {@code ---} lines), or null: a top-level field by
     * its name, a nested one (two spaces in) after its parent's; a list's items and the body have none.
     */
    static String[] fields(List<String> lines) {
        String[] fields = new String[lines.size()];
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return fields;
        }
        String parent = null;
        for (int k = 1; k < lines.size() && !lines.get(k).strip().equals("---"); k++) {
            Matcher field = FIELD.matcher(lines.get(k));
            if (!field.matches()) {
                continue;
            }
            if (field.group(1).isEmpty()) {
                parent = field.group(2);
                fields[k] = parent;
            } else if (parent != null) {
                fields[k] = parent + "." + field.group(2);
            }
        }
        return fields;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\n", -1));
    }
}
