package org.kmbportal.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.kmbportal.testing.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Searches kept before names were taken out (an upgraded portal's database) are masked by migration V33 as a search is
 * masked now, against the library the database holds (its taxonomy file and published titles); the others are left as
 * they were. On H2, and on PostgreSQL when {@code kmb.test.pg.url} names one (in a schema of its own, dropped after).
 */
class NamesInKeptSearchesMigrationTest {

    private static final String TAXONOMY = """
            topics:
              mentor-training: {en: Mentor training, fr: Formation des mentors}
              group-mentoring: {en: Group mentoring, fr: Mentorat de groupe}
            synonyms:
              en:
                - "big brothers big sisters, bbbs"
              fr:
                - "grands frères grandes sœurs, gfgs"
            """;

    @Test
    void searchesKeptBeforeLoseTheNamesEmailsAndTelephoneNumbersTheyHeldAndTheOthersStayOnH2() throws SQLException {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        upgrade(database, null);
    }

    @Test
    @EnabledIf("postgresql")
    void searchesKeptBeforeLoseTheNamesEmailsAndTelephoneNumbersTheyHeldAndTheOthersStayOnPostgresql()
            throws SQLException {
        String schema = "names_v33_" + UUID.randomUUID().toString().replace("-", "");
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(TestDatabase.postgresUrl());
        database.setUser(System.getProperty("kmb.test.pg.user", "kmb"));
        database.setPassword(System.getProperty("kmb.test.pg.password", "kmb"));
        database.setCurrentSchema(schema);
        try {
            upgrade(database, schema);
        } finally {
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    static boolean postgresql() {
        return TestDatabase.postgresUrl() != null;
    }

    private static Flyway flyway(DataSource database, String schema, String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        if (schema != null) {
            configuration = configuration.schemas(schema).createSchemas(true);
        }
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void upgrade(DataSource database, String schema) throws SQLException {
        flyway(database, schema, "32").migrate();
        Random random = new Random(3303);
        List<String> first = List.of("Marie", "Jean-Pierre", "Chloé", "Siobhan", "Émilie", "Kwame");
        List<String> family = List.of("Tremblay", "O'Brien", "Gagnon-Lévesque", "Okafor", "Larivière", "McAllister");
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            String name = first.get(random.nextInt(first.size())) + " " + family.get(random.nextInt(family.size()));
            String word = "zq" + Integer.toString(random.nextInt(1 << 20), 36);
            if (i % 2 == 0) {
                expected.put("Mentor Training " + name + " " + word, "Mentor Training … " + word);
            } else {
                expected.put("mentorat de groupe avec " + name + ", " + word + "@example.org", "mentorat de groupe"
                        + " avec …, …");
            }
        }
        List<String> unchanged = List.of("Big Brothers Big Sisters", "Grands Frères Grandes Sœurs ?",
                "Fin Des Jumelages Scolaires", "mentor training", "marie tremblay mentoring");
        unchanged.forEach(typed -> expected.put(typed, typed));
        expected.put("joindre Émilie au 514 555-0199", "joindre Émilie au …");
        try (Connection c = database.getConnection()) {
            try (PreparedStatement taxonomy = c.prepareStatement("INSERT INTO taxonomy (id, source_yaml, updated_at,"
                    + " version) VALUES (1, ?, CURRENT_TIMESTAMP, 1)")) {
                taxonomy.setString(1, TAXONOMY);
                taxonomy.executeUpdate();
            }
            int id = 1;
            for (String[] resource : List.of(new String[]{"Fin des jumelages scolaires", "PUBLISHED"},
                    new String[]{"Marie Tremblay, archived", "ARCHIVED"})) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO resource (id, resource_type, slug,"
                        + " title, language, status, version, created_at, updated_at) VALUES (?, 'PRACTICE_GUIDE', ?,"
                        + " ?, 'fr', ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                    insert.setLong(1, id);
                    insert.setString(2, "r-" + id++);
                    insert.setString(3, resource[0]);
                    insert.setString(4, resource[1]);
                    insert.executeUpdate();
                }
            }
            for (String typed : expected.keySet()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO search_signal (id, searched_on,"
                        + " query_text, typed_text, language, source, results) VALUES (?, CURRENT_DATE, ?, ?, 'en',"
                        + " 'page', 0)")) {
                    insert.setLong(1, id++);
                    // As kept before: the scrubbing of that time (email addresses and telephone numbers) left out,
                    // as the oldest rows lack it too.
                    insert.setString(2, typed.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}@.'\\-\\s]",
                            " ").replaceAll("\\s+", " ").strip());
                    insert.setString(3, typed);
                    insert.executeUpdate();
                }
            }
        }
        flyway(database, schema, null).migrate();
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT query_text, typed_text FROM search_signal ORDER BY id")) {
            for (Map.Entry<String, String> search : expected.entrySet()) {
                rows.next();
                assertEquals(search.getValue(), rows.getString(2), search.getKey());
                assertEquals(SearchQueries.normalize(search.getValue()), rows.getString(1), search.getKey());
            }
        }
    }
}
