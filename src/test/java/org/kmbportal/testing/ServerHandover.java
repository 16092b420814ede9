package org.kmbportal.testing;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Before each in-server test class deploys, waits until the previous class's server has let go of the port and
 * exited: Arquillian stops it without waiting, and a server on H2 takes a few seconds to close its database; a new one
 * started meanwhile cannot bind the port or open the database.
 */
public class ServerHandover implements TestExecutionListener {

    @Override
    public void executionStarted(TestIdentifier test) {
        boolean inServerClass = test.isContainer() && test.getSource().filter(ClassSource.class::isInstance)
                .map(s -> ((ClassSource) s).getClassName().endsWith("IT")).orElse(false);
        if (!inServerClass || !TestDatabase.available()) {
            return;
        }
        long deadline = System.currentTimeMillis() + 90_000;
        while ((Http.listening(TestDatabase.IT_PORT) || Deployments.serverProcessAlive())
                && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
