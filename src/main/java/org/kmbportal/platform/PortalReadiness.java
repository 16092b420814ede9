package org.kmbportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code GET /health/ready}: UP only once the schema is migrated, the library loaded and every part is ready. */
@Readiness
@ApplicationScoped
public class PortalReadiness implements HealthCheck {

    @Inject
    PortalStartup startup;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    Instance<ReadinessReporter> reporters;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kmb-portal")
                .withData("schema", migrations.schemaVersion());
        boolean up = startup.completed();
        if (startup.failure() != null) {
            response.withData("failure", startup.failure());
        }
        for (ReadinessReporter reporter : reporters) {
            up &= reporter.ready();
            response.withData(reporter.name(), reporter.status());
        }
        return response.status(up).build();
    }
}
