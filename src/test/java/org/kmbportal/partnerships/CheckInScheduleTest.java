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
        // Check-in 1 was held late, on May 2: the interval counts from then (2 on August 2, missed; 3 on November 2).
        assertEquals(LocalDate.of(2027, 8, 2), all.get(1).date());
        assertEquals(LocalDate.of(2027, 11, 2), schedule.next(today).orElseThrow().date());
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

    // --- the interval counts from the last check-in held (user testing: a check-in held early kept the old dates) ---

    private static CheckInSchedule.Stored held(int number, LocalDate scheduled, LocalDate on) {
        return new CheckInSchedule.Stored(number, scheduled, null, on);
    }

    private static List<LocalDate> dates(CheckInSchedule schedule, int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(schedule::scheduledDate).toList();
    }

    @Test
    void aQuarterlyCheckInHeldEarlyBringsTheNextOnesForward() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of(held(1, LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 3, 10))));
        LocalDate today = LocalDate.of(2027, 3, 10);
        CheckInSchedule.Occurrence next = schedule.next(today).orElseThrow();
        assertEquals(2, next.number());
        assertEquals(LocalDate.of(2027, 6, 10), next.date(), "three months after the day it was held, not July 31");
        assertEquals(CheckInSchedule.State.UPCOMING, next.state());
        assertEquals(List.of(LocalDate.of(2027, 6, 10), LocalDate.of(2027, 9, 10), LocalDate.of(2027, 12, 10)),
                schedule.upcoming(today, 3).stream().map(CheckInSchedule.Occurrence::date).toList(),
                "the calendar follows");
        assertEquals(List.of(CheckInSchedule.State.HELD, CheckInSchedule.State.UPCOMING), schedule.throughNext(today)
                .stream().map(CheckInSchedule.Occurrence::state).toList());
    }

    @Test
    void aCheckInHeldLateWithinItsGraceCountsTheNextFromTheDayItWasHeld() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of(held(1, LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 5, 10))));
        assertEquals(LocalDate.of(2027, 8, 10), schedule.next(LocalDate.of(2027, 5, 10)).orElseThrow().date());
        assertEquals(CheckInSchedule.State.UPCOMING, schedule.occurrence(2, LocalDate.of(2027, 8, 1)).state(),
                "not due on the old calendar's July 31");
        assertEquals(CheckInSchedule.State.DUE, schedule.occurrence(2, LocalDate.of(2027, 8, 24)).state());
        assertEquals(CheckInSchedule.State.MISSED, schedule.occurrence(2, LocalDate.of(2027, 8, 25)).state());
    }

    @Test
    void twoCheckInsHeldInOneQuarterCountFromTheLaterOne() {
        CheckInSchedule schedule = new CheckInSchedule(JAN_31, 0, 3, List.of(held(1, LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 2, 1)), held(2, LocalDate.of(2027, 5, 1), LocalDate.of(2027, 2, 20))));
        LocalDate today = LocalDate.of(2027, 2, 21);
        CheckInSchedule.Occurrence next = schedule.next(today).orElseThrow();
        assertEquals(3, next.number());
        assertEquals(LocalDate.of(2027, 5, 20), next.date());
        assertEquals(List.of(1, 2, 3), schedule.throughNext(today).stream().map(CheckInSchedule.Occurrence::number)
                .toList());
        assertEquals(2, schedule.settledThrough(today));
    }

    @Test
    void aCheckInHeldOnAMonthsLastDayComesBackToThatDayWheneverTheMonthHasIt() {
        CheckInSchedule schedule = new CheckInSchedule(LocalDate.of(2026, 8, 31), 0, 3, List.of(held(1,
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 10, 31))));
        assertEquals(List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 31)),
                dates(schedule, 2, 4));
        CheckInSchedule fromThe30th = new CheckInSchedule(LocalDate.of(2026, 8, 31), 0, 3, List.of(held(1,
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))));
        assertEquals(List.of(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 5, 30)), dates(fromThe30th, 2, 3),
                "February's end, then back to the 30th (counted from the day held, not from February)");
    }

    @Test
    void inALeapYearTheCountReachesFebruaryTheTwentyNinth() {
        CheckInSchedule quarterly = new CheckInSchedule(LocalDate.of(2027, 8, 1), 0, 3, List.of(held(1,
                LocalDate.of(2027, 11, 1), LocalDate.of(2027, 11, 29))));
        assertEquals(List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 5, 29)), dates(quarterly, 2, 3));
        CheckInSchedule monthly = new CheckInSchedule(LocalDate.of(2028, 1, 1), 0, 1, List.of(held(1,
                LocalDate.of(2028, 2, 1), LocalDate.of(2028, 1, 31))));
        assertEquals(List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31)), dates(monthly, 2, 3));
        CheckInSchedule heldOnTheTwentyNinth = new CheckInSchedule(LocalDate.of(2027, 11, 29), 0, 12, List.of(held(1,
                LocalDate.of(2028, 11, 29), LocalDate.of(2028, 2, 29))));
        assertEquals(LocalDate.of(2029, 2, 28), heldOnTheTwentyNinth.scheduledDate(2), "a year on: no 29th");
    }

    @Test
    void aChangeOfIntervalAfterTheLastHeldCheckInCountsFromTheChangeAndAMovedCheckInKeepsItsDay() {
        // Check-in 1 held on March 10; on April 2 the interval became two months (anchor April 2, offset 1).
        CheckInSchedule schedule = new CheckInSchedule(LocalDate.of(2027, 4, 2), 1, 2, List.of(held(1,
                LocalDate.of(2027, 4, 30), LocalDate.of(2027, 3, 10))));
        assertEquals(LocalDate.of(2027, 6, 2), schedule.scheduledDate(2));
        // A later check-in moved before an earlier one was held keeps the day it was moved to.
        CheckInSchedule moved = new CheckInSchedule(JAN_31, 0, 3, List.of(held(1, LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 3, 10)),
                new CheckInSchedule.Stored(2, LocalDate.of(2027, 7, 31),
                        LocalDate.of(2027, 8, 9), null)));
        assertEquals(LocalDate.of(2027, 8, 9), moved.occurrence(2, LocalDate.of(2027, 3, 11)).date());
        assertEquals(LocalDate.of(2027, 9, 10), moved.scheduledDate(3), "counted from the check-in held");
    }
}
