package org.kmbportal.curation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionService;

/**
 * "Add to a collection" ({@code WEB-INF/includes/add-to-collection.xhtml}), included by a resource's page and each
 * search result: shown to those who curate, with their own collections; the form posts to
 * {@link AddToCollectionServlet}, and the notice it left is shown once, beside the resource it is about.
 */
@Named("addToCollection")
@RequestScoped
public class AddToCollectionBacking {

    @Inject
    CollectionService collections;

    @Inject
    HttpServletRequest request;

    private Boolean shown;
    private List<Collection> own;
    private AddNotice notice;
    private boolean noticeRead;

    public boolean isShown() {
        if (shown == null) {
            shown = collections.viewer().curator();
        }
        return shown;
    }

    public List<Collection> getCollections() {
        if (own == null) {
            own = isShown() ? collections.curatedByCaller() : List.of();
        }
        return own;
    }

    /** What the last "Add" did for this resource, if anything (taken from the session once, then gone). */
    public AddNotice notice(String resource) {
        if (!noticeRead) {
            noticeRead = true;
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(AddNotice.SESSION_KEY) instanceof AddNotice n) {
                notice = n;
                session.removeAttribute(AddNotice.SESSION_KEY);
            }
        }
        return notice != null && notice.resource().equals(resource) ? notice : null;
    }

    /**
     * The page to come back to after "Add": the page being shown, with one more parameter when the page names it (the
     * search page's key, so that coming back is the same search shown again, not one more search counted for
     * Insights), unless the address already carries it.
     */
    public String back(String parameter, String value) {
        String back = getBack();
        if (parameter == null || parameter.isEmpty() || value == null || value.isEmpty()
                || back.matches(".*[?&]" + java.util.regex.Pattern.quote(parameter) + "=.*")) {
            return back;
        }
        return back + (back.contains("?") ? "&" : "?") + parameter + "="
                + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The page being shown, as the reader's browser asked for it (resource pages are forwarded to resource.xhtml). */
    public String getBack() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object query = forwarded != null
                ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING)
                : request.getQueryString();
        return query == null || query.toString().isEmpty() ? uri : uri + "?" + query;
    }
}
