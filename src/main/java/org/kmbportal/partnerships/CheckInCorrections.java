package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.platform.PortalClock;

/**
 * Correcting a recorded check-in (a typo, a wrong day): the partners who work in the partnership (the mentor and the
 * partner's members, per its current roles) replace the record's wording, and the wording it replaced is kept, with
 * who wrote it and when, and who replaced it and when. A correction names the version of the record it was typed on;
 * when the other side corrected it in between, it is refused ({@code check_in_changed}) and nothing changes, so no
 * one's words are overwritten unseen. The ratings and the plan changes decided are not corrected here: the plan has
 * its own revisions.
 */
@ApplicationScoped
public class CheckInCorrections {

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipRepository repository;

    @Inject
    PortalClock clock;

    @Inject
    Guard guard;

    /**
     * Corrects check-in {@code number}'s record, typed on its {@code version}; returns the record. In one transaction
     * with the partnership locked, so two corrections of one check-in never both pass from the same version.
     */
    @Transactional
    public CheckIn correct(long partnershipId, int number, long version, CheckInWording corrected) {
        Caller caller = guard.requireSignedIn();
        Partnership p = partnerships.workable(partnershipId);
        CheckIn row = repository.checkIn(p.getId(), number).filter(CheckIn::isHeld).orElseThrow(
                () -> PartnershipException.conflict("not_recorded", "Check-in " + number + " is not recorded yet:"
                        + " there is nothing to correct."));
        if (row.getVersion() != version) {
            throw PartnershipException.conflict("check_in_changed", "Someone corrected check-in " + number
                    + " since you opened it. Nothing was saved: read their wording, then correct it again.");
        }
        LocalDate heldOn = corrected.heldOn() == null ? row.getHeldOn() : corrected.heldOn();
        checkDay(p, number, heldOn);
        CheckInWording clean = CheckInService.checked(new CheckInWording(heldOn, corrected.whatHappened(),
                corrected.contextChanges(), corrected.nextSteps()));
        if (clean.equals(row.wording())) {
            return row;
        }
        repository.persist(row.correct(clean, partnerships.now(), caller.displayName()));
        repository.flush();
        return row;
    }

    /** A check-in's earlier wordings, the oldest first (none when it was never corrected). */
    public List<CheckInCorrection> history(long partnershipId, int number) {
        partnerships.readable(partnershipId);
        return repository.corrections(partnershipId, number);
    }

    /**
     * The day it was held, as when recording it (not in the future, not before the partnership started), and between
     * the days the check-ins before and after it were held, if they were: the schedule counts from those days.
     */
    private void checkDay(Partnership p, int number, LocalDate heldOn) {
        CheckInService.checkHeldOn(p, heldOn, clock.today());
        List<CheckIn> held = repository.checkIns(p.getId()).stream().filter(CheckIn::isHeld).toList();
        boolean afterBefore = held.stream().filter(c -> c.getNumber() < number)
                .allMatch(c -> heldOn.isAfter(c.getHeldOn()));
        boolean beforeAfter = held.stream().filter(c -> c.getNumber() > number)
                .allMatch(c -> heldOn.isBefore(c.getHeldOn()));
        if (!afterBefore || !beforeAfter) {
            throw PartnershipException.badRequest("held_on_order", "Check-in " + number + " was held after the"
                    + " check-ins before it and before those after it: choose a day between theirs.");
        }
    }
}
