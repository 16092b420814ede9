package org.kmbportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Which of PrimeFaces' files a page loads. An anonymous reading page (home, browse, search, a resource, a collection,
 * the portal's own pages) uses no PrimeFaces component and posts no form, so it goes without PrimeFaces' theme, jQuery
 * and core script (about 400 KB of the 460 KB such a page weighed); every other page gets them, with the theme named
 * here. {@code primefaces.THEME} in web.xml asks {@link #getTheme()}.
 */
@Named("pageAssets")
@RequestScoped
public class PageAssets {

    /** The PrimeFaces theme of pages that use PrimeFaces. */
    static final String THEME = "saga-blue";

    @Inject
    ReadingView readingView;

    public boolean isPrimeFaces() {
        return !readingView.isStateless();
    }

    /** The theme for this page, or {@code none} (PrimeFaces then links no theme style sheet). */
    public String getTheme() {
        return isPrimeFaces() ? THEME : "none";
    }
}
