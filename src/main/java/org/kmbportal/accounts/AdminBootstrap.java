package org.kmbportal.accounts;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PortalSettings;
import org.kmbportal.platform.StartupStage;

/**
 * Creates the first administrator at start-up from the configuration ({@code kmb.admin.email} with
 * {@code kmb.admin.password} or {@code kmb.admin.password-file}) when no administrator exists. There is no default
 * password: without configuration, it only logs how to set one.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    AuditLog audit;

    @Transactional
    void onDatabaseReady(@Observes StartupStage.DatabaseReady stage) {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        PortalSettings settings = PortalSettings.current();
        Optional<String> email = settings.adminEmail();
        Optional<String> password = settings.adminPassword();
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("No administrator yet. Set KMB_ADMIN_EMAIL and KMB_ADMIN_PASSWORD (or KMB_ADMIN_PASSWORD_FILE,"
                    + " a file holding the password) and restart to create the first one.");
            return;
        }
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password.get(), email.get());
        if (problem.isPresent()) {
            LOG.severe("The configured administrator password is refused (" + problem.get().name() + "): use at least "
                    + PasswordPolicy.MIN_LENGTH + " characters, not a common password. No administrator was created.");
            return;
        }
        try {
            AccountService.checkedEmail(email.get());
            Account admin = accounts.byEmail(email.get()).orElse(null);
            if (admin == null) {
                admin = accountService.create(email.get(), "Administrator", password.get(), EnumSet.of(Role.ADMIN));
            } else {
                var roles = admin.getRoles();
                roles.add(Role.ADMIN);
                admin.setRoles(roles);
            }
            audit.record("start-up", "roles.changed", admin.getEmail(), "first administrator from configuration");
            LOG.info(() -> "Created the first administrator from the configuration.");
        } catch (AccountException e) {
            LOG.severe("The configured administrator cannot be created: " + e.getMessage());
        }
    }
}
