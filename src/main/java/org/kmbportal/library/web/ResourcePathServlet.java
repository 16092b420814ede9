package org.kmbportal.library.web;

import org.kmbportal.library.Slugs;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kmbportal.web.ItemPath;

/**
 * Serves a resource's page at {@code /resources/<id>}: the id is the address, as the content format promises. A servlet,
 * not a filter: annotated filters run in no fixed order, and a filter that forwards skips those after it (the session
 * check that signs out a reader whose roles changed ran only on the page after: the first resource page still showed
 * them signed in). A servlet runs after every filter.
 */
@WebServlet(urlPatterns = "/resources/*")
public class ResourcePathServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = ItemPath.id(request, "/resources/");
        if (path.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/browse");
            return;
        }
        if (!Slugs.valid(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/resource.xhtml?id=" + path).forward(request, response);
    }
}
