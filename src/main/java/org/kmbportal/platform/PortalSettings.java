package org.kmbportal.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's configuration keys, typed, in one place. Each key is read through MicroProfile Config, so a system
 * property ({@code -Dkmb.data.dir=...}) or an environment variable ({@code KMB_DATA_DIR=...}) sets it. Outside a
 * MicroProfile runtime (plain unit tests, tools) the same keys are read from system properties and the environment by
 * MicroProfile's own naming rules, so no code needs to read either by hand.
 */
public final class PortalSettings {

    public static final String DATA_DIR = "kmb.data.dir";
    public static final String CONTENT_DIR = "kmb.content.dir";
    public static final String DB_URL = "kmb.db.url";
    public static final String DB_USER = "kmb.db.user";
    public static final String DB_PASSWORD = "kmb.db.password";
    public static final String IMPORT_ON_START = "kmb.import.on-start";
    public static final String ADMIN_EMAIL = "kmb.admin.email";
    public static final String ADMIN_PASSWORD = "kmb.admin.password";
    public static final String ADMIN_PASSWORD_FILE = "kmb.admin.password-file";
    public static final String PASSWORD_ITERATIONS = "kmb.password.iterations";
    public static final String SIGN_IN_LOCK_AFTER = "kmb.sign-in.lock-after";
    public static final String SIGN_IN_LOCK_MINUTES = "kmb.sign-in.lock-minutes";
    public static final String INVITATION_DAYS = "kmb.invitation.days";
    public static final String BEHIND_PROXY = "kmb.behind-proxy";
    public static final String UPLOAD_MAX_MB = "kmb.upload.max-mb";
    public static final String REQUEST_MAX_KB = "kmb.request.max-kb";
    public static final String PROXY_TRUSTED = "kmb.proxy.trusted";
    public static final String PUBLIC_URL = "kmb.public-url";
    public static final String SMTP_HOST = "kmb.smtp.host";
    public static final String SMTP_PORT = "kmb.smtp.port";
    public static final String SMTP_USER = "kmb.smtp.user";
    public static final String SMTP_PASSWORD = "kmb.smtp.password";
    public static final String SMTP_FROM = "kmb.smtp.from";
    public static final String SMTP_STARTTLS = "kmb.smtp.starttls";
    public static final String PARTNERSHIP_QUIET_DAYS = "kmb.partnerships.quiet-days";
    public static final String INSIGHTS_RETENTION_DAYS = "kmb.insights.retention-days";
    public static final String ANSWERER_KEY = "kmb.insights.answerer-key";
    public static final String FEEDBACK_PER_SESSION = "kmb.feedback.per-session-per-hour";
    public static final String FEEDBACK_PER_ADDRESS = "kmb.feedback.per-address-per-hour";
    public static final String CONTACT_EMAIL = "kmb.contact.email";
    public static final String INDEX_POLL_MILLIS = "kmb.index.poll-millis";
    public static final String LINKS_EVERY_HOURS = "kmb.links.every-hours";
    public static final String LINKS_TIMEOUT_SECONDS = "kmb.links.timeout-seconds";
    public static final String LINKS_PER_HOST_MILLIS = "kmb.links.per-host-millis";
    public static final String LINKS_FAILURES_BEFORE_BROKEN = "kmb.links.failures-before-broken";
    public static final String LINKS_ALLOW_PRIVATE = "kmb.links.allow-private";
    public static final String SEMANTIC = "kmb.semantic";
    public static final String SEMANTIC_FRENCH = "kmb.semantic.fr";

    /** Whether a MicroProfile Config implementation is there (in the server: always; in plain unit tests: not). */
    private static volatile Boolean microProfile;

    /** A key's raw value, when it is set. */
    private final Function<String, Optional<String>> source;

