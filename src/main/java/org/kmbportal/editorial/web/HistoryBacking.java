package org.kmbportal.editorial.web;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.web.FacesMessages;
import org.kmbportal.content.ContentReader;
import org.kmbportal.editorial.EditorialException;
import org.kmbportal.editorial.EditorialService;
import org.kmbportal.editorial.Revision;
import org.kmbportal.editorial.RevisionDiff;

/**
 * A resource's history ({@code editor/history.xhtml?id=&from=&to=}): every revision with who, when and what, the
 * difference between any two (by default the last two), and restoring one as a new draft.
 */
@Named("history")
@RequestScoped
public class HistoryBacking {

    @Inject
    EditorialService editorial;

    @Inject
    FacesMessages messages;

    private String id;
    private Integer from;
    private Integer to;
    private List<Revision> revisions;

    public void load() throws IOException {
        revisions = id == null || !ContentReader.ID.matcher(id).matches() ? List.of() : editorial.history(id);
        if (revisions.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
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
            messages.info("history.restored", number, restored.getNumber());
            messages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/editor/history?id=" + id);
        } catch (EditorialException e) {
            messages.error(e.messageKey());
            e.details().forEach(d -> messages.error("editor.problem", d));
        }
    }

    public List<RevisionDiff.Line> getDiff() {
        return editorial.diff(id, from, to);
    }

    public String getTitle() {
        return revisions.get(0).getResourceSlug();
    }

    public List<Revision> getRevisions() {
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
