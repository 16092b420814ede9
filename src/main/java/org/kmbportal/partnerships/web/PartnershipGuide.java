package org.kmbportal.partnerships.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.library.LibraryService;
import org.kmbportal.web.LocaleBean;

/**
 * The practice guide that walks a mentor through the workspace, in the reader's language when the library has it in
 * that language: linked from the partnership pages only while it is published, so the link never leads to a missing
 * page.
 */
@Named("partnershipGuide")
@RequestScoped
public class PartnershipGuide {

    public static final String ID = "guide-partnership-workspace";
    public static final String FRENCH_ID = "guide-espace-de-partenariat";

    @Inject
    LibraryService library;

    @Inject
    LocaleBean locale;

    private String id;

    /** The guide to link, or empty when neither language's guide is published. */
    public String getId() {
        if (id == null) {
            String wanted = locale.isFrench() ? FRENCH_ID : ID;
            id = library.published(wanted).isPresent() ? wanted : library.published(ID).isPresent() ? ID : "";
        }
        return id;
    }

    public boolean isAvailable() {
        return !getId().isEmpty();
    }
}
