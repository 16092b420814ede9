package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.matching.ProfileStore;
import org.kmbportal.platform.PortalClock;

/**
 * Check-ins: the schedule, recording one (what happened, what changed in the partner's context, the plan changes
 * decided, applied as a revision linked to it, the capacity ratings and next steps), moving one, and the agenda drawn
 * from the plan and the partner's profile.
 */
@ApplicationScoped
public class CheckInService {

    public static final int MAX_TEXT = 8000;
    public static final int MAX_MOVE_REASON = 1000;
    /** The refusal of a check-in whose texts are too long: a problem {@code too_long} names each such text. */
    public static final String TOO_LONG = "check_in_too_long";

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipRepository repository;

    @Inject
    PlanService plans;

    @Inject
    ProfileStore profiles;

    @Inject
    Notifications notifications;

    @Inject
    PortalClock clock;

    @Inject
    Guard guard;

    /** The agenda of a check-in: open and overdue items, items changed since the last one, the context's changes. */
    public record Agenda(List<ItemState> open, List<ItemState> overdue, List<ItemState> changed,
            List<ProfileSnapshots.Change> contextChanges, boolean profileSaved, String lastNextSteps) {
    }

    public CheckInSchedule schedule(Partnership p) {
        return CheckInSchedule.of(p, repository.checkIns(p.getId()));
    }

    /** Check-ins held or otherwise stored, by number. */
    public List<CheckIn> stored(long partnershipId) {
        partnerships.readable(partnershipId);
        return repository.checkIns(partnershipId);
    }

    public List<CapacityRating> ratings(long partnershipId) {
        partnerships.readable(partnershipId);
        return repository.ratings(partnershipId);
    }

    @Transactional
    public CheckIn record(long partnershipId, CheckInRecord record) {
        Caller caller = guard.requireSignedIn();
        Partnership p = partnerships.workable(partnershipId);
        LocalDate today = clock.today();
        CheckInSchedule schedule = schedule(p);
        CheckInSchedule.Occurrence occurrence = occurrence(schedule, record.number(), today);
        if (occurrence.held()) {
            throw PartnershipException.conflict("already_recorded", "Check-in " + occurrence.number()
                    + " is already recorded.");
        }
        LocalDate heldOn = record.heldOn() == null ? today : record.heldOn();
        checkHeldOn(p, heldOn, today);
        CheckInWording words = checked(new CheckInWording(heldOn, record.whatHappened(), record.contextChanges(),
                record.nextSteps()));
        CheckInRecord clean = new CheckInRecord(occurrence.number(), heldOn, words.whatHappened(),
                words.contextChanges(), words.nextSteps(), checkedRatings(p, record.ratings()), record.plan(),
                record.planVersion(), record.planReason());
        Integer revision = null;
        if (clean.plan() != null) {
            PlanService.Saved saved = plans.apply(p, clean.planVersion(), clean.plan(), clean.planReason(),
                    occurrence.number());
            revision = saved.changes().isEmpty() ? null : (int) saved.version();
        }
        OrganizationProfile now = profiles.profileOf(p.getPartnerOrganizationId()).orElse(null);
        List<ProfileSnapshots.Change> changed = ProfileSnapshots.between(previousProfile(p), now);
        CheckIn row = repository.checkIn(p.getId(), occurrence.number()).orElseGet(() -> {
            CheckIn created = new CheckIn(p.getId(), occurrence.number(), occurrence.scheduled());
            repository.persist(created);
            return created;
        });
        row.record(clean, partnerships.now(), caller.displayName(), revision, now == null
                ? null
                : ProfileSnapshots.toJson(now), ProfileSnapshots.changesToJson(changed));
        clean.ratings().forEach((capacity, rating) -> repository.persist(new CapacityRating(p.getId(),
                occurrence.number(), capacity, rating, caller.displayName(), partnerships.now())));
        p.contacted(partnerships.now());
        notifications.tell(notifications.everyone(p), caller.accountId(), p, Notification.Kind.CHECK_IN_RECORDED,
                String.valueOf(occurrence.number()));
        return row;
    }

