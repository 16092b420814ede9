package org.kmbportal.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once before the in-server tests of a failsafe run: empties the run's database and tells Arquillian (through
 * system properties read by arquillian.xml) which JVM options and port to start Payara Micro with. At the end of the
 * run, after every test is done, stops the browser tests' shared portal.
 */
public class IntegrationSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!TestDatabase.available()) {
            return;
        }
        TestDatabase.reset();
        System.setProperty("kmb.it.jvmOptions", TestDatabase.jvmOptions());
        System.setProperty("kmb.it.port", String.valueOf(TestDatabase.IT_PORT));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RunningPortal.stop();
    }
}
