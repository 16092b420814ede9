package org.kmbportal.accounts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.PortalSettings;
import org.kmbportal.platform.StartupRefused;
import org.kmbportal.platform.StartupStage;

/**
 * Creates the first administrator at start-up from the configuration ({@code kmb.admin.email} with
 * {@code kmb.admin.password} or {@code kmb.admin.password-file}) when no administrator exists. There is no default
 * password: without configuration, it only logs how to set one; with a configuration it cannot use, the portal
 * refuses to start ({@link StartupRefused}).
 */
@ApplicationScoped
public class AdminBootstrap {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    /** The pages' bundle, for the policy's words (in English: the console is the administrator's). */
    private static final String BUNDLE = "org.kmbportal.web.messages";

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    AuditLog audit;

    /**
     * Runs first of the database stage (before the library is imported), so a refused configuration stops the start
     * at once. Both keys missing is a documented choice (no administrator yet); one without the other, a password the
     * policy refuses or an email that is not one is a mistake, and the portal refuses to start with the reason.
     */
    @Transactional
    void onDatabaseReady(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupStage.DatabaseReady stage) {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        Optional<String> email = settings.adminEmail();
        Optional<String> password = settings.adminPassword();
        if (email.isEmpty() && password.isEmpty()) {
            LOG.warning("No administrator yet. Set KMB_ADMIN_EMAIL and KMB_ADMIN_PASSWORD (or KMB_ADMIN_PASSWORD_FILE,"
                    + " a file holding the password) and restart to create the first one.");
            return;
        }
        if (email.isEmpty()) {
            throw refused("KMB_ADMIN_PASSWORD is set but KMB_ADMIN_EMAIL is not: give the administrator's email too.");
        }
        if (password.isEmpty()) {
            throw refused("KMB_ADMIN_EMAIL is set but there is no password: set KMB_ADMIN_PASSWORD, or"
                    + " KMB_ADMIN_PASSWORD_FILE naming a readable file whose first line is the password.");
        }
        Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password.get(), email.get());
        if (problem.isPresent()) {
            throw refused("the password given in KMB_ADMIN_PASSWORD is refused: "
                    + ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(problem.get().messageKey())
                    + " Every password needs at least "
                    + PasswordPolicy.MIN_LENGTH + " characters and must not be a common password, a simple pattern or"
                    + " contain the email's name. Choose another, set it and restart.");
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
            throw refused("KMB_ADMIN_EMAIL cannot be used: " + e.getMessage());
        }
    }

    private static StartupRefused refused(String reason) {
        return new StartupRefused("the first administrator was not created: " + reason);
    }
}
