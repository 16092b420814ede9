package org.kmbportal.matching.web;

import org.kmbportal.matching.OrganizationProfile;
import org.kmbportal.platform.PlainText;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.Messages;

/**
 * "For my organization"'s challenges box as sent: the text, whole, and what is wrong with it, said beside the box. A
 * text longer than a profile keeps is refused ("At most 3,000 characters here; this has 3,412."), nothing is matched
 * with it, and the box keeps it whole: the box cut a paste at its limit without a word, and the page matched the first
 * 3,000 characters (user session).
 *
 * @param typed the text as sent, trimmed
 * @param tooLong the refusal in the reader's language, or null when the text is kept
 */
public record ChallengesBox(String typed, String tooLong) {

    static ChallengesBox of(String typed, Messages messages) {
        int length = PlainText.typedLength(typed);
        return new ChallengesBox(typed, length > OrganizationProfile.MAX_CHALLENGES
                ? messages.get(FacesMessages.TOO_LONG, OrganizationProfile.MAX_CHALLENGES, length)
                : null);
    }

    /** Whether the text is refused: the profile then holds no challenges, and the page matches nothing. */
    public boolean refused() {
        return tooLong != null;
    }

    /** What the profile takes of the box: the text, or nothing when it is refused. */
    String kept() {
        return refused() ? "" : typed;
    }
}