    private PortalSettings(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * Settings as the application sees them (its own class loader, whatever thread asks). Components inject
     * {@code PortalSettings} instead ({@link PortalSettingsProducer}); this is for what the container does not build
     * and for static helpers (the architecture test lists them).
     */
    public static PortalSettings current() {
        ClassLoader loader = PortalSettings.class.getClassLoader();
        if (microProfile == null || microProfile) {
            try {
                Config config = ConfigProvider.getConfig(loader);
                microProfile = true;
                return new PortalSettings(key -> config.getOptionalValue(key, String.class));
            } catch (IllegalStateException | ServiceConfigurationError noImplementation) {
                microProfile = false;
            }
        }
        return new PortalSettings(PortalSettings::fromSystem);
    }

    /** MicroProfile Config's default sources: a system property, else the environment (exact, then _, then upper). */
    private static Optional<String> fromSystem(String key) {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(key);
        }
        String underscored = key.replaceAll("[^A-Za-z0-9]", "_");
        if (value == null) {
            value = System.getenv(underscored);
        }
        if (value == null) {
            value = System.getenv(underscored.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(value);
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

    /** The first administrator's email, created at first start when no administrator exists. */
    public Optional<String> adminEmail() {
        return string(ADMIN_EMAIL);
    }

    /** The first administrator's password: the key itself, or the first line of the file it names. */
    public Optional<String> adminPassword() {
        Optional<String> direct = string(ADMIN_PASSWORD);
        if (direct.isPresent()) {
            return direct;
        }
        return string(ADMIN_PASSWORD_FILE).map(Path::of).flatMap(PortalSettings::firstLine);
    }

    /** PBKDF2 iterations for new password hashes (stored hashes keep the count they were made with). */
    public int passwordIterations() {
        return Math.max(10_000, integer(PASSWORD_ITERATIONS, 210_000));
    }

    /** Failed sign-ins on one account before it is locked (an address gets five times as many). */
    public int signInLockAfter() {
        return Math.max(3, integer(SIGN_IN_LOCK_AFTER, 8));
    }

    public int signInLockMinutes() {
        return Math.max(1, integer(SIGN_IN_LOCK_MINUTES, 15));
    }

    public int invitationDays() {
        return Math.max(1, integer(INVITATION_DAYS, 7));
    }

    /**
     * True when a TLS-terminating proxy stands in front: X-Forwarded-Proto and X-Forwarded-For are then trusted and
     * session cookies are always marked Secure. Never set it when clients reach the portal directly.
     */
    public boolean behindProxy() {
        return flag(BEHIND_PROXY, false);
    }

    /**
     * The proxies whose {@code X-Forwarded-*} headers are believed when {@link #behindProxy()}: addresses or ranges
     * ({@code 10.0.0.0/8}), comma-separated; by default a proxy on the same machine.
     */
    public String trustedProxies() {
        return string(PROXY_TRUSTED).orElse("127.0.0.1, ::1");
    }

    /**
     * The portal's address as people reach it ({@code https://portal.example.org}), for links it hands out such as
     * invitations; empty when not set.
     */
    public Optional<String> publicUrl() {
        return string(PUBLIC_URL).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /** The largest zip an editor may upload, in megabytes (the unpacked total may be four times as much). */
    public int uploadMaxMegabytes() {
        return Math.max(1, integer(UPLOAD_MAX_MB, 20));
    }

    /** The most a page's form or an API call may send, in kilobytes (zips for editors have their own limit). */
    public int requestMaxKilobytes() {
        return Math.max(16, integer(REQUEST_MAX_KB, 1024));
    }

    /** The mail server the portal sends email through; empty: the portal sends no email. */
    public Optional<String> smtpHost() {
        return string(SMTP_HOST);
    }

    public int smtpPort() {
        return integer(SMTP_PORT, 25);
    }

    public Optional<String> smtpUser() {
        return string(SMTP_USER);
    }

    public String smtpPassword() {
        return string(SMTP_PASSWORD).orElse("");
    }

    /** The sender of the portal's email. */
    public String smtpFrom() {
        return string(SMTP_FROM).orElse("kmb-portal@localhost");
    }

    /** Whether to upgrade the connection to the mail server with STARTTLS (required when true). */
    public boolean smtpStartTls() {
        return flag(SMTP_STARTTLS, false);
    }

    /** Days without a note or a check-in after which a partnership's people are nudged. */
    public int partnershipQuietDays() {
        return Math.max(1, integer(PARTNERSHIP_QUIET_DAYS, 42));
    }

    /** How many days searches and "was this useful?" answers are kept before the scheduled purge deletes them. */
    public int insightsRetentionDays() {
        return Math.max(1, integer(INSIGHTS_RETENTION_DAYS, 180));
    }

    /** Reader signals ("was this useful?", "we used this") one session may send in an hour. */
    public int feedbackPerSessionPerHour() {
        return Math.max(1, integer(FEEDBACK_PER_SESSION, 20));
    }

    /**
     * The secret under which a "was this useful?" answer's reader is coded (see {@code insights.AnswererKey}); when not
     * set, a random one kept in the data directory.
     */
    public Optional<String> answererKey() {
        return string(ANSWERER_KEY).map(String::strip).filter(k -> !k.isEmpty());
    }

    /** The address the contact page gives readers to write to the people who run the portal; empty when not set. */
    public Optional<String> contactEmail() {
        return string(CONTACT_EMAIL).filter(e -> e.matches("[^\\s@<>\"]+@[^\\s@<>\"]+"));
    }

    /** Reader signals one address may send in an hour (several readers may share one address). */
    public int feedbackPerAddressPerHour() {
        return Math.max(1, integer(FEEDBACK_PER_ADDRESS, 200));
    }

    private static Optional<String> firstLine(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty())
                    .findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** How often the search index polls the change log for changes it was not woken for (ms, at least 50). */
    public long indexPollMillis() {
        return Math.max(50, integer(INDEX_POLL_MILLIS, 250));
    }

    /** Hours between link checks of collections; 0 or less turns link checking off. */
    public int linkCheckEveryHours() {
        return integer(LINKS_EVERY_HOURS, 24);
    }

    /** How long a link check waits for an answer. */
    public java.time.Duration linkCheckTimeout() {
        return java.time.Duration.ofSeconds(integer(LINKS_TIMEOUT_SECONDS, 10));
    }

    /** The pause between two checks of links on one host. */
    public java.time.Duration linkCheckPerHostPause() {
        return java.time.Duration.ofMillis(integer(LINKS_PER_HOST_MILLIS, 2000));
    }

    /** Failed checks in a row before a link is called broken. */
    public int linkFailuresBeforeBroken() {
        return integer(LINKS_FAILURES_BEFORE_BROKEN, 2);
    }

    /** Whether link checks may reach private and local addresses (tests against a local server). */
    public boolean linkChecksAllowPrivate() {
        return string(LINKS_ALLOW_PRIVATE).map(Boolean::parseBoolean).orElse(false);
    }

    /**
     * Whether search and matching also rank by meaning, with the sentence-embedding model run in the JVM; false: by
     * words alone, and the model is never loaded.
     */
    public boolean semanticSearch() {
        return flag(SEMANTIC, true);
    }

    /** Whether a French reader's searches are also ranked by meaning (the model learned English; off by default). */
    public boolean semanticForFrench() {
        return flag(SEMANTIC_FRENCH, false);
    }

    public Optional<String> string(String key) {
        return source.apply(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A whole number; a value that is not one is refused (as MicroProfile Config refuses it). */
    public int integer(String key, int defaultValue) {
        return string(key).map(Integer::valueOf).orElse(defaultValue);
    }

    /** A yes or no, spelt as MicroProfile Config takes it: true, 1, yes, y or on (any case) for yes. */
    public boolean flag(String key, boolean defaultValue) {
        return string(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y", "on" -> true;
            default -> false;
        }).orElse(defaultValue);
    }
}
