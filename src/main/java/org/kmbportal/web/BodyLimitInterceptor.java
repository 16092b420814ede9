package org.kmbportal.web;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs before every other step of authentication (Jakarta Security's own interceptors have later priorities): a page's
 * form that declares more than the portal accepts, or comes without a length, gets its 413 answer here, before "login
 * to continue" would read the body to keep it for after sign-in. (API calls are never kept for after sign-in: the
 * filter refuses them, for their role first.)
 */
@BodyLimitedBeforeSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class BodyLimitInterceptor {

    @AroundInvoke
    Object refuseOversizedFirst(InvocationContext invocation) throws Exception {
        Object[] arguments = invocation.getParameters();
        if (invocation.getMethod().getName().equals("validateRequest") && arguments.length == 3
                && arguments[0] instanceof HttpServletRequest request
                && arguments[1] instanceof HttpServletResponse response
                && BodyLimitFilter.refusedForSize(request, response, true)) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return invocation.proceed();
    }
}
