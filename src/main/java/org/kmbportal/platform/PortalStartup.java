package org.kmbportal.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Starts the portal in order when the application is deployed: migrate the schema, let features load the library,
 * then let derived stores open. Readiness stays DOWN until every stage has finished; a failure is kept and shown by
 * the health check instead of taking the server down.
 */
@ApplicationScoped
public class PortalStartup {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    DatabaseMigrations migrations;

    @Inject
    Event<StartupStage.DatabaseReady> databaseReady;

    @Inject
    Event<StartupStage.LibraryReady> libraryReady;

    private volatile boolean completed;
    private volatile String failure;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        Instant start = Instant.now();
        try {
            LOG.info(() -> "KMb Portal starting: data dir " + settings.dataDir() + ", database "
                    + settings.databaseUrl().map(u -> u.replaceAll("password=[^&;]*", "password=***"))
                            .orElse("embedded H2"));
            String version = migrations.migrate();
            LOG.info(() -> "Database schema at version " + version);
            databaseReady.fire(new StartupStage.DatabaseReady());
            libraryReady.fire(new StartupStage.LibraryReady());
            completed = true;
            LOG.info(() -> "KMb Portal ready in " + Duration.between(start, Instant.now()).toMillis() + " ms");
        } catch (StartupRefused e) {
            failure = e.getMessage();
            LOG.severe(() -> banner(e.getMessage()));
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, "KMb Portal failed to start; /health/ready reports DOWN", e);
        }
    }

    /** The reason framed so that it stands out in a console full of server messages. */
    static String banner(String reason) {
        String rule = "=".repeat(100);
        return "\n" + rule + "\nKMb Portal did not start: " + reason + "\nIt answers 503 to every page and"
                + " /health/ready stays DOWN until this is fixed and the portal restarted.\n" + rule;
    }

    public boolean completed() {
        return completed;
    }

    /** Why start-up failed, or null. */
    public String failure() {
        return failure;
    }
}
