package org.kmbportal.curation.links;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalSettings;

/**
 * Runs the link checks on the container's timer, every {@code kmb.links.every-hours} hours (24 by default; 0 turns it
 * off), the first run an hour after start so starting stays quick. Administrators can also start a run.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LinkCheckSchedule {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(LinkCheckSchedule.class.getName());
    private static final long HOUR = 3_600_000L;

    @Resource
    TimerService timers;

    @Inject
    LinkChecks checks;

    @PostConstruct
    void schedule() {
        int hours = settings.linkCheckEveryHours();
        if (hours <= 0) {
            LOG.info("Link checking is off (kmb.links.every-hours=0)");
            return;
        }
        timers.createIntervalTimer(HOUR, hours * HOUR, new TimerConfig("link-checks", false));
    }

    @Timeout
    void run() {
        checks.checkAll();
    }

    /** Starts a run now, in the background. */
    @Asynchronous
    public void runNow() {
        checks.checkAll();
    }
}
