package org.kmbportal.library.web;

import org.kmbportal.library.Slugs;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves a resource's page at {@code /resources/<id>}: the id is the address, as the content format promises. */
@WebFilter(urlPatterns = "/resources/*")
public class ResourcePathFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = uri.length() > "/resources/".length() ? uri.substring("/resources/".length()) : "";
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
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
