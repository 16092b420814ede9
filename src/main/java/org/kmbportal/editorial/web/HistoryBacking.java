package org.kmbportal.editorial.web;

import org.kmbportal.library.Slugs;

import java.io.IOException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.Messages;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.editorial.RevisionDiff;

/**
 * A resource's history ({@code editor/history.xhtml?id=&from=&to=}): every revision with who, when and what, the
 * difference between any two (by default the last two), and restoring one as a new draft. View-scoped: a row's
 * Restore button is only heard if the rows exist when the form is posted back, before the view action reads the
 * history again.
 */
@Named("history")
@ViewScoped
public class HistoryBacking implements Serializable {

    /** A revision's time in UTC, always with its seconds ({@link org.kmbportal.web.UtcTime}). */
    static String when(OffsetDateTime time) {
        return org.kmbportal.web.UtcTime.format(time);
    }

    public static final class Row implements Serializable {
        private final int number;
        private final OffsetDateTime createdAt;
        private final String authorName;
        private final Revision.Action action;
        private final org.kmbportal.library.PublicationStatus status;
        private final String note;
        private final boolean current;

        Row(Revision revision, boolean current, Messages words) {
            number = revision.getNumber();
            createdAt = revision.getCreatedAt();
            // A deleted account's revision is "a former member", in the reader's language.
            authorName = org.kmbportal.accounts.AccountErased.isFormerMember(revision.getAuthorEmail())
                    ? words.get("attribution.formerMember")
                    : revision.getAuthorName();
            action = revision.getAction();
            status = revision.getStatus();
            note = HistoryNotes.inWords(revision.getAction(), revision.getNote(), words);
            this.current = current;
        }

        /** The newest applied revision: what the resource is now, so there is nothing to restore. */
        public boolean isCurrent() {
            return current;
        }

        public int getNumber() {
            return number;
        }

        public OffsetDateTime getCreatedAt() {
            return createdAt;
        }

        /** When the revision was made, as every row says it: {@link HistoryBacking#when}. */
        public String getWhen() {
            return when(createdAt);
        }

        public String getAuthorName() {
            return authorName;
        }

        public Revision.Action getAction() {
            return action;
        }

        public org.kmbportal.library.PublicationStatus getStatus() {
            return status;
        }

        /** A text kept after a conflict: never applied, so it gave the resource no state. */
        public boolean isKept() {
            return action == Revision.Action.KEPT_COPY;
        }

        public String getNote() {
            return note;
        }
    }

    @Inject
    transient EditorialService editorial;

    @Inject
    transient FacesMessages messages;

    /** The reader's language, as the rest of the portal reads it (Faces' own bundle may still be the default). */
    @Inject
    transient Messages words;

    private String id;
    /** {@code ?from=} and {@code ?to=} as written in the address; read in {@link #load()}. */
    private String fromAsked;
    private String toAsked;
    private Integer from;
    private Integer to;
    private List<Row> revisions = List.of();
    private String title = "";
    /** The revision whose restoring waits for a yes, or 0. */
    private int asking;
    private static final String CANCELLED = HistoryBacking.class.getName() + ".cancelled";

    public void load() throws IOException {
        var resource = !Slugs.valid(id)
                ? java.util.Optional.<EditorialService.Draft> empty()
                : editorial.open(id);
        if (resource.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        title = resource.get().content().title();
        // A resource nobody has changed in the portal yet (as shipped or imported) has no revision: the page says so.
        List<Revision> history = editorial.history(id);
        if (history.isEmpty()) {
            revisions = List.of();
            return;
        }
        // A text kept after a conflict was never applied: what the resource is now is its newest applied revision,
        // and a comparison by default runs between applied revisions, so no change that never happened is shown.
        int current = applied(history).findFirst().orElse(history.get(0).getNumber());
        revisions = history.stream().map(r -> new Row(r, r.getNumber() == current, words)).toList();
        to = revisionNumber(toAsked);
        from = revisionNumber(fromAsked);
        if (to == null || revisions.stream().noneMatch(r -> r.getNumber() == to)) {
            to = current;
        }
        if (from == null || revisions.stream().noneMatch(r -> r.getNumber() == from)) {
            int below = to;
            from = applied(history).filter(n -> n < below).findFirst().orElse(Math.max(1, to - 1));
        }
    }

    /** The numbers of the revisions that were applied to the resource (not kept after a conflict), newest first. */
    private static java.util.stream.Stream<Integer> applied(List<Revision> history) {
        return history.stream().filter(r -> r.getAction() != Revision.Action.KEPT_COPY).map(Revision::getNumber);
    }

    /**
     * A revision number written in the address, or null when it is none ({@code ?from=abc}, {@code -1}, a number too
     * long for one): the page is then as without it. Read here rather than converted by the page's parameter, whose
     * failure skipped {@link #load()} and showed "no revision yet" for a resource that has some.
     */
    static Integer revisionNumber(String asked) {
        String number = asked == null ? "" : asked.strip();
        return number.matches("[0-9]{1,9}") ? Integer.valueOf(number) : null;
    }

    /** A row's Restore: the page asks first (it replaces what readers see if the resource is published). */
    public void askRestore(int number) {
        asking = number;
    }

    public void cancelRestore() {
        FacesContext.getCurrentInstance().getAttributes().put(CANCELLED, asking);
        asking = 0;
    }

    public void confirmRestore() throws IOException {
        int number = asking;
        asking = 0;
        if (number > 0) {
            restore(number);
        }
    }

    /** The revision whose question is open, or 0. */
    public int getAsking() {
        return asking;
    }

    /** The question of the open confirmation, in the reader's language. */
    public String getQuestion() {
        return asking == 0 ? "" : words.get("history.restore.confirm", asking);
    }

    /** The revision whose question this very request cancelled (its Restore button gets the focus back), or 0. */
    public int getCancelled() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getAttributes().get(CANCELLED) instanceof Integer number ? number : 0;
    }

    private void restore(int number) throws IOException {
        try {
            Revision restored = editorial.restore(id, number);
            String state = words.get("status." + restored.getStatus().key());
            messages.info("history.restored", number, restored.getNumber(), state);
            messages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/editor/history?id=" + id);
        } catch (EditorialException e) {
            messages.error(e.messageKey());
            e.details().forEach(d -> messages.error("editor.problem", d));
        }
    }

    public List<RevisionDiff.Line> getDiff() {
        return revisions.isEmpty() ? List.of() : editorial.diff(id, from, to);
    }

    public String getTitle() {
        return title;
    }

    public List<Row> getRevisions() {
        return revisions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public Integer getTo() {
        return to;
    }

    public String getFromAsked() {
        return fromAsked;
    }

    public void setFromAsked(String fromAsked) {
        this.fromAsked = fromAsked;
    }

    public String getToAsked() {
        return toAsked;
    }

    public void setToAsked(String toAsked) {
        this.toAsked = toAsked;
    }
}
