package org.kmbportal.editorial.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kmbportal.editorial.Revision;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.web.Messages;

/**
 * A revision's note in the reader's language. Editors' own notes are shown as written; the notes the portal writes
 * itself ("restored revision 3", "draft -> published", after a conflict) are stored in English and put into words of
 * the page's language here, so a French history page reads in French.
 */
final class HistoryNotes {

    private static final Pattern RESTORED = Pattern.compile("restored revision (\\d+)");
    private static final Pattern MOVED = Pattern.compile("([a-z-]+) -> ([a-z-]+)");

    private HistoryNotes() {
    }

    static String inWords(Revision.Action action, String note, Messages words) {
        if (note == null || note.isBlank()) {
            return "";
        }
        String text = note.strip();
        Matcher restored = RESTORED.matcher(text);
        if (action == Revision.Action.RESTORED && restored.matches()) {
            return words.get("history.note.restored", restored.group(1));
        }
        Matcher moved = MOVED.matcher(text);
        if (action == Revision.Action.STATUS && moved.matches()) {
            var from = PublicationStatus.fromKey(moved.group(1));
            var to = PublicationStatus.fromKey(moved.group(2));
            if (from.isPresent() && to.isPresent()) {
                return words.getOrDefault("status." + from.get().key(), moved.group(1)) + " → "
                        + words.getOrDefault("status." + to.get().key(), moved.group(2));
            }
        }
        if (text.equals("saved over a concurrent change")) {
            return words.getOrDefault("history.note.savedOver", text);
        }
        if (action == Revision.Action.KEPT_COPY && text.equals("kept after a conflict")) {
            // The action already says it ("Kept after a conflict").
            return "";
        }
        return text;
    }
}
