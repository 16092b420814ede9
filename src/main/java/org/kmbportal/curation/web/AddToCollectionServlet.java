package org.kmbportal.curation.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.curation.CollectionAdding;
import org.kmbportal.curation.CollectionException;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.platform.AccessDenied;
import org.kmbportal.web.SessionToken;

/**
 * Receives "Add to a collection" from a resource's page or a search result (a plain form, with the session's CSRF
 * token, so it works without scripts and outside JSF's postbacks, which a search result list does not rebuild), asks
 * the curation service, which checks the role and ownership, and sends the reader back where they were with a
 * {@link AddNotice} in the session for the page to show. Signed-in only (the {@code /curate/*} constraint).
 */
@WebServlet("/curate/add")
public class AddToCollectionServlet extends HttpServlet {

    @Inject
    CollectionService collections;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!SessionToken.matches(request.getSession(false), request.getParameter("csrf"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String resource = value(request, "resource");
        String target = value(request, "collection");
        String title = value(request, "title");
        String note = value(request, "note");
        String language = "fr".equals(request.getParameter("language")) ? "fr" : "en";
        AddNotice notice;
        try {
            CollectionAdding.Outcome outcome = target.isEmpty()
                    ? collections.startWith(title, language, resource, note)
                    : collections.addResource(target, resource, note);
            notice = AddNotice.done(resource, outcome, target.isEmpty());
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (CollectionException e) {
            if (e.notFound()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            notice = AddNotice.refused(resource, e, language, target, title, note);
        }
        request.getSession().setAttribute(AddNotice.SESSION_KEY, notice);
        response.sendRedirect(back(request, resource) + "#add-" + resource.replaceAll("[^A-Za-z0-9_-]", ""));
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** The page the form was on, only if it is a page of this portal; else the resource's page. */
    static String back(HttpServletRequest request, String resource) {
        String back = request.getParameter("back");
        String root = request.getContextPath() + "/";
        if (back != null && back.startsWith(root) && !back.startsWith("//") && !back.startsWith(root + "/")
                && back.chars().noneMatch(c -> c < 0x20 || c == '\\' || c == '#')) {
            return back;
        }
        return root + "resources/" + org.kmbportal.web.Links.encode(resource);
    }
}
