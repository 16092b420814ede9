package org.kmbportal.accounts.web;

import java.util.OptionalLong;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.accounts.AccountService;

/**
 * The {@link SessionEpochFilter}'s rule, applied before the server checks a page's role: a member given a role by an
 * administrator opened {@code /editor/} with the session's old roles and got "Not allowed" (the role check runs before
 * any filter), and only another page said the session had ended. Here, before Jakarta Security restores a session's
 * sign-in (priority 200), a session whose account's epoch moved on is ended with the usual notice; the page then asks
 * to sign in ({@link ReturnAfterSignInInterceptor}) and comes back after it, with the new roles.
 */
@ReturnAfterSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 195)
public class SessionEpochBeforeAccess {

    @Inject
    AccountService accounts;

    @AroundInvoke
    Object endStaleSession(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if (invocation.getMethod().getName().equals("validateRequest") && arguments.length == 3
                && arguments[0] instanceof HttpServletRequest request
                && arguments[2] instanceof HttpMessageContext context
                && context.getAuthParameters().getCredential() == null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            HttpSession session = request.getSession(false);
            // Pages opened only: a form posted, the API's answer (JSON), page resources and icons stay the filter's.
            if (session != null && "GET".equals(request.getMethod()) && !path.startsWith("/api/")
                    && !path.startsWith("/jakarta.faces.resource/")
                    && !SessionEpochFilter.isSiteIcon(path)
                    && session.getAttribute(SessionEpochFilter.EPOCH) instanceof Long epoch
                    && session.getAttribute(SessionEpochFilter.CALLER) instanceof String email) {
                OptionalLong current = accounts.sessionEpoch(email);
                if (current.isEmpty() || current.getAsLong() != epoch) {
                    String reason = SessionEpochFilter.reason(session, accounts, email);
                    request.logout();
                    session.invalidate();
                    request.getSession(true).setAttribute(SessionEpochFilter.ENDED, reason);
                } else {
                    // Checked once for this request: the filter does not look it up again.
                    request.setAttribute(SessionEpochFilter.CHECKED, email);
                }
            }
        }
        return invocation.proceed();
    }
}
