package org.kmbportal.platform;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway; the same migrations run on H2 and on PostgreSQL. */
@ApplicationScoped
public class DatabaseMigrations {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    private volatile String schemaVersion = "none";

    public String migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").validateMigrationNaming(true).load().migrate();
        schemaVersion = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : (result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion);
        return schemaVersion;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
