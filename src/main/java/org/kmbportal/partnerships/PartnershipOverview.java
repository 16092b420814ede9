package org.kmbportal.partnerships;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.platform.PortalClock;
import org.kmbportal.platform.PortalSettings;

/** Reads a partnership's dashboard: its parties, plan, check-ins, ratings and how long it has been quiet. */
@ApplicationScoped
public class PartnershipOverview {

    @Inject
    PortalSettings settings;

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipRepository repository;

    @Inject
    PortalClock clock;

    public Dashboard dashboard(long id) {
        Partnership p = partnerships.readable(id);
        return of(p);
    }

    /** The dashboard of a partnership the caller may read (checked by the caller of this method). */
    public Dashboard of(Partnership p) {
        LocalDate today = clock.today();
        List<CheckIn> records = repository.checkIns(p.getId());
        List<CheckInSchedule.Occurrence> checkIns = List.of();
        Optional<CheckInSchedule.Occurrence> next = Optional.empty();
        if (p.getScheduleAnchor() != null) {
            CheckInSchedule schedule = CheckInSchedule.of(p, records);
            checkIns = schedule.throughNext(today);
            next = p.isActive() ? schedule.next(today) : Optional.empty();
        }
        Map<String, Map<Integer, Integer>> ratings = new LinkedHashMap<>();
        p.getCapacities().forEach(c -> ratings.put(c, new TreeMap<>()));
        for (CapacityRating r : repository.ratings(p.getId())) {
            ratings.computeIfAbsent(r.getCapacity(), c -> new TreeMap<>()).put(r.getCheckInNumber(), r.getRating());
        }
        long quietDays = 0;
        if (p.getLastContactAt() != null) {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
            quietDays = Math.max(0, Duration.between(p.getLastContactAt(), now).toDays());
        }
        boolean quiet = p.isActive() && quietDays >= settings.partnershipQuietDays();
        return new Dashboard(p, PartnershipAccess.sideOf(p, partnerships.participant()),
                partnerships.accountName(p.getMentorAccountId()),
                p.getMentorOrganizationId() == null ? "" : partnerships.organizationName(p.getMentorOrganizationId()),
                partnerships.organizationName(p.getPartnerOrganizationId()),
                repository.items(p.getId()).stream().map(PlanItem::toState).toList(), checkIns, next, records,
                ratings, quietDays, quiet, today);
    }

    /** Dashboards of the caller's partnerships, newest first. */
    public List<Dashboard> mine() {
        return partnerships.mine().stream().map(this::of).toList();
    }
}
