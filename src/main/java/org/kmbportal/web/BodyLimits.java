package org.kmbportal.web;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a request may send, and who may send it, decided from its address alone before anything reads the body:
 * zips for editors' imports, JSON for the API, forms for pages. Pure, so every endpoint's rule is tested without a
 * server.
 *
 * @param jsonBytes
 *            the most an API call may send (JSON bodies)
 * @param formBytes
 *            the most a page's form may send
 * @param uploadBytes
 *            the most an editor's zip may weigh
 */
public record BodyLimits(long jsonBytes, long formBytes, long uploadBytes) {

    /** What a request with a body needs: a role (as web.xml names it) and a size. */
    public record Rule(long maxBytes, Optional<String> role, boolean api) {
    }

    /** Multipart framing around an uploaded file (boundaries, part headers, the CSRF field). */
    static final long MULTIPART_OVERHEAD = 64 * 1024;

    public Rule ruleFor(String path) {
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (p.equals("/api/editor/import")) {
            return new Rule(uploadBytes, Optional.of("EDITOR"), true);
        }
        if (p.startsWith("/api/editor/")) {
            return new Rule(jsonBytes, Optional.of("EDITOR"), true);
        }
        if (p.startsWith("/api/admin/")) {
            return new Rule(jsonBytes, Optional.of("ADMIN"), true);
        }
        if (p.startsWith("/api/")) {
            return new Rule(jsonBytes, Optional.empty(), true);
        }
        if (p.equals("/editor/import/upload")) {
            return new Rule(uploadBytes + MULTIPART_OVERHEAD, Optional.of("EDITOR"), false);
        }
        return new Rule(formBytes, Optional.empty(), false);
    }
}
