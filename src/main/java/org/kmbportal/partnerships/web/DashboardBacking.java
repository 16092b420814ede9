package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.NoteService;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipNote;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.partnerships.PlanCodec;
import org.kmbportal.partnerships.PlanRevision;
import org.kmbportal.partnerships.PlanService;
import org.kmbportal.partnerships.PlanWording;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.PostRedirectGet;

/**
 * A partnership's dashboard ({@code partnerships/view.xhtml?id=}): who, the goals, the next check-in (and missed
 * ones), the last contact, the plan at a glance with the "mentor, don't manage" warning, the capacity chart with its
 * table, the latest revisions and the notes thread. Accepting, settings, closing and handing over are in
 * {@link PartnershipActionsBacking}.
 */
@Named("partnership")
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT_REVISIONS = 3;

    @Inject
    transient PartnershipOverview overview;

    @Inject
    transient NoteService notes;

    @Inject
    transient org.kmbportal.partnerships.Notifications notifications;

    @Inject
    transient PlanService plans;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient Refusals refusals;

    @Inject
    transient LocaleBean locale;

    private String id;
    private long partnershipId;
    private boolean found;
    private String noteText = "";
    /** The flash key of a refused note's text, kept across the redirect, with the partnership's id. */
    private static final String NOTE = "kmb.partnership-note.";
    private transient Dashboard dashboard;
    private transient CapacityChart chart;

    public void load() throws IOException {
        if (found) {
            return;
        }
        try {
            partnershipId = Long.parseLong(id == null ? "" : id.strip());
            dashboard = overview.dashboard(partnershipId);
            found = true;
            // Opened: what it told the reader about this partnership is read (the list's "new" goes).
            notifications.readAbout(partnershipId);
            PostRedirectGet.kept(NOTE + partnershipId, String.class).ifPresent(kept -> noteText = kept);
        } catch (NumberFormatException | PartnershipException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    /**
     * Posts the note, then shows the partnership at its own address (Post/Redirect/Get: Back never asks to send the
     * note again, nor does a reload post it twice); a refused note stays in its box, with the reason beside it.
     */
    public void writeNote() {
        try {
            notes.write(partnershipId, noteText);
            noteText = "";
            messages.info("partnerships.notes.written");
        } catch (PartnershipException e) {
            // Beside the box, a note too long with its length, as every box says it (it was said above the page).
            refusals.showBeside("note:text", e, noteText);
        }
        PostRedirectGet.to(address(), NOTE + partnershipId, noteText);
    }

    /** The partnership's own address, where its buttons lead back to. */
    String address() {
        return "/partnerships/view?id=" + partnershipId;
    }

    void refresh() {
        dashboard = null;
        chart = null;
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = overview.dashboard(partnershipId);
        }
        return dashboard;
    }

    public CapacityChart getChart() {
        if (chart == null) {
            chart = new CapacityChart(getDashboard(), taxonomies.current(), locale.getCurrent());
        }
        return chart;
    }

    public List<PartnershipNote> getNotes() {
        return notes.notes(partnershipId);
    }

    /** The latest revisions, newest first, with their changes in words. */
    public List<PlanBacking.RevisionView> getRecentRevisions() {
        List<PlanRevision> all = plans.revisions(partnershipId);
        return all.subList(Math.max(0, all.size() - RECENT_REVISIONS), all.size()).stream()
                .sorted((a, b) -> Integer.compare(b.getNumber(), a.getNumber()))
                .map(r -> new PlanBacking.RevisionView(r.getNumber(), r.getMadeAt().toLocalDate().toString(),
                        r.getAuthor(), r.getReason(), r.getCheckInNumber(), PlanCodec.changes(r.getChanges()).stream()
                                .map(c -> PlanWording.change(c, locale.getCurrent())).toList()))
                .toList();
    }

    public String capacityLabel(String key) {
        return taxonomies.current().capacityLabel(key, locale.getLanguage());
    }

    public String leadLabel(String key) {
        return PlanWording.lead(key, locale.getCurrent());
    }

    public String statusLabel(String key) {
        return PlanWording.status(key, locale.getCurrent());
    }

    public boolean isFound() {
        return found;
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }
}
