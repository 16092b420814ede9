package org.kmbportal.accounts;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.kmbportal.platform.PortalSettings;

/**
 * Hashes and verifies passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, a random 32-byte salt per password, a
 * high iteration count). The stored form carries its own algorithm, iterations and salt, so raising the count later
 * still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    PortalSettings settings;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    // A hash that no password matches, verified when the account does not exist so that timing does not tell.
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(settings.passwordIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    }
}
