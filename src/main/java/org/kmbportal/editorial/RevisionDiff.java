package org.kmbportal.editorial;

import java.util.ArrayList;
import java.util.List;

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
     */
    public record Line(Kind kind, int oldNumber, int newNumber, String text) {
    }

    private RevisionDiff() {
    }

    public static List<Line> between(String older, String newer) {
        List<String> a = lines(older);
        List<String> b = lines(newer);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Line> all = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                all.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            }
            for (String removed : delta.getSource().getLines()) {
                all.add(new Line(Kind.REMOVED, ++i, 0, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                all.add(new Line(Kind.ADDED, 0, ++j, added));
            }
        }
        while (i < a.size()) {
            all.add(new Line(Kind.SAME, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return fold(all);
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

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\n", -1));
    }
}
