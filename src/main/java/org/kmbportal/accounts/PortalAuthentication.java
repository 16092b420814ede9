package org.kmbportal.accounts;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through our own page: a protected address sends an anonymous visitor to {@code /sign-in}, whose backing
 * bean calls {@code SecurityContext.authenticate}; {@link PortalIdentityStore} checks the password. The
 * authentication is kept in the session.
 */
@ApplicationScoped
@DeclareRoles({"MEMBER", "MENTOR", "EDITOR", "ADMIN"})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false))
public class PortalAuthentication {
}
