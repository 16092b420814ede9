package org.kmbportal.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void showsRemovedAndAddedLinesWithTheirNumbersAndFoldsTheRest() {
        String older = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        String newer = older.replace("line 10", "line ten");
        List<RevisionDiff.Line> diff = RevisionDiff.between(older, newer);
        assertTrue(RevisionDiff.changed(diff));
        RevisionDiff.Line removed = new RevisionDiff.Line(RevisionDiff.Kind.REMOVED, 10, 0, "line 10");
        RevisionDiff.Line added = new RevisionDiff.Line(RevisionDiff.Kind.ADDED, 0, 10, "line ten");
        // each names the other, so the history can mark the word that changed between them
        assertTrue(diff.contains(new RevisionDiff.Line(RevisionDiff.Kind.REMOVED, 10, 0, "line 10", null, added)),
                diff.toString());
        assertTrue(diff.contains(new RevisionDiff.Line(RevisionDiff.Kind.ADDED, 0, 10, "line ten", null, removed)),
                diff.toString());
        assertEquals(new RevisionDiff.Line(RevisionDiff.Kind.FOLDED, 0, 0, "7"), diff.get(0));
        assertEquals(new RevisionDiff.Line(RevisionDiff.Kind.FOLDED, 0, 0, "8"), diff.get(diff.size() - 1));
        assertEquals(new RevisionDiff.Line(RevisionDiff.Kind.SAME, 8, 8, "line 8"), diff.get(1));
    }

    @Test
    void identicalTextsHaveNoChange() {
        assertFalse(RevisionDiff.changed(RevisionDiff.between("a\nb", "a\nb")));
    }

    @Test
    void aNewTextIsAllAdded() {
        List<RevisionDiff.Line> diff = RevisionDiff.between("", "a\nb");
        assertEquals(2, diff.stream().filter(l -> l.kind() == RevisionDiff.Kind.ADDED).count());
    }
}
