package org.kmbportal.web;

import jakarta.servlet.http.HttpServletRequest;

/** The id in an item's address ({@code /resources/<id>}, {@code /collections/<id>}), as the servlets serving them read it. */
public final class ItemPath {

    private ItemPath() {
    }

    /**
     * What follows {@code prefix} (such as {@code "/resources/"}) in the request's path within the application,
     * without a trailing slash; empty when nothing does.
     */
    public static String id(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String path = uri.length() > prefix.length() ? uri.substring(prefix.length()) : "";
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
