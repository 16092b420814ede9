package org.kmbportal.partnerships;

import java.time.LocalDate;

/**
 * What a held check-in's record says in words: the day it was held, what happened, what changed in the partner's
 * context, the next steps. A correction replaces it; the wording it replaced is kept ({@link CheckInCorrection}).
 */
public record CheckInWording(LocalDate heldOn, String whatHappened, String contextChanges, String nextSteps) {

    public CheckInWording {
        whatHappened = whatHappened == null ? "" : whatHappened;
        contextChanges = contextChanges == null ? "" : contextChanges;
        nextSteps = nextSteps == null ? "" : nextSteps;
    }
}
