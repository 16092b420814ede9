package org.kmbportal.accounts.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A session whose roles changed ends on a page the reader sees, not on the icon the browser fetches by itself. */
class SessionEpochFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/favicon.svg", "/favicon.ico", "/apple-touch-icon.png", "/icon-512.png"})
    void theSitesIconsLeaveTheSessionToTheNextPage(String path) {
        assertTrue(SessionEpochFilter.isSiteIcon(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/browse", "/resources/grossman-2002-test-of-time", "/editor/edit", "/editor/x.png",
            "/api/resources/x.svg", "/account/", "/resource.xhtml", "/../x.png", "/a.png/x", "/x.png;jsessionid=1"})
    void everyPageAndEndpointChecksTheSession(String path) {
        assertFalse(SessionEpochFilter.isSiteIcon(path), path);
    }
}
