package org.kmbportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the "Not allowed" page says a refused page needs: "Not allowed" alone left a signed-in person without a word
 * of which role opens it or whom to ask (user session of 2026-12-05). The roles are the server's own constraints
 * ({@code web.xml}): editors' pages, administrators' pages, the collection editor.
 */
@Named("forbidden")
@RequestScoped
public class ForbiddenPage {

    /** The role the refused page needs, as a message key's last part ("editor", "admin", "curator"), or "". */
    public String getNeeded() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        Object refused = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // (A mentor or editor refused another curator's collection is told it is someone else's: see 403.xhtml.)
        return refused instanceof String uri
                ? needed(uri.substring(Math.min(uri.length(), request.getContextPath()
                        .length())))
                : "";
    }

    static String needed(String path) {
        if (path.equals("/editor") || path.startsWith("/editor/")) {
            return "editor";
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return "admin";
        }
        if (path.equals("/curate/edit") || path.equals("/curate/edit.xhtml")) {
            return "curator";
        }
        return "";
    }
}
