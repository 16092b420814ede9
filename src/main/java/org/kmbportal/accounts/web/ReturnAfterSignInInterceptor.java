package org.kmbportal.accounts.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * An anonymous visitor who opens a page that needs signing in (a link to a partnership's plan, or the page they were on
 * when their session ended) is sent to {@code /sign-in?next=<that page>}, by the page's public address, so the
 * sign-in page can say why they are there and take them back afterwards. Runs after Jakarta Security has restored a
 * session's sign-in (priority 200) and before its "login to continue" step (220), which would send them to the bare
 * sign-in page. A form posted to such a page after the session ended (its view is gone with the session) is sent the
 * same way, to the form's page; its body is never read.
 */
@ReturnAfterSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 215)
public class ReturnAfterSignInInterceptor {

    @AroundInvoke
    Object sendToSignIn(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if (invocation.getMethod().getName().equals("validateRequest") && arguments.length == 3
                && arguments[0] instanceof HttpServletRequest request
                && arguments[2] instanceof HttpMessageContext context && context.isProtected()
                && context.getCallerPrincipal() == null && request.getUserPrincipal() == null
                && context.getAuthParameters().getCredential() == null
                && ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()))) {
            return context.redirect(request.getContextPath() + ReturnAddress.signInFor(request));
        }
        return invocation.proceed();
    }
}
