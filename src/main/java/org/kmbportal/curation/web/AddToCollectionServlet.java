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

    /** The choice of a new collection in the form's list: never a collection's id ("new" could be one). */
    static final String NEW = "+new";

    /** The second button's value, shown once a resource was already there: the note typed is added to its note. */
    static final String NOTE_TOO = "note";

    @Inject
    CollectionService collections;

    /**
     * Opened by address (an old link, or a browser sent back here by some path): this endpoint shows nothing, so the
     * curator's collections rather than "method not allowed".
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/curate/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Read as UTF-8 by web.xml's request-character-encoding. Set again here, after LanguageFilter had read the
        // form's parameters (for lang=), it only logged "Unable to set request character encoding" on each Add.
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
        // NEW, or nothing chosen with a new collection's title typed: a new private collection. A title typed with
        // one of the curator's collections chosen, or nothing chosen and no title, is refused in words: which one the
        // curator meant cannot be told, and guessing could put a private note in a public collection.
        boolean titled = !title.isBlank();
        boolean starting = target.equals(NEW) || target.isEmpty() && titled;
        String refusal = starting
                ? null
                : target.isEmpty() ? "curate.add.nothingChosen" : titled ? "curate.add.titleAndCollection" : null;
        try {
            if (refusal != null) {
                notice = AddNotice.refused(resource, refusal, target, title, note);
            } else {
                // "Add my note to it", offered when the resource was already there with a note typed.
                boolean noteToo = !starting && NOTE_TOO.equals(request.getParameter("then")) && !note.isBlank();
                CollectionAdding.Outcome outcome = starting
                        ? collections.startWith(title, language, resource, note)
                        : noteToo
                                ? collections.addNoteToResource(target, resource, note)
                                : collections.addResource(target, resource, note);
                notice = AddNotice.done(resource, outcome, starting, noteToo, note);
            }
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (CollectionException e) {
            if (e.notFound()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            notice = e instanceof CollectionAdding.SameTitle same
                    ? AddNotice.sameTitle(resource, same, note)
                    : AddNotice.refused(resource, e, language, starting ? NEW : target, title, note);
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
