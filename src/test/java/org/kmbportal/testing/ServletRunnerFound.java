package org.kmbportal.testing;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Names Arquillian's test servlet in a deployment's description when the Payara Micro connector missed it.
 *
 * <p>The connector reads Payara Micro's console a line at a time and, every 200 ms, takes the server as started once
 * "Instance Configuration" and the HTTPS port are in what it has read; it then stops reading and looks for the
 * deployed applications' servlets in that text. Payara prints the deployed applications after the ports, so on a
 * loaded machine the check can fall between the two: the portal is deployed and answering, but its description holds
 * no servlet, and every test that runs inside the server fails with "ArquillianServletRunnerEE9 not found" (CI of stop
 * 44: 18 of InServerIT's 26 tests, 17 passing on the rerun). The servlet is in every test deployment (Arquillian's protocol adds it), at the one
 * context root the run deploys to, so it is named there when missing; a description that has it is left alone.
 */
public final class ServletRunnerFound implements LoadableExtension {

    /** The servlet Arquillian's Servlet 5 protocol adds to each deployment and calls to run a test inside it. */
    static final String RUNNER = "ArquillianServletRunnerEE9";

    private static final Logger LOG = Logger.getLogger(ServletRunnerFound.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Completion.class);
    }

    /** Adds the runner to a deployment's HTTP context that lacks it, at that context's root. */
    static boolean complete(HTTPContext context) {
        if (context.getServletByName(RUNNER) != null) {
            return false;
        }
        String root = context.getServlets().stream().map(Servlet::getContextRoot).findFirst().orElse("/");
        context.add(new Servlet(RUNNER, root));
        return true;
    }

    /** Observes each deployment once the connector described it. */
    public static final class Completion {

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void afterDeploy(@Observes AfterDeploy event) {
            ProtocolMetaData described = metaData.get();
            if (described == null) {
                return;
            }
            for (HTTPContext context : described.getContexts(HTTPContext.class)) {
                if (complete(context)) {
                    LOG.warning(() -> "The Payara Micro connector described " + event.getDeployment().getName()
                            + " without " + RUNNER + " (its console read too early); named at "
                            + context.getServletByName(RUNNER).getContextRoot());
                }
            }
        }
    }
}
