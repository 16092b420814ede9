package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a partnership's dashboard, API answer and report show, read at once.
 *
 * @param side
 *            how the reader stands to the partnership
 * @param checkIns
 *            every check-in up to the next one to hold (held, due, missed, moved)
 * @param ratings
 *            capacity key to check-in number to the partner's rating, in the order the partner chose the capacities
 * @param quietDays
 *            days since the last contact (0 before acceptance)
 * @param quiet
 *            whether that is longer than the quiet period after which people are nudged
 */
public record Dashboard(Partnership partnership, PartnershipAccess.Side side, String mentorName,
        String mentorOrganizationName, String partnerName, List<ItemState> items,
        List<CheckInSchedule.Occurrence> checkIns,
        Optional<CheckInSchedule.Occurrence> next, List<CheckIn> records, Map<String, Map<Integer, Integer>> ratings,
        long quietDays, boolean quiet, LocalDate today) {

    public List<ItemState> openItems() {
        return items.stream().filter(ItemState::open).toList();
    }

    public List<ItemState> overdueItems() {
        return items.stream().filter(i -> i.overdue(today)).toList();
    }

    /** "Mentor, don't manage": the mentor leads most of the open items. */
    public boolean mentorLeadsMost() {
        List<ItemState> open = openItems();
        long mentorLed = open.stream().filter(i -> i.lead() == Lead.MENTOR).count();
        return !open.isEmpty() && mentorLed * 2 > open.size();
    }

    public List<CheckInSchedule.Occurrence> missed() {
        return checkIns.stream().filter(o -> o.state() == CheckInSchedule.State.MISSED).toList();
    }

    /**
     * The check-ins to list on the partnership's pages and in its calendar: all of them while it runs; once it ended
     * (closed, declined, withdrawn) only those held or missed, never one still "upcoming" that will not take place.
     */
    public List<CheckInSchedule.Occurrence> shownCheckIns() {
        if (!partnership.isEnded()) {
            return checkIns;
        }
        return checkIns.stream().filter(CheckInSchedule.Occurrence::settled).toList();
    }

    public Optional<OffsetDateTime> lastContact() {
        return Optional.ofNullable(partnership.getLastContactAt());
    }

    public Optional<CheckIn> record(int number) {
        return records.stream().filter(r -> r.getNumber() == number && r.isHeld()).findFirst();
    }

    public boolean canWork() {
        return partnership.isActive() && (side == PartnershipAccess.Side.MENTOR
                || side == PartnershipAccess.Side.PARTNER);
    }
}
