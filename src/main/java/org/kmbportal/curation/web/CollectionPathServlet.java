package org.kmbportal.curation.web;

import org.kmbportal.library.Slugs;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kmbportal.web.ItemPath;

/** Serves a collection's page at {@code /collections/<id>}; a servlet, so every filter runs first (see ResourcePathServlet). */
@WebServlet(urlPatterns = "/collections/*")
public class CollectionPathServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = ItemPath.id(request, "/collections/");
        if (path.isEmpty()) {
            request.getRequestDispatcher("/collections.xhtml").forward(request, response);
            return;
        }
        if (!Slugs.valid(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/collection.xhtml?id=" + path).forward(request, response);
    }
}
