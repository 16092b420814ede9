package org.kmbportal.curation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.links.LinkDashboard;
import org.kmbportal.curation.links.LinkReport;

/**
 * The link dashboard ({@code curate/links.xhtml}): every outside link the reader curates (editors and administrators:
 * all), worst first, with its state, last check, status, redirects and where it is used. Nothing is deleted here.
 */
@Named("linksPage")
@RequestScoped
public class LinksBacking {

    @Inject
    LinkDashboard dashboard;

    @Inject
    FacesMessages messages;

    private List<LinkReport> reports;

    public List<LinkReport> getReports() {
        if (reports == null) {
            reports = dashboard.report();
        }
        return reports;
    }

    public boolean isMayStartRun() {
        return dashboard.mayStartRun();
    }

    public boolean isRunning() {
        return dashboard.running();
    }

    public void startRun() {
        try {
            dashboard.startRun();
            messages.info("links.started");
        } catch (CollectionException e) {
            messages.error("links.off");
        }
    }

    /** Redirect hops as a list ("301 https://..."), for the table. */
    public List<String> hops(LinkReport report) {
        return report.check().map(c -> c.getHops() == null || c.getHops().isEmpty()
                ? List.<String> of()
                : List.of(c.getHops().split(" → "))).orElse(List.of());
    }
}
