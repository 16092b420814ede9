package org.kmbportal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who leaves no reader signal: browsers that say so (GPC, DNT) and robots. */
class ReaderConsentTest {

    @Test
    void globalPrivacyControlOrDoNotTrackSetToOneMeansNo() {
        assertTrue(ReaderConsent.optedOut("1", null));
        assertTrue(ReaderConsent.optedOut(null, "1"));
        assertTrue(ReaderConsent.optedOut(" 1 ", "0"));
        assertFalse(ReaderConsent.optedOut(null, null));
        assertFalse(ReaderConsent.optedOut("0", "0"));
        assertFalse(ReaderConsent.optedOut("", "unspecified"));
    }

    @Test
    void crawlersPreviewersAndMonitorsAreRobotsAndBrowsersAreNot() {
        for (String robot : new String[]{"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0)", "facebookexternalhit/1.1", "Wget/1.21", "", null,
                "Mozilla/5.0 (X11; Linux x86_64) Chrome-Lighthouse", "UptimeRobot/2.0"}) {
            assertTrue(ReaderConsent.isRobot(robot), robot);
        }
        for (String browser : new String[]{
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile",
                "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0"}) {
            assertFalse(ReaderConsent.isRobot(browser), browser);
        }
    }
}