    /** Moves a check-in not yet held to another day: not in the past, and between its neighbours. */
    @Transactional
    public CheckInSchedule.Occurrence move(long partnershipId, int number, LocalDate to, String reason) {
        Caller caller = guard.requireSignedIn();
        Partnership p = partnerships.workable(partnershipId);
        LocalDate today = clock.today();
        CheckInSchedule schedule = schedule(p);
        CheckInSchedule.Occurrence occurrence = occurrence(schedule, number, today);
        if (occurrence.held()) {
            throw PartnershipException.conflict("already_recorded", "Check-in " + number
                    + " was held; it cannot be moved.");
        }
        // After the previous one: the day it was held, if it was (the schedule counts from that day).
        CheckInSchedule.Occurrence previous = number > 1 ? schedule.occurrence(number - 1, today) : null;
        LocalDate after = previous == null
                ? p.getStartDate()
                : previous.held() ? previous.heldOn() : previous.date();
        LocalDate before = schedule.occurrence(number + 1, today).date();
        if (to == null || to.isBefore(today) || !to.isAfter(after) || !to.isBefore(before)) {
            LocalDate earliest = after.isBefore(today) ? today : after.plusDays(1);
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_move", "Move check-in "
                    + number + " to a day from " + earliest + " to " + before.minusDays(1) + ".",
                    List.of(new PartnershipException.Problem(0, "invalid_move", earliest + "/"
                            + before.minusDays(1))));
        }
        String why = Inputs.optional(reason, MAX_MOVE_REASON, "invalid_move_reason", "the reason");
        CheckIn row = repository.checkIn(p.getId(), number).orElseGet(() -> {
            CheckIn created = new CheckIn(p.getId(), number, occurrence.scheduled());
            repository.persist(created);
            return created;
        });
        row.move(to, why, caller.displayName());
        notifications.tell(notifications.everyone(p), caller.accountId(), p, Notification.Kind.CHECK_IN_MOVED,
                number + "|" + to);
        return schedule(p).occurrence(number, today);
    }

    /** The agenda of the next check-in (or of the given one). */
    public Agenda agenda(long partnershipId) {
        Partnership p = partnerships.readable(partnershipId);
        List<PlanItem> rows = plans.rows(partnershipId);
        LocalDate today = clock.today();
        Optional<CheckIn> last = repository.checkIns(partnershipId).stream().filter(CheckIn::isHeld)
                .reduce((a, b) -> b);
        java.time.OffsetDateTime since = last.map(CheckIn::getRecordedAt).orElse(p.getAcceptedAt());
        List<ItemState> open = new ArrayList<>();
        List<ItemState> overdue = new ArrayList<>();
        List<ItemState> changed = new ArrayList<>();
        for (PlanItem row : rows) {
            ItemState item = row.toState();
            if (item.overdue(today)) {
                overdue.add(item);
            } else if (item.open()) {
                open.add(item);
            }
            if (since != null && row.getChangedAt().isAfter(since)) {
                changed.add(item);
            }
        }
        OrganizationProfile current = profiles.profileOf(p.getPartnerOrganizationId()).orElse(null);
        return new Agenda(open, overdue, changed, ProfileSnapshots.between(previousProfile(p), current),
                current != null, last.map(CheckIn::getNextSteps).orElse(""));
    }

    private OrganizationProfile previousProfile(Partnership p) {
        return repository.checkIns(p.getId()).stream().filter(CheckIn::isHeld)
                .filter(c -> c.getProfileSnapshot() != null).reduce((a, b) -> b)
                .map(c -> ProfileSnapshots.fromJson(c.getProfileSnapshot()))
                .orElseGet(() -> ProfileSnapshots.fromJson(p.getStartProfile()));
    }

    private static CheckInSchedule.Occurrence occurrence(CheckInSchedule schedule, Integer number,
            LocalDate today) {
        List<CheckInSchedule.Occurrence> known = schedule.throughNext(today);
        if (number == null) {
            return schedule.next(today).orElse(known.get(known.size() - 1));
        }
        if (number < 1 || number > known.size()) {
            throw PartnershipException.badRequest("invalid_number", "There is no check-in " + number
                    + " yet: the next one is " + known.get(known.size() - 1).number() + ".");
        }
        return known.get(number - 1);
    }

    private Map<String, Integer> checkedRatings(Partnership p, Map<String, Integer> ratings) {
        for (Map.Entry<String, Integer> r : ratings.entrySet()) {
            if (!p.getCapacities().contains(r.getKey())) {
                throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "unknown_capacity", "'"
                        + r.getKey() + "' is not a capacity this partnership builds.",
                        List.of(new PartnershipException.Problem(0, "unknown_capacity", r.getKey())));
            }
            if (r.getValue() == null || r.getValue() < CapacityRating.LOWEST
                    || r.getValue() > CapacityRating.HIGHEST) {
                throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, "invalid_rating",
                        "A rating is a whole number from 1 to 4.",
                        List.of(new PartnershipException.Problem(0, "invalid_rating", String.valueOf(r.getValue()))));
            }
        }
        return ratings;
    }

    /**
     * A check-in is recorded (or corrected) on or after the day it was held, and not before the partnership started.
     */
    static void checkHeldOn(Partnership p, LocalDate heldOn, LocalDate today) {
        if (heldOn.isAfter(today) || heldOn.isBefore(p.getStartDate())) {
            throw PartnershipException.badRequest("invalid_held_on", "A check-in is recorded on or after the day it"
                    + " is held, and not before the partnership started (" + p.getStartDate() + ").");
        }
    }

    /**
     * The wording as a record keeps it: what happened is required, each text cleaned and at most MAX_TEXT long. Every
     * text too long is refused at once ({@link #TOO_LONG}, a problem per text naming it): they were refused one at a
     * time, each in its own words (user session ci58).
     */
    static CheckInWording checked(CheckInWording typed) {
        List<PartnershipException.Problem> tooLong = new java.util.ArrayList<>();
        List<String> said = new java.util.ArrayList<>();
        String[][] texts = {{typed.whatHappened(), "what_happened", "what happened"}, {typed.contextChanges(),
                "context_changes", "the context's changes"}, {typed.nextSteps(), "next_steps", "the next steps"}};
        for (String[] text : texts) {
            int length = org.kmbportal.platform.PlainText.length(Inputs.clean(text[0]));
            if (length > MAX_TEXT) {
                tooLong.add(new PartnershipException.Problem(0, "too_long", String.valueOf(MAX_TEXT), text[1]));
                said.add(text[2] + " (" + length + ")");
            }
        }
        if (!tooLong.isEmpty()) {
            throw new PartnershipException(PartnershipException.Kind.BAD_REQUEST, TOO_LONG, "Keep each text of the"
                    + " check-in to " + MAX_TEXT + " characters; shorten " + String.join(", ", said) + ".", tooLong);
        }
        return new CheckInWording(typed.heldOn(), Inputs.required(typed.whatHappened(), MAX_TEXT,
                "what_happened_required", "what happened at the check-in"),
                Inputs.optional(typed.contextChanges(),
                        MAX_TEXT, "invalid_context", "the context's changes"),
                Inputs.optional(typed.nextSteps(),
                        MAX_TEXT, "invalid_next_steps", "the next steps"));
    }
}
