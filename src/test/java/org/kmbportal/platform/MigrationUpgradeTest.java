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

    /**
     * A deleted account's work was stored as "a former member / un ancien membre", words every reader saw in both
     * languages; after the upgrade it holds the marker the pages say in the reader's language. Notes written by an
     * account deleted before, which kept its author's name, get it too. A person's own name, even one that reads like
     * the old words, is kept.
     */
    @Test
    void workOfDeletedAccountsStoredInBothLanguagesGetsTheMarkerThePagesSayInTheReadersLanguage() throws SQLException {
        String old = "a former member / un ancien membre";
        JdbcDataSource database = database();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("26").load().migrate();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO organization (id, name, join_code, created_at, version)"
                    + " VALUES (1, 'Harbour Youth', 'ABCDEFGHJKLM', CURRENT_TIMESTAMP, 1)");
            s.executeUpdate("INSERT INTO organization_profile (organization_id, context_json, language, updated_at,"
                    + " updated_by, version) VALUES (1, '{}', 'fr', CURRENT_TIMESTAMP, '" + old + "', 1)");
            s.executeUpdate("INSERT INTO revision (id, resource_slug, revision_number, created_at, author_email,"
                    + " author_name, action, status, note, content_text) VALUES (1, 'a-guide', 1, CURRENT_TIMESTAMP,"
                    + " 'former-member', '" + old + "', 'SAVE', 'draft', '', 'text'), (2, 'a-guide', 2,"
                    + " CURRENT_TIMESTAMP, 'someone@kmb.test', '" + old + "', 'SAVE', 'draft', '', 'text')");
            s.executeUpdate(
                    "INSERT INTO review_comment (id, resource_slug, created_at, author_email, author_name, body)"
                            + " VALUES (1, 'a-guide', CURRENT_TIMESTAMP, 'former-member', '" + old
                            + "', 'Looks right')");
            s.executeUpdate("INSERT INTO account (id, email, display_name, password_hash, created_at, version,"
                    + " deleted_at) VALUES (7, 'deleted-7', '" + old + "', '', CURRENT_TIMESTAMP, 1,"
                    + " CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO partnership (id, title, goals, mentor_account_id, partner_organization_id,"
                    + " status, proposed_at, proposed_by, accepted_by, closing_reflection, check_in_months,"
                    + " schedule_offset, capacities, plan_version, version) VALUES (1, 'Plan', '', 7, 1, 'active',"
                    + " CURRENT_TIMESTAMP, '" + old + "', 'Ann <ann@kmb.test>', '', 3, 0, '', 0, 1)");
            s.executeUpdate("INSERT INTO account (id, email, display_name, password_hash, created_at, version)"
                    + " VALUES (8, 'ann@kmb.test', 'Ann', '', CURRENT_TIMESTAMP, 1)");
            s.executeUpdate("INSERT INTO partnership_note (id, partnership_id, written_at, author_account_id,"
                    + " author_label, body) VALUES (1, 1, CURRENT_TIMESTAMP, 7, '" + old + "', 'Met on Monday'),"
                    + " (2, 1, CURRENT_TIMESTAMP, 7, 'Zoë d’Anjou', 'Written before the deletion found names'),"
                    + " (3, 1, CURRENT_TIMESTAMP, 8, 'Ann', 'By someone still here')");
        }
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("SELECT updated_by FROM organization_profile", "former-member");
        expected.put("SELECT author_name FROM revision WHERE id = 1", "former-member");
        expected.put("SELECT author_name FROM revision WHERE id = 2", old);
        expected.put("SELECT author_name FROM review_comment", "former-member");
        expected.put("SELECT display_name FROM account WHERE id = 7", "former-member");
        expected.put("SELECT proposed_by FROM partnership", "former-member");
        expected.put("SELECT accepted_by FROM partnership", "Ann <ann@kmb.test>");
        expected.put("SELECT author_label FROM partnership_note WHERE id = 1", "former-member");
        expected.put("SELECT author_label FROM partnership_note WHERE id = 2", "former-member");
        expected.put("SELECT author_label FROM partnership_note WHERE id = 3", "Ann");
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> query : expected.entrySet()) {
                try (ResultSet row = s.executeQuery(query.getKey())) {
                    assertTrue(row.next(), query.getKey());
                    assertEquals(query.getValue(), row.getString(1), query.getKey());
                }
            }
        }
    }

    private static JdbcDataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return database;
    }
}
