package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kmbportal.matching.OrganizationProfile;

/** The limits the pages' boxes share with the services behind them. */
class LinksTest {

    /**
     * A paragraph pasted into a search box goes whole to "For my organization" (the search refuses it): every search
     * box and the carried text hold what the challenges box takes, more than a search (user session us48).
     */
    @Test
    void searchBoxesHoldWhatForMyOrganizationTakes() {
        assertEquals(OrganizationProfile.MAX_CHALLENGES, Links.SEARCH_BOX_LENGTH);
        assertEquals(OrganizationProfile.MAX_CHALLENGES, Links.CHALLENGES_BOX);
        assertTrue(Links.SEARCH_BOX_LENGTH > Links.SEARCH_MAX_LENGTH);
    }
}
