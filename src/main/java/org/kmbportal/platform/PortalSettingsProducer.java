package org.kmbportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Makes the typed settings injectable ({@code @Inject PortalSettings settings}), so components declare that they are
 * configured instead of reaching for a static. The settings read each key when asked, so an injected instance sees
 * the same values {@link PortalSettings#current()} does.
 */
@ApplicationScoped
public class PortalSettingsProducer {

    @Produces
    PortalSettings settings() {
        return PortalSettings.current();
    }
}
