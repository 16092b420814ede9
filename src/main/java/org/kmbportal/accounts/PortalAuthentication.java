package org.kmbportal.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kmbportal.accounts.web.ReturnAfterSignIn;
import org.kmbportal.web.BodyLimitedBeforeSignIn;

/**
 * Sign-in through our own page: a protected address sends an anonymous visitor to {@code /sign-in}, whose backing
 * bean calls {@code SecurityContext.authenticate}; {@link PortalIdentityStore} checks the password. The
 * authentication is kept in the session. It is the custom-form mechanism of Jakarta Security written out, so that a
 * request's body size is checked before the "login to continue" step saves a refused form (which parsed the whole
 * body, and failed with a server error past 2 MB). A visitor sent to sign in is sent with the page they asked for
 * ({@link ReturnAfterSignIn}).
 */
@ApplicationScoped
@DeclareRoles({"MEMBER", "MENTOR", "EDITOR", "ADMIN"})
@AutoApplySession
@LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false)
@BodyLimitedBeforeSignIn
@ReturnAfterSignIn
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    PortalIdentityStore accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        if (credential instanceof RenewedSignIn renewed) {
            // Made only from a request's own signed-in caller (see RenewedSignIn): never a way to become another.
            return context.notifyContainerAboutLogin(accounts.current(renewed.email()));
        }
        if (credential instanceof CheckedSignIn checked) {
            // Checked by the identity stores earlier in this request (see CheckedSignIn): one password hash is enough.
            return context.notifyContainerAboutLogin(checked.result());
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
