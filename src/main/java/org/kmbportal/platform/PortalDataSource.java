package org.kmbportal.platform;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The portal's data source, pooled by the server (see {@link DatabaseDefinition}). It reads its target from the
 * configuration on each new physical connection: the embedded H2 file in the data dir by default, or whatever
 * {@code kmb.db.url} names (PostgreSQL in production). Switching database is configuration only.
 */
public class PortalDataSource implements DataSource {

    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        PortalSettings settings = PortalSettings.current();
        return connect(settings, settings.databaseUser(), settings.databasePassword());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(PortalSettings.current(), username, password);
    }

    private Connection connect(PortalSettings settings, String user, String password) throws SQLException {
        String url = jdbcUrl(settings);
        Properties properties = new Properties();
        if (user != null && !user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.putAll(sessionOptions(url));
        Driver driver = driverFor(url);
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + redacted(url));
        }
        return connection;
    }

    /**
     * The URL this data source connects to; for H2, the data dir is created first. H2 always gets
     * {@code WRITE_DELAY=0}: by default it keeps committed transactions in memory for up to half a second before
     * writing them, so a killed portal lost saves it had already confirmed (and the index could be ahead of the
     * database). With no delay a commit is in the file before it returns.
     */
    public static String jdbcUrl(PortalSettings settings) throws SQLException {
        if (settings.databaseUrl().isPresent()) {
            return withoutWriteDelay(settings.databaseUrl().get());
        }
        Path dir = settings.dataDir();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return withoutWriteDelay("jdbc:h2:file:" + dir.resolve("kmb") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Whether the portal's database is H2 (embedded by default, or named by {@code kmb.db.url}). */
    public static boolean isH2(PortalSettings settings) {
        return settings.databaseUrl().map(u -> u.startsWith("jdbc:h2:")).orElse(true);
    }

    /**
     * Connection properties for the session: on PostgreSQL, {@code jit=off} unless the URL sets its own
     * {@code options}. The server's JIT compiles a query's plan when its estimated cost is high, which suits long
     * reports, not a page: on 50,000 resources it added 300 ms to the 175 ms of a browse page's count.
     */
    static Properties sessionOptions(String url) {
        Properties options = new Properties();
        if (url.startsWith("jdbc:postgresql:") && !url.toLowerCase(java.util.Locale.ROOT).contains("options=")) {
            options.setProperty("options", "-c jit=off");
        }
        return options;
    }

    static String withoutWriteDelay(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String safe = upper.contains(";WRITE_DELAY=") ? url : url + ";WRITE_DELAY=0";
        // Saves wait for each other on the change log's lock: give a burst of them 10 s rather than H2's 2.
        return upper.contains(";DEFAULT_LOCK_TIMEOUT=") ? safe : safe + ";DEFAULT_LOCK_TIMEOUT=10000";
    }

    // The drivers ship with the server (H2) or the WAR (PostgreSQL); DriverManager only sees those registered by the
    // caller's class loader, so ask the drivers this class can load directly.
    private static Driver driverFor(String url) throws SQLException {
        String className = url.startsWith("jdbc:postgresql:")
                ? "org.postgresql.Driver"
                : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
        if (className == null) {
            return DriverManager.getDriver(url);
        }
        try {
            return (Driver) Class.forName(className, true, PortalDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + className + " is not available", e);
        }
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    // Bean properties the server may set from the data source definition; the configuration decides instead.
    public void setUrl(String ignored) {
    }

    public void setUser(String ignored) {
    }

    public void setPassword(String ignored) {
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
