package org.kmbportal.matching;

import java.util.List;

/** A resource ranked for an organization, with the reasons for its place. */
public record Match(String id, String title, String type, String language, Integer year, double score,
        boolean ruledOut, List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
