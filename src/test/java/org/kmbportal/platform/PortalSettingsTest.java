package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settings as code outside the server reads them (plain unit tests and tools have no MicroProfile Config): the
 * same keys, from system properties, with the same defaults, so no class reads a property by hand.
 */
class PortalSettingsTest {

    @AfterEach
    void forget() {
        System.clearProperty(PortalSettings.SEMANTIC);
        System.clearProperty(PortalSettings.SEMANTIC_FRENCH);
        System.clearProperty(PortalSettings.INDEX_POLL_MILLIS);
    }

    @Test
    void semanticSearchIsOnAndFrenchOffUnlessSaidOtherwise() {
        assertTrue(PortalSettings.current().semanticSearch());
        assertFalse(PortalSettings.current().semanticForFrench());
        System.setProperty(PortalSettings.SEMANTIC, "false");
        System.setProperty(PortalSettings.SEMANTIC_FRENCH, " Yes ");
        assertFalse(PortalSettings.current().semanticSearch());
        assertTrue(PortalSettings.current().semanticForFrench());
    }

    @Test
    void numbersAndTheirFloorsAreReadTheSameWay() {
        assertEquals(250, PortalSettings.current().indexPollMillis());
        System.setProperty(PortalSettings.INDEX_POLL_MILLIS, "10");
        assertEquals(50, PortalSettings.current().indexPollMillis(), "at least 50 ms");
    }
}
