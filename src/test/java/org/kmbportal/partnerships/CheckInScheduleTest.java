package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

    private static final LocalDate JAN_31 = LocalDate.of(2027, 1, 31);

    @Test
    void quarterlyCheckInsFromTheLastDayOfAMonthComeBackToItWheneverTheMonthHasOne() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of());
        assertEquals(List.of(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 31), LocalDate.of(2027, 10, 31),
                LocalDate.of(2028, 1, 31), LocalDate.of(2028, 4, 30)),
                List.of(1, 2, 3, 4, 5).stream().map(schedule::scheduledDate).toList());
    }

    @Test
    void monthlyCheckInsFromTheThirtiethSurviveFebruaryInALeapYear() {
        CheckInSchedule schedule = new CheckInSchedule(LocalDate.of(2027, 12, 30), 0, 1, List.of());
        assertEquals(LocalDate.of(2028, 1, 30), schedule.scheduledDate(1));
        assertEquals(LocalDate.of(2028, 2, 29), schedule.scheduledDate(2));
        assertEquals(LocalDate.of(2028, 3, 30), schedule.scheduledDate(3), "not the 29th: counted from the start");
    }

    @Test
    void theNextCheckInIsTheFirstNeitherHeldNorMissedAndAMissedOneStaysListed() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of(
                new CheckInSchedule.Stored(1, LocalDate.of(2027, 4, 30), null, LocalDate.of(2027, 5, 2))));
        LocalDate today = LocalDate.of(2027, 9, 1);
        List<CheckInSchedule.Occurrence> all = schedule.throughNext(today);
        assertEquals(List.of(CheckInSchedule.State.HELD, CheckInSchedule.State.MISSED,
                CheckInSchedule.State.UPCOMING), all.stream().map(CheckInSchedule.Occurrence::state).toList());
        assertEquals(3, schedule.next(today).orElseThrow().number());
        assertEquals(LocalDate.of(2027, 10, 31), schedule.next(today).orElseThrow().date());
    }

    @Test
    void aCheckInJustPastIsDueForTwoWeeksThenMissed() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of());
        LocalDate date = LocalDate.of(2027, 4, 30);
        assertEquals(CheckInSchedule.State.UPCOMING, schedule.occurrence(1, date).state());
        assertEquals(CheckInSchedule.State.DUE, schedule.occurrence(1, date.plusDays(14)).state());
        assertEquals(1, schedule.next(date.plusDays(14)).orElseThrow().number());
        assertEquals(CheckInSchedule.State.MISSED, schedule.occurrence(1, date.plusDays(15)).state());
        assertEquals(2, schedule.next(date.plusDays(15)).orElseThrow().number());
    }

    @Test
    void aMovedCheckInTakesItsNewDateAndTheFollowingOnesKeepTheirs() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of(
                new CheckInSchedule.Stored(1, LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 12), null)));
        CheckInSchedule.Occurrence moved = schedule.occurrence(1, LocalDate.of(2027, 5, 1));
        assertTrue(moved.moved());
        assertEquals(LocalDate.of(2027, 4, 30), moved.scheduled());
        assertEquals(LocalDate.of(2027, 5, 12), moved.date());
        assertEquals(CheckInSchedule.State.UPCOMING, moved.state(), "moved past its date: not missed");
        assertEquals(LocalDate.of(2027, 7, 31), schedule.scheduledDate(2));
    }

    @Test
    void aCheckInHeldEarlyCountsAsHeldAndTheNextOneFollows() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of(
                new CheckInSchedule.Stored(1, LocalDate.of(2027, 4, 30), null, LocalDate.of(2027, 2, 15))));
        LocalDate today = LocalDate.of(2027, 2, 16);
        assertEquals(2, schedule.next(today).orElseThrow().number());
        assertEquals(1, schedule.settledThrough(today));
        assertEquals(List.of(2, 3, 4), schedule.upcoming(today, 3).stream()
                .map(CheckInSchedule.Occurrence::number).toList());
    }

    @Test
    void afterAChangeOfIntervalStoredCheckInsKeepTheirDatesAndLaterOnesFollowTheNewInterval() {
        // Check-ins 1 and 2 were stored when the interval changed to two months on 2027-08-15.
        CheckInSchedule schedule = new CheckInSchedule(LocalDate.of(2027, 8, 15), 2, 2, List.of(
                new CheckInSchedule.Stored(1, LocalDate.of(2027, 4, 30), null, LocalDate.of(2027, 4, 30)),
                new CheckInSchedule.Stored(2, LocalDate.of(2027, 7, 31), null, null)));
        assertEquals(LocalDate.of(2027, 7, 31), schedule.scheduledDate(2));
        assertEquals(LocalDate.of(2027, 10, 15), schedule.scheduledDate(3));
        assertEquals(CheckInSchedule.State.MISSED, schedule.occurrence(2, LocalDate.of(2027, 8, 20)).state());
    }
}
