package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalDataSourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:5432/kmb", "jdbc:postgresql://db.example:5432/kmb?ssl=true",
            "jdbc:postgresql:kmb"})
    void postgresqlSessionsRunWithoutTheQueryJit(String url) {
        Properties options = PortalDataSource.sessionOptions(url);
        assertEquals("-c jit=off", options.getProperty("options"), url);
    }

    /** The options reach a real PostgreSQL server (the suite's, when {@code KMB_TEST_PG_URL} names one). */
    @Test
    @EnabledIfEnvironmentVariable(named = "KMB_TEST_PG_URL", matches = "jdbc:postgresql:.+")
    void aRealPostgresqlSessionHasItsJitOff() throws SQLException {
        String url = System.getenv("KMB_TEST_PG_URL");
        Properties properties = PortalDataSource.sessionOptions(url);
        properties.setProperty("user", System.getProperty("kmb.test.pg.user", "kmb"));
        properties.setProperty("password", System.getProperty("kmb.test.pg.password", "kmb"));
        try (Connection connection = new org.postgresql.Driver().connect(url, properties);
                Statement statement = connection.createStatement();
                ResultSet jit = statement.executeQuery("SHOW jit")) {
            jit.next();
            assertEquals("off", jit.getString(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://127.0.0.1:5432/kmb?options=-c%20search_path%3Dkmb",
            "jdbc:postgresql://127.0.0.1:5432/kmb?OPTIONS=-c%20jit%3Don"})
    void anAdministratorsOwnOptionsAreKept(String url) {
        assertTrue(PortalDataSource.sessionOptions(url).isEmpty(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:/tmp/kmb", "jdbc:h2:mem:x"})
    void h2GetsNoPostgresqlOptions(String url) {
        assertTrue(PortalDataSource.sessionOptions(url).isEmpty(), url);
    }
}
