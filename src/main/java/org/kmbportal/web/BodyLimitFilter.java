package org.kmbportal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.platform.PortalSettings;

/**
 * The first filter of every request (declared in web.xml, so it runs before the annotated ones): a request that
 * sends a body is refused before anything reads it when the caller lacks the role its address needs (401 or 403) or
 * when it declares more than the address accepts (413; already checked before sign-in by
 * {@link BodyLimitInterceptor}); a body sent without a length is counted while it is read and stops at the limit. API
 * answers are JSON errors; pages get the "too large" page, rendered as a fresh page without parsing the refused form.
 */
public class BodyLimitFilter extends HttpFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final String TOO_LARGE_PAGE = "/WEB-INF/errors/413.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!WITH_BODY.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        BodyLimits.Rule rule = ruleFor(request);
        if (rule.role().isPresent() && !request.isUserInRole(rule.role().get())) {
            refuseRole(request, response, rule);
            return;
        }
        if (refusedForSize(request, response, false)) {
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, rule.maxBytes()) : request,
                response);
    }

    /**
     * Answers 413 when the request declares more than its address accepts, or sends a page's form without a length
     * (browsers always give one); true when it did. Reads nothing of the body.
     *
     * @param pagesOnly
     *            only for pages (API calls are refused for their role first, which needs the caller known)
     */
    static boolean refusedForSize(HttpServletRequest request, HttpServletResponse response, boolean pagesOnly)
            throws IOException, ServletException {
        if (!WITH_BODY.contains(request.getMethod())) {
            return false;
        }
        BodyLimits.Rule rule = ruleFor(request);
        if (pagesOnly && rule.api()) {
            return false;
        }
        long declared = request.getContentLengthLong();
        boolean pageWithoutLength = !rule.api() && declared < 0 && hasBody(request);
        if (declared > rule.maxBytes() || pageWithoutLength) {
            tooLarge(request, response, rule);
            return true;
        }
        return false;
    }

    private static BodyLimits.Rule ruleFor(HttpServletRequest request) {
        return limits().ruleFor(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static BodyLimits limits() {
        PortalSettings settings = PortalSettings.current();
        long request = settings.requestMaxKilobytes() * 1024L;
        return new BodyLimits(request, request, settings.uploadMaxMegabytes() * 1024L * 1024L);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && !encoding.isBlank();
    }

    private static void refuseRole(HttpServletRequest request, HttpServletResponse response, BodyLimits.Rule rule)
            throws IOException {
        boolean signedIn = request.getUserPrincipal() != null;
        int status = signedIn ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED;
        response.setHeader("Connection", "close");
        if (rule.api()) {
            String language = org.kmbportal.web.api.ApiWords.language(request);
            json(response, status, signedIn ? "forbidden" : "sign_in_required",
                    signedIn
                            ? org.kmbportal.web.api.ApiWords.refusal(language, rule.role().get().toLowerCase(
                                    java.util.Locale.ROOT))
                            : org.kmbportal.web.api.ApiWords.get(language, "api.error.signIn"));
        } else {
            response.sendError(status);
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, BodyLimits.Rule rule)
            throws IOException, ServletException {
        response.setHeader("Connection", "close");
        if (rule.api()) {
            json(response, 413, "too_large", org.kmbportal.web.api.ApiWords.get(org.kmbportal.web.api.ApiWords
                    .language(request), "api.error.tooLargeAtMost", kilobytes(rule.maxBytes())));
            return;
        }
        response.setStatus(413);
        request.setAttribute("kmb.limitKb", kilobytes(rule.maxBytes()));
        request.getRequestDispatcher(TOO_LARGE_PAGE).forward(new Unread(request), response);
    }

    static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static void json(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        SecurityHeadersFilter.addHeaders(response);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("error", code).add("message", message)
                .build().toString());
    }

    /**
     * The refused request as the "too large" page sees it: a plain GET with only its address's parameters, so
     * neither the page nor any filter parses the body that was refused.
     */
    static final class Unread extends HttpServletRequestWrapper {
        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new LimitedInputStream(new java.io.ByteArrayInputStream(new byte[0]), 0);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return QueryParameters.of(getQueryString());
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }

    /** A request sent without a length: its body is counted while it is read and stops at the limit. */
    static final class Counted extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), max);
            }
            return stream;
        }
    }

    /** Throws {@link RequestTooLargeException} at the first byte past the limit. */
    static final class LimitedInputStream extends ServletInputStream {
        private final java.io.InputStream in;
        private final long max;
        private long count;

        LimitedInputStream(java.io.InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, max - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws RequestTooLargeException {
            count += n;
            if (count > max) {
                throw new RequestTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in instanceof ServletInputStream s ? s.isFinished() : false;
        }

        @Override
        public boolean isReady() {
            return in instanceof ServletInputStream s ? s.isReady() : true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            if (in instanceof ServletInputStream s) {
                s.setReadListener(listener);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
