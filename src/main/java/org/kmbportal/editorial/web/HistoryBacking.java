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

    /** One revision as the table shows it. */
    public static final class Row implements Serializable {
        private final int number;
        private final OffsetDateTime createdAt;
        private final String authorName;
        private final Revision.Action action;
        private final org.kmbportal.library.PublicationStatus status;
        private final String note;

        Row(Revision revision) {
            number = revision.getNumber();
            createdAt = revision.getCreatedAt();
            authorName = revision.getAuthorName();
            action = revision.getAction();
            status = revision.getStatus();
            note = revision.getNote();
        }

        public int getNumber() {
            return number;
        }

        public OffsetDateTime getCreatedAt() {
            return createdAt;
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

        public String getNote() {
            return note;
        }
    }

    @Inject
    transient EditorialService editorial;

    @Inject
    transient FacesMessages messages;

    private String id;
    private Integer from;
    private Integer to;
    private List<Row> revisions = List.of();
    private String title = "";

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
        revisions = editorial.history(id).stream().map(Row::new).toList();
        if (revisions.isEmpty()) {
            return;
        }
        int newest = revisions.get(0).getNumber();
        if (to == null || revisions.stream().noneMatch(r -> r.getNumber() == to)) {
            to = newest;
        }
        if (from == null || revisions.stream().noneMatch(r -> r.getNumber() == from)) {
            from = Math.max(1, to - 1);
        }
    }

    public void restore(int number) throws IOException {
        try {
            Revision restored = editorial.restore(id, number);
            FacesContext faces = FacesContext.getCurrentInstance();
            String state = faces.getApplication().getResourceBundle(faces, "msg")
                    .getString("status." + restored.getStatus().key());
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

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }
}
