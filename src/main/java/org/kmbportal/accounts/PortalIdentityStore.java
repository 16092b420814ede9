package org.kmbportal.accounts;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks an email and password against the accounts in the database and gives the account's roles as groups. An
 * unknown email costs as much time as a known one. Whoever asks it counts the attempt with {@link SignInThrottle}
 * first (the sign-in page), which refuses a locked account before its password is looked at.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SuspendedSignIn suspended;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller() == null ? "" : AccountRepository.normalize(credential.getCaller());
        Optional<Account> account = accounts.byEmail(email);
        boolean matches = hasher.verify(credential.getPasswordAsString(),
                account.map(Account::getPasswordHash).orElse(null));
        if (account.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.get().isSuspended()) {
            // Said only to someone who knows the password: the page tells them why, nobody else learns of it.
            suspended.refused();
            return CredentialValidationResult.INVALID_RESULT;
        }
        return asCaller(account.get());
    }

    /**
     * The account of a caller who is already signed in, with its roles as they are now, without a password: only
     * for {@link RenewedSignIn}, which {@link PortalAuthentication} checks is the caller themselves.
     */
    CredentialValidationResult current(String email) {
        return accounts.byEmail(email).filter(a -> !a.isSuspended()).map(PortalIdentityStore::asCaller)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult asCaller(Account account) {
        Set<String> groups = account.getRoles().stream().map(Role::group).collect(Collectors.toSet());
        return new CredentialValidationResult(account.getEmail(), groups);
    }
}
