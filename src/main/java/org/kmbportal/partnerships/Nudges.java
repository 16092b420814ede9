package org.kmbportal.partnerships;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;

/**
 * Staying connected: when an active partnership has had no note and no check-in for the quiet period
 * ({@code kmb.partnerships.quiet-days}, six weeks by default), its mentor and the partner's members are nudged, in the
 * portal and by email when there is a mail server. Once per quiet period: the next nudge comes only after another
 * quiet period without contact.
 */
@ApplicationScoped
public class Nudges {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(Nudges.class.getName());

    @Inject
    PartnershipRepository repository;

    @Inject
    Notifications notifications;

    @Inject
    PortalClock clock;

    /** Nudges every partnership that has been quiet too long; returns how many were nudged. */
    @Transactional
    public int sendDue() {
        Duration quiet = Duration.ofDays(settings.partnershipQuietDays());
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
        OffsetDateTime threshold = now.minus(quiet);
        List<Partnership> quietOnes = repository.quietSince(threshold);
        int nudged = 0;
        for (Partnership p : quietOnes) {
            OffsetDateTime last = p.getLastNudgeAt();
            boolean nudgedSinceContact = last != null && last.isAfter(p.getLastContactAt());
            if (nudgedSinceContact && last.isAfter(threshold)) {
                continue;
            }
            long days = Duration.between(p.getLastContactAt(), now).toDays();
            notifications.tell(notifications.everyone(p), null, p, Notification.Kind.NUDGE, String.valueOf(days));
            p.nudged(now);
            nudged++;
        }
        if (nudged > 0) {
            int count = nudged;
            LOG.info(() -> "Partnerships: nudged " + count + " quiet partnership(s)");
        }
        return nudged;
    }
}
