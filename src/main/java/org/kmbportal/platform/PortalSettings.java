package org.kmbportal.platform;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's configuration keys, typed, in one place. Each key is read through MicroProfile Config, so a system
 * property ({@code -Dkmb.data.dir=...}) or an environment variable ({@code KMB_DATA_DIR=...}) sets it.
 */
public final class PortalSettings {

    public static final String DATA_DIR = "kmb.data.dir";
    public static final String CONTENT_DIR = "kmb.content.dir";
    public static final String DB_URL = "kmb.db.url";
    public static final String DB_USER = "kmb.db.user";
    public static final String DB_PASSWORD = "kmb.db.password";
    public static final String IMPORT_ON_START = "kmb.import.on-start";

    private final Config config;

    private PortalSettings(Config config) {
        this.config = config;
    }

    /** Settings as the application sees them (its own class loader, whatever thread asks). */
    public static PortalSettings current() {
        return new PortalSettings(ConfigProvider.getConfig(PortalSettings.class.getClassLoader()));
    }

    /** Where the H2 database file and the Lucene index live. */
    public Path dataDir() {
        return Path.of(string(DATA_DIR).orElse("./data")).toAbsolutePath().normalize();
    }

    /** The library imported at first start, or on request. */
    public Path contentDir() {
        return Path.of(string(CONTENT_DIR).orElse("./content")).toAbsolutePath().normalize();
    }

    /** A JDBC URL (PostgreSQL in production); empty means the embedded H2 file in the data dir. */
    public Optional<String> databaseUrl() {
        return string(DB_URL);
    }

    public String databaseUser() {
        return string(DB_USER).orElse("");
    }

    public String databasePassword() {
        return string(DB_PASSWORD).orElse("");
    }

    /** {@code if-empty} (default): import the content folder when the library is empty; {@code never}; {@code always}. */
    public String importOnStart() {
        return string(IMPORT_ON_START).orElse("if-empty");
    }

    public Optional<String> string(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    public int integer(String key, int defaultValue) {
        return config.getOptionalValue(key, Integer.class).orElse(defaultValue);
    }
}
