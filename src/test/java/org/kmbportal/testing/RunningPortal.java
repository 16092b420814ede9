package org.kmbportal.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One portal process for all browser tests and HTTP-level in-server tests ({@code *IT} classes that call the portal
 * only from outside) of a failsafe execution: on H2 in the H2 execution, on the PostgreSQL of {@code KMB_TEST_PG_URL}
 * in the PostgreSQL one. It is started on first use with a fresh data dir, the shipped library
 * and the test administrator ({@link People}), stopped when the run ends ({@link IntegrationSession}, or the JVM's
 * exit). JUnit tests receive its base address as a {@code URI} parameter; static set-up (a {@code @BeforeAll}) calls
 * {@link #base()}.
 * <p>
 * {@code -Dkmb.e2e.portal=http://127.0.0.1:8110/} runs them against a portal already running instead (started with the
 * shipped library and the test administrator's {@code KMB_ADMIN_EMAIL} and {@code KMB_ADMIN_PASSWORD}), for instance
 * to see a test fail on an older build.
 */
public class RunningPortal implements ParameterResolver {

    private static PortalProcess shared;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return base();
    }

    /** The shared portal's address, starting it on first use. */
    public static synchronized URI base() {
        String given = System.getProperty("kmb.e2e.portal", "");
        if (!given.isBlank()) {
            return URI.create(given.endsWith("/") ? given : given + "/");
        }
        if (shared == null) {
            // On PostgreSQL, a schema of its own in the test database (the in-server tests' server uses public).
            // Without a PostgreSQL, on H2 (browser classes run only in the H2 execution, even named with -Dit.test).
            boolean postgresql = TestDatabase.isPostgresql() && TestDatabase.postgresUrl() != null;
            String name = (postgresql ? "e2e-postgresql" : "e2e") + TestDatabase.forkSuffix();
            Path data = TestDatabase.projectDir().resolve("target/" + name + "-data");
            TestDatabase.deleteTree(data);
            Map<String, String> environment = new HashMap<>(
                    postgresql
                            ? TestDatabase
                                    .processDatabase("shared_portal" + TestDatabase.forkSuffix().replace('-', '_'))
                            : Map.of());
            environment.putAll(People.adminEnvironment());
            // Lock sooner than the default, as these tests always have (HardeningE2E counts the waits and locks of
            // sign-ins made at once); the waits themselves are tested inside the server (AccountsInServer), with the
            // portal's clock moved.
            environment.put("KMB_SIGN_IN_LOCK_AFTER", "5");
            // No link check may reach outside the machine: runs are refused (kmb.links.every-hours=0).
            environment.put("KMB_LINKS_EVERY_HOURS", "0");
            // The browser tests sign in, sign up and accept invitations hundreds of times: at the default 210,000
            // PBKDF2 iterations each costs the loaded test machine one to three seconds. The portal's floor (10,000)
            // hashes and verifies the same way in a few milliseconds (README, "Configuration"; nothing the tests check
            // depends on the count).
            environment.put("KMB_PASSWORD_ITERATIONS", String.valueOf(TestDatabase.TEST_PASSWORD_ITERATIONS));
            // it.jvm's options, then it.shared.portal.jvm's (empty unless given: a way to measure, say, the full JIT
            // for the one portal that serves every browser test of the run; bench/suite-times.md, stop 43).
            shared = PortalProcess.start(name, data, environment, System.getProperty("it.jvm", "-Xmx768m") + " "
                    + System.getProperty("it.shared.portal.jvm", ""));
            Runtime.getRuntime().addShutdownHook(new Thread(RunningPortal::stop));
        }
        return shared.base();
    }

    /** The shared portal's log file (its standard output and error), starting it on first use. */
    public static synchronized java.nio.file.Path log() {
        base();
        if (shared == null) {
            throw new IllegalStateException("The portal given with -Dkmb.e2e.portal has no log here");
        }
        return shared.log();
    }

    /** Stops the shared portal, if one was started (at the end of the run). */
    static synchronized void stop() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }
}
