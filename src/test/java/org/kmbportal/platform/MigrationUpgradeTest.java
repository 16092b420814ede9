package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A portal upgraded in place: its database was made by an earlier release, holds what that release stored, and the new
 * release's migrations must apply on top of it (not only on an empty database, as every other test starts from).
 */
class MigrationUpgradeTest {

    /** The newest migration of the last release that shipped before the curator-names one. */
    private static final String SHIPPED = "21";

    @Test
    void everyNewMigrationComesAfterTheNewestAlreadyShippedSoFlywayAppliesItToAnExistingDatabase() {
        JdbcDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(SHIPPED).load().migrate();
        int applied = Flyway.configure().dataSource(database).locations("classpath:db/migration").load()
                .migrate().migrationsExecuted;
        assertTrue(applied >= 1, "the migrations after " + SHIPPED + " apply to a database at " + SHIPPED);
        MigrationInfo[] all = Flyway.configure().dataSource(database).locations("classpath:db/migration").load()
                .info().all();
        for (MigrationInfo migration : all) {
            assertTrue(migration.getState().isApplied(), migration.getVersion() + " " + migration.getDescription()
                    + " is " + migration.getState() + " on an upgraded database");
        }
    }

    @Test
    void theShippedEditorialCollectionsOfAnEarlierReleaseGetTheirCuratorInTheOtherLanguage() throws SQLException {
        JdbcDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(SHIPPED).load().migrate();
        Map<String, String> curators = new LinkedHashMap<>();
        curators.put("evaluating-on-a-small-budget", "KMb Portal editorial team");
        curators.put("accompagner-un-organisme-partenaire", "Équipe éditoriale du Portail KMb");
        curators.put("renamed-by-an-editor", "Our evaluation circle");
        try (Connection c = database.getConnection()) {
            long id = 1;
            for (Map.Entry<String, String> collection : curators.entrySet()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO collection (id, slug, title, language,"
                        + " curator_name, visibility, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'public',"
                        + " 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                    insert.setLong(1, id++);
                    insert.setString(2, collection.getKey());
                    insert.setString(3, collection.getKey());
                    insert.setString(4, collection.getValue().startsWith("Équipe") ? "fr" : "en");
                    insert.setString(5, collection.getValue());
                    insert.executeUpdate();
                }
            }
        }
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT slug, curator_name, curator_name_translated FROM collection")) {
            Map<String, String> translated = new LinkedHashMap<>();
            while (rows.next()) {
                translated.put(rows.getString(1), rows.getString(3));
                assertEquals(curators.get(rows.getString(1)), rows.getString(2), "the curator's own name is kept");
            }
            assertEquals("Équipe éditoriale du Portail KMb", translated.get("evaluating-on-a-small-budget"));
            assertEquals("KMb Portal editorial team", translated.get("accompagner-un-organisme-partenaire"));
            assertNull(translated.get("renamed-by-an-editor"), "a name the editors chose is not translated");
        }
    }

    private static JdbcDataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return database;
    }
}
