package org.kmbportal.partnerships;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a check-in's record holds, as people write it.
 *
 * @param number
 *            which check-in (from 1), or null for the next one to hold
 * @param heldOn
 *            the day it was held, or null for today
 * @param ratings
 *            capacity key to the partner's rating from 1 to 4
 * @param plan
 *            the plan changes decided, or null for none; saved as a revision linked to the check-in
 * @param planVersion
 *            the plan version those changes start from
 * @param planReason
 *            why the plan changes
 */
public record CheckInRecord(Integer number, LocalDate heldOn, String whatHappened, String contextChanges,
        String nextSteps, Map<String, Integer> ratings, PlanDraft plan, long planVersion, String planReason) {

    public CheckInRecord {
        ratings = ratings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }
}
