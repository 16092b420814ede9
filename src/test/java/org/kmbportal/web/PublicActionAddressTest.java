package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Forms post to the address people use for their page ({@link KeepAddressOnPostback}), and a sign-in page takes the
 * language of the page it goes back to ({@link ReaderLanguage}).
 */
class PublicActionAddressTest {

    @Test
    void aFormPostsToItsPagesPublicAddressNeverItsViewsFile() {
        assertEquals("/curate/", KeepAddressOnPostback.publicAddress("/curate/index.xhtml"));
        assertEquals("/account/", KeepAddressOnPostback.publicAddress("/account/index.xhtml"));
        assertEquals("/partnerships/", KeepAddressOnPostback.publicAddress("/partnerships/index.xhtml"));
        assertEquals("/", KeepAddressOnPostback.publicAddress("/index.xhtml"));
        assertEquals("/portal/editor/", KeepAddressOnPostback.publicAddress("/portal/editor/index.xhtml"));
        assertEquals("/account/used", KeepAddressOnPostback.publicAddress("/account/used.xhtml"));
        assertEquals("/partnerships/plan?id=3", KeepAddressOnPostback.publicAddress("/partnerships/plan.xhtml?id=3"));
        assertEquals("/partnerships/plan?id=3", KeepAddressOnPostback.publicAddress("/partnerships/plan?id=3"));
        assertEquals("/curate/", KeepAddressOnPostback.publicAddress("/curate/"));
        assertEquals("/reindex", KeepAddressOnPostback.publicAddress("/reindex.xhtml"));
        assertEquals("/WEB-INF/errors/404.xhtml", KeepAddressOnPostback.publicAddress("/WEB-INF/errors/404.xhtml"));
    }

    @Test
    void theSignInPageTakesTheLanguageOfThePageAskedFor() {
        assertEquals("fr", ReaderLanguage.askedPageLanguage("/editor/insights?lang=fr"));
        assertEquals("en", ReaderLanguage.askedPageLanguage("/partnerships/plan?id=3&lang=en"));
        assertNull(ReaderLanguage.askedPageLanguage("/editor/insights"));
        assertNull(ReaderLanguage.askedPageLanguage("/editor/insights?lang=de"));
        assertNull(ReaderLanguage.askedPageLanguage("/editor/insights?xlang=fr"));
        assertNull(ReaderLanguage.askedPageLanguage("https://elsewhere.example/?lang=fr"));
        assertNull(ReaderLanguage.askedPageLanguage(null));
    }
}
