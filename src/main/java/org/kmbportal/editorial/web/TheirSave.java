package org.kmbportal.editorial.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kmbportal.accounts.AccountErased;
import org.kmbportal.accounts.Guard;
import org.kmbportal.content.ContentWriter;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.editorial.RevisionDiff;
import org.kmbportal.library.ConcurrentEditException;
import org.kmbportal.web.Messages;
import org.kmbportal.web.UtcTime;

/**
 * The save in the way of the editor's (a conflict): what it changed since the text the editor started from, its
 * version, who saved it and when, and whether that was this same account (another tab or window).
 *
 * @param changes
 *            the difference from the editor's starting text to the text now stored
 * @param version
 *            the version now stored, to save over it
 * @param by
 *            who saved it (their display name, "" for the library's import, "a former member" for a deleted
 *            account), or null when not known
 * @param at
 *            when, in UTC as pages say times, or null
 * @param mine
 *            whether it was saved by the same account
 */
public record TheirSave(List<RevisionDiff.Line> changes, long version, String by, String at, boolean mine)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    public TheirSave {
        changes = new ArrayList<>(changes);
    }

    /** The save that made the editor's refused, named as the history names people, with when. */
    static TheirSave of(ConcurrentEditException e, String baseText, String id, EditorialService editorial, Guard guard,
            Messages bundle) {
        List<RevisionDiff.Line> changes = RevisionDiff.between(baseText, e.current() == null
                ? ""
                : ContentWriter.write(e.current()));
        return editorial.history(id).stream().filter(r -> r.getAction() != Revision.Action.KEPT_COPY).max(Comparator
                .comparingInt(Revision::getNumber)).map(
                        r -> new TheirSave(changes, e.currentVersion(),
                                // A deleted account's save is "a former member", in the reader's language.
                                AccountErased.isFormerMember(r.getAuthorEmail())
                                        ? bundle.get("attribution.formerMember")
                                        : r.getAuthorName() == null ? "" : r.getAuthorName(),
                                UtcTime.format(r.getCreatedAt()),
                                // The same account: its own other tab or window, not "someone else" (user session).
                                guard.caller().map(c -> c.email().equalsIgnoreCase(r.getAuthorEmail())).orElse(false)))
                .orElseGet(() -> new TheirSave(changes, e.currentVersion(), null, null, false));
    }
}
