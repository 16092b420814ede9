package org.kmbportal.partnerships.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.LibraryService;

/**
 * The practice guide that walks a mentor through the workspace: linked from the partnership pages only while it is
 * published, so the link never leads to a missing page.
 */
@Named("partnershipGuide")
@RequestScoped
public class PartnershipGuide {

    public static final String ID = "guide-partnership-workspace";

    @Inject
    LibraryService library;

    private Boolean available;

    public boolean isAvailable() {
        if (available == null) {
            available = library.published(ID).isPresent();
        }
        return available;
    }

    public String getId() {
        return ID;
    }
}
