package org.kmbportal.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

import org.junit.jupiter.api.Test;

/**
 * Found in a user session: someone signed in who signed in as another account had the password hashed twice (checked
 * by the sign-in page, then again by the sign-in itself), twice the wait and twice the server's work. One check is
 * enough: its result signs in.
 */
class CheckedSignInTest {

    /** Identity stores that count the passwords they check, and accept one. */
    private static final class CountingStores implements IdentityStoreHandler {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public CredentialValidationResult validate(Credential credential) {
            checks.incrementAndGet();
            return credential instanceof UsernamePasswordCredential c && c.getPasswordAsString().equals("right")
                    ? new CredentialValidationResult(c.getCaller(), Set.of("EDITOR"))
                    : CredentialValidationResult.INVALID_RESULT;
        }
    }

    @Test
    void aPasswordCheckedOnceSignsInWithoutASecondCheck() {
        CountingStores stores = new CountingStores();
        CheckedSignIn checked = CheckedSignIn.check(stores, new UsernamePasswordCredential("other@kmb.test",
                new Password("right"))).orElseThrow();
        AtomicReference<CredentialValidationResult> notified = new AtomicReference<>();
        PortalAuthentication mechanism = new PortalAuthentication();
        mechanism.identityStores = stores;
        AuthenticationStatus status = mechanism.validateRequest(null, null, context(checked, notified));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(1, stores.checks.get(), "the password is checked once");
        assertEquals("other@kmb.test", notified.get().getCallerPrincipal().getName());
        assertEquals(Set.of("EDITOR"), notified.get().getCallerGroups());
    }

    @Test
    void aWrongPasswordGivesNothingToSignInWith() {
        CountingStores stores = new CountingStores();
        assertTrue(CheckedSignIn.check(stores, new UsernamePasswordCredential("other@kmb.test", new Password(
                "wrong"))).isEmpty());
        assertEquals(1, stores.checks.get());
    }

    private static HttpMessageContext context(Credential credential,
            AtomicReference<CredentialValidationResult> notified) {
        return (HttpMessageContext) Proxy.newProxyInstance(CheckedSignInTest.class.getClassLoader(),
                new Class<?>[]{HttpMessageContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAuthParameters" -> AuthenticationParameters.withParams().credential(credential);
                    case "notifyContainerAboutLogin" -> {
                        notified.set((CredentialValidationResult) args[0]);
                        yield AuthenticationStatus.SUCCESS;
                    }
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
