package org.kmbportal.curation.links;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.platform.PortalSettings;

/**
 * The link dashboard's rules: editors and administrators see every outside link; a mentor sees the links of the
 * collections they curate. Editors and administrators may start a check run (unless link checking is off).
 */
@ApplicationScoped
public class LinkDashboard {

    @Inject
    PortalSettings settings;

    @Inject
    Guard guard;

    @Inject
    LinkChecks checks;

    @Inject
    CollectionService collections;

    @Inject
    LinkCheckSchedule schedule;

    public List<LinkReport> report() {
        guard.requireSignedIn();
        if (guard.has(Role.EDITOR) || guard.has(Role.ADMIN)) {
            return checks.report();
        }
        if (!guard.has(Role.MENTOR)) {
            throw AccessDenied.because("api.denied.linkDashboard",
                    "The link dashboard is for curators, editors and administrators.");
        }
        Set<String> mine = collections.curatedByCaller().stream().map(Collection::getSlug)
                .collect(Collectors.toSet());
        return checks.report().stream()
                .map(r -> new LinkReport(r.url(), r.check(), r.uses().stream()
                        .filter(u -> u.kind().equals("collection") && mine.contains(u.ownerId())).toList()))
                .filter(r -> !r.uses().isEmpty()).toList();
    }

    public boolean mayStartRun() {
        return guard.has(Role.EDITOR) || guard.has(Role.ADMIN);
    }

    public boolean running() {
        return checks.running();
    }

    /** Starts a run in the background; refused when link checking is off ({@code kmb.links.every-hours=0}). */
    public void startRun() {
        guard.requireSignedIn();
        if (!mayStartRun()) {
            throw AccessDenied.because("api.denied.linkChecks", "Editors and administrators start link checks.");
        }
        if (settings.linkCheckEveryHours() <= 0) {
            throw new CollectionException("curation.linksOff", "Link checking is turned off on this portal"
                    + " (kmb.links.every-hours=0).");
        }
        schedule.runNow();
    }
}
