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
 * Checks an email and password against the accounts in the database and gives the account's roles as groups. A
 * locked account is refused whatever the password, and an unknown email costs as much time as a known one.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String email = credential.getCaller() == null ? "" : AccountRepository.normalize(credential.getCaller());
        Optional<Account> account = accounts.byEmail(email);
        boolean matches = hasher.verify(credential.getPasswordAsString(),
                account.map(Account::getPasswordHash).orElse(null));
        if (account.isEmpty() || !matches || throttle.isLocked(email)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = account.get().getRoles().stream().map(Role::group).collect(Collectors.toSet());
        return new CredentialValidationResult(account.get().getEmail(), groups);
    }
}
