package org.kmbportal.web;

import jakarta.inject.Inject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.kmbportal.platform.PortalSettings;

/**
 * What the portal's own pages (about, methodology, privacy, accessibility, contact) state from its configuration, so
 * they say what this portal really does: how long reader signals are kept and whom to write to.
 */
@Named("portalPages")
@RequestScoped
public class PortalPagesBean {

    @Inject
    PortalSettings settings;

    public int getRetentionDays() {
        return settings.insightsRetentionDays();
    }

    /** The contact address ({@code kmb.contact.email}), or empty when the portal's operator gave none. */
    public String getContactEmail() {
        return settings.contactEmail().orElse("");
    }
}
