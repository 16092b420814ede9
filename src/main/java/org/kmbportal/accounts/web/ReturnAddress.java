package org.kmbportal.accounts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where to go back to after signing in: the page asked for, as a path on this site only. Anything that could lead
 * elsewhere (an absolute address, {@code //host}, a backslash, which browsers read as a slash, a scheme, spaces and
 * control characters, anything but printable ASCII) is refused, so the sign-in page cannot be used to send someone to another site.
 */
public final class ReturnAddress {

    /** The sign-in page's parameter naming the page to go back to. */
    public static final String PARAMETER = "next";

    static final int MAX_LENGTH = 2000;

    private ReturnAddress() {
    }

    /** The path (with its query) if it is a page of this site to go back to; empty otherwise. */
    public static Optional<String> safe(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/'
                || path.startsWith("//") || path.startsWith("/sign-in")) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // Addresses as requests carry them are printable ASCII (anything else percent-encoded).
            if (c == '\\' || c <= ' ' || c >= 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /**
     * The request's own page (path and query, without the context path), if it may be gone back to, by its public
     * address ({@link #publicAddress}): a form posts to its view's file, which is not the address people use.
     */
    public static Optional<String> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return Optional.empty();
        }
        if (path.equals(ADD_TO_COLLECTION)) {
            return afterAdding(request.getHeader("Referer"), request.getServerName(), request.getContextPath());
        }
        return safe(publicAddress(path, request.getQueryString()));
    }

    /**
     * "Add to a collection" takes only a post, from a resource's page or a search result: the way back is the page the
     * form was on, read from the {@code Referer} header when it is a page of this site (the tab's kept text is put
     * back there), else the curator's collections. Never the endpoint itself, which a browser would then ask for by
     * GET.
     */
    static Optional<String> afterAdding(String referer, String serverName, String contextPath) {
        if (referer != null && referer.length() <= MAX_LENGTH) {
            try {
                java.net.URI from = new java.net.URI(referer);
                String path = from.getRawPath();
                if (("http".equals(from.getScheme()) || "https".equals(from.getScheme())) && serverName != null
                        && serverName.equalsIgnoreCase(from.getHost()) && path != null && path.startsWith(contextPath
                                + "/")) {
                    String page = path.substring(contextPath.length());
                    Optional<String> back = page.startsWith("/api/") || page.equals(ADD_TO_COLLECTION)
                            ? Optional.empty()
                            : safe(publicAddress(page, from.getRawQuery()));
                    if (back.isPresent()) {
                        return back;
                    }
                }
            } catch (java.net.URISyntaxException e) {
                // Not an address: the collections, below.
            }
        }
        return Optional.of("/curate/");
    }

    /** The "Add to a collection" endpoint (curation's AddToCollectionServlet), which takes only a post. */
    static final String ADD_TO_COLLECTION = "/curate/add";

    /**
     * The address people use for a page, from the address a request reached it by: a view's file without its
     * {@code .xhtml} ({@code /account/used.xhtml} is {@code /account/used}), a folder's {@code index} as the folder
     * ({@code /account/index.xhtml} is {@code /account/}), and a resource's or a collection's view as the item's own
     * address ({@code /resource?id=x} is {@code /resources/x}, other parameters kept); the import page's upload is
     * the import page.
     */
    static String publicAddress(String path, String query) {
        if (path.equals(IMPORT_UPLOAD)) {
            // The import page's upload (a servlet that only takes a post): back to the import page.
            return "/editor/import";
        }
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        if (page.equals("/index") || page.endsWith("/index")) {
            page = page.substring(0, page.length() - "index".length());
        }
        String rest = query == null ? "" : query;
        if (page.equals("/resource") || page.equals("/collection")) {
            String id = null;
            StringBuilder others = new StringBuilder();
            for (String pair : rest.isEmpty() ? new String[0] : rest.split("&")) {
                if (id == null && pair.startsWith("id=") && pair.length() > 3) {
                    id = pair.substring(3);
                } else if (!pair.isEmpty()) {
                    others.append(others.isEmpty() ? "" : "&").append(pair);
                }
            }
            if (id != null) {
                page = page + "s/" + id;
                rest = others.toString();
            }
        }
        return rest.isEmpty() ? page : page + "?" + rest;
    }

    /**
     * Whether the page (a path of this site, with or without its query) is one only signed-in people may open: the
     * folders {@code web.xml} protects. The sign-in page says "sign in to see this page" only for those.
     */
    public static boolean needsSignIn(String page) {
        String path = page.indexOf('?') >= 0 ? page.substring(0, page.indexOf('?')) : page;
        try {
            path = java.net.URI.create(path).normalize().getPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null) {
            return false;
        }
        for (String folder : SIGNED_IN_FOLDERS) {
            if (path.equals(folder) || path.startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }

    private static final String IMPORT_UPLOAD = "/editor/import/upload";

    /** The folders of pages that need signing in, as {@code web.xml}'s security constraints name them. */
    static final java.util.List<String> SIGNED_IN_FOLDERS = java.util.List.of("/account", "/admin", "/editor",
            "/curate", "/partnerships");

    /** The sign-in page's address (from the context root) that comes back to this page afterwards. */
    public static String signInFor(HttpServletRequest request) {
        return of(request).map(p -> "/sign-in?" + PARAMETER + "=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                .orElse("/sign-in");
    }
}
