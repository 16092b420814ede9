package org.kmbportal.testing;

import java.io.File;
import java.net.URI;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, with the test classes that run inside it. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal(Class<?>... testClasses) {
        // Arquillian writes the deployment out again before Payara starts: a copy of the WAR with the test classes added.
        ShrinkWrap.getDefaultDomain().getConfiguration().getExtensionLoader().addOverride(ZipExporter.class,
                CopyingZipExporter.class);
        File war = TestDatabase.projectDir().resolve("target/kmb-portal.war").toFile();
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        archive.addClasses(testClasses).addClasses(Http.class, Http.Answer.class, TestDatabase.class,
                Deployments.class);
        return archive;
    }

    /** Where the deployed portal answers (Payara Micro on the run's port, at the root context). */
    public static URI base() {
        return URI.create("http://127.0.0.1:" + TestDatabase.IT_PORT + "/");
    }

    /**
     * Whether a server that Arquillian started is still running: it may have closed its port but not yet its
     * database, and a new server on the same H2 file then fails to start. Only this checkout's servers count: another
     * build on the same machine (another checkout, another port) and the other forks of this run run their own.
     */
    public static boolean serverProcessAlive() {
        String ours = "-Dkmb.project.dir=" + TestDatabase.projectDir() + " ";
        String port = "-Dkmb.it.port=" + TestDatabase.IT_PORT + " ";
        return ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()
                .filter(line -> line.contains("payara-micro.jar") && line.contains("arquillian-payara-micro")
                        && line.contains(ours) && line.contains(port))
                .isPresent());
    }
}
