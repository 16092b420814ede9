package org.kmbportal.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent after its page expired (the session ended or the server restarted; a form of another session; a
 * tampered one) is an expected case, not a failure of the portal: it gets the "page expired" page (the sign-in page
 * again for the sign-in form) right here, as {@link ErrorPageFilter} would show it, and one line in the log. Left to
 * the container, each one was logged as a warning with the whole stack trace. Every other failure goes on to the
 * container as before. Declared in {@code web.xml}, before the annotated filters.
 */
public class ExpiredForms extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ExpiredForms.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!ErrorPageFilter.EXPIRED.equals(ErrorPageFilter.pageFor(failure)) || response.isCommitted()) {
                throw failure;
            }
            LOG.info(() -> "A form sent to " + request.getRequestURI() + " after its page expired (" + reason(failure)
                    + "): answered with the page-expired page.");
            response.resetBuffer();
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, failure.getClass());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "Faces Servlet");
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, ErrorPageFilter.statusFor(failure));
            ErrorPageFilter.show(request, response, failure, ErrorPageFilter.EXPIRED);
        }
    }

    /** Why, in a few words: the session's view is gone, or the form's nonce or state is not this page's. */
    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return "its view is gone or not this session's";
            }
        }
        return "its script nonce is not this page's";
    }
}
