package org.kmbportal.testing;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One portal process for all browser tests of a run, started on first use with a fresh data dir and the shipped
 * library and the test administrator ({@link People}), stopped when the run ends. Tests receive its base address as a {@code URI} parameter.
 */
public class RunningPortal implements ParameterResolver {

    private static final String KEY = "kmb-portal";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        Shared shared = store.getOrComputeIfAbsent(KEY, k -> {
            java.nio.file.Path data = TestDatabase.projectDir().resolve("target/e2e-data");
            TestDatabase.deleteTree(data);
            Map<String, String> environment = new java.util.HashMap<>(People.adminEnvironment());
            // Lock sooner than the default, so the throttling test stays short.
            environment.put("KMB_SIGN_IN_LOCK_AFTER", "5");
            // No link check may reach outside the machine: runs are refused (kmb.links.every-hours=0).
            environment.put("KMB_LINKS_EVERY_HOURS", "0");
            return new Shared(PortalProcess.start("e2e", data, environment));
        }, Shared.class);
        return shared.portal.base();
    }

    /** Closes the process when JUnit closes the root store at the end of the run. */
    static final class Shared implements ExtensionContext.Store.CloseableResource {
        final PortalProcess portal;

        Shared(PortalProcess portal) {
            this.portal = portal;
        }

        @Override
        public void close() {
            portal.close();
        }
    }
}
