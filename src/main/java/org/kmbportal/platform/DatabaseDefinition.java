package org.kmbportal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's pooled data source; {@link PortalDataSource} decides where it points. */
@ApplicationScoped
@DataSourceDefinition(name = DatabaseDefinition.JNDI_NAME, className = "org.kmbportal.platform.PortalDataSource", minPoolSize = 1, maxPoolSize = 20, initialPoolSize = 1, transactional = true, properties = {
        "fish.payara.is-connection-validation-required=true", "fish.payara.connection-validation-method=auto-commit",
        "fish.payara.fail-all-connections=true"})
public class DatabaseDefinition {

    public static final String JNDI_NAME = "java:app/jdbc/kmb";
}
