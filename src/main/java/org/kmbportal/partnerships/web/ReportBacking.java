package org.kmbportal.partnerships.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.TaxonomyService;
import org.kmbportal.partnerships.Dashboard;
import org.kmbportal.partnerships.PartnershipException;
import org.kmbportal.partnerships.PartnershipOverview;
import org.kmbportal.partnerships.PlanCodec;
import org.kmbportal.partnerships.PlanService;
import org.kmbportal.partnerships.PlanWording;
import org.kmbportal.web.LocaleBean;

/**
 * The report for funders and boards ({@code partnerships/report.xhtml?id=}), printable: goals, capacities (chart and
 * table), the plan, every revision with its reason, and the check-ins; the same report as Markdown from the API.
 */
@Named("report")
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnershipOverview overview;

    @Inject
    transient PlanService plans;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    transient LocaleBean locale;

    private String id;
    private long partnershipId;
    private transient Dashboard dashboard;

    public void load() throws IOException {
        try {
            partnershipId = Long.parseLong(id == null ? "" : id.strip());
            dashboard = overview.dashboard(partnershipId);
        } catch (NumberFormatException | PartnershipException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = overview.dashboard(partnershipId);
        }
        return dashboard;
    }

    public CapacityChart getChart() {
        return new CapacityChart(getDashboard(), taxonomies.current(), locale.getCurrent());
    }

    /** Every revision, oldest first, with its changes in words. */
    public List<PlanBacking.RevisionView> getRevisions() {
        return plans.revisions(partnershipId).stream().map(r -> new PlanBacking.RevisionView(r.getNumber(),
                r.getMadeAt().toLocalDate().toString(), r.getAuthor(), r.getReason(), r.getCheckInNumber(),
                PlanCodec.changes(r.getChanges()).stream().map(c -> PlanWording.change(c, locale.getCurrent()))
                        .toList()))
                .toList();
    }

    public String leadLabel(String key) {
        return PlanWording.lead(key, locale.getCurrent());
    }

    public String statusLabel(String key) {
        return PlanWording.status(key, locale.getCurrent());
    }

    public String capacityLabel(String key) {
        return taxonomies.current().capacityLabel(key, locale.getLanguage());
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
}
