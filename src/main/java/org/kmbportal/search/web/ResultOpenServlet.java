package org.kmbportal.search.web;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.web.Links;
import org.kmbportal.search.SearchRequest;
import org.kmbportal.search.SearchResultOpened;
import org.kmbportal.web.ReaderConsent;

/**
 * {@code GET /search/open?sig=&rank=&type=&id=}: a result link of the search page. Announces which result of which
 * search was opened (when the reader allows signals) and redirects to the result's own address, so readers, their
 * bookmarks and search engines only ever see the canonical {@code /resources/<id>} or {@code /collections/<id>}. The
 * redirect only ever leads to a page of this portal, whatever the parameters say.
 */
@WebServlet("/search/open")
public class ResultOpenServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ResultOpenServlet.class.getName());

    @Inject
    transient Event<SearchResultOpened> opened;

    @Inject
    transient Links links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        if (id == null || id.isBlank()) {
            response.sendRedirect(links.search());
            return;
        }
        String key = request.getParameter(ResultLinks.PARAMETER);
        int rank = rank(request.getParameter("rank"));
        if (ResultLinks.isKey(key) && rank > 0 && ReaderConsent.allowsSignals(request)) {
            try {
                opened.fire(new SearchResultOpened(key, rank));
            } catch (RuntimeException e) {
                // The reader came for the result: statistics failing must not stand in their way.
                LOG.log(Level.WARNING, "Could not note an opened search result", e);
            }
        }
        String type = "collection".equals(request.getParameter("type")) ? "collection" : "resource";
        response.sendRedirect(links.resourceOrCollection(type, id.strip()));
    }

    private static int rank(String value) {
        try {
            int rank = value == null ? 0 : Integer.parseInt(value.strip());
            return rank >= 1 && rank <= SearchRequest.MAX_DEPTH ? rank : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
