package org.kmbportal.web;

import java.util.Set;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Reading pages (home, browse, search, a resource, collections, a collection, error pages) are rendered without server
 * state for anonymous readers: nothing on them changes anything (their only form searches), so no session is opened
 * for reading (each was about 11 KB kept for an hour, and a crawler opens thousands). Signed-in visitors keep stateful
 * views, whose view state protects the forms that do change things (following, signing out). The view is marked when
 * it is created, before PrimeFaces stores a page's script nonce in a stateful view's map; the layout's {@code f:view}
 * says the same ({@link ReadingView}), so that a stateless postback (the search form) rebuilds a stateless view.
 */
public class StatelessReadingPages extends ViewHandlerWrapper {

    static final Set<String> READING = Set.of("/index.xhtml", "/browse.xhtml", "/search.xhtml", "/resource.xhtml",
            "/collections.xhtml", "/collection.xhtml", "/about.xhtml", "/methodology.xhtml", "/privacy.xhtml",
            "/accessibility.xhtml", "/contact.xhtml", "/organization.xhtml");
    private static final String ERROR_PAGES = "/WEB-INF/errors/";

    public StatelessReadingPages(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(context, viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isStateless(FacesContext context, String viewId) {
        return isReading(viewId) && context.getExternalContext().getUserPrincipal() == null;
    }

    static boolean isReading(String viewId) {
        return viewId != null && (READING.contains(viewId) || viewId.startsWith(ERROR_PAGES));
    }
}
