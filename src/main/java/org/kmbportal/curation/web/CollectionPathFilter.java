package org.kmbportal.curation.web;

import org.kmbportal.library.Slugs;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves a collection's page at {@code /collections/<id>}. */
@WebFilter(urlPatterns = "/collections/*")
public class CollectionPathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = uri.length() > "/collections/".length() ? uri.substring("/collections/".length()) : "";
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
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
