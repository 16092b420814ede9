package org.kmbportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kmbportal.library.ResourceHeader;
import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.Effort;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SaveOutcome;
import org.kmbportal.testing.Deployments;
import org.kmbportal.testing.Http;

/** What is saved survives a restart of the server: a new JVM on the same data finds it, and imports nothing twice. */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("org.kmbportal.testing.TestDatabase#available")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartIT {

    private static final String PORTAL = "portal";
    private static final String PROBE = "restart-probe";

    @Deployment(name = PORTAL, managed = false)
    static WebArchive deployment() {
        return Deployments.portal(RestartIT.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Inject
    LibraryService library;

    @Test
    @Order(1)
    @RunAsClient
    void startTheServer() throws InterruptedException {
        deployer.deploy(PORTAL);
        assertTrue(serverComesUp(), "the server answers ready after the deploy");
    }

    @Test
    @Order(2)
    @OperateOnDeployment(PORTAL)
    void saveAResourceInsideTheServer() {
        ResourceContent probe = new PracticeGuideContent(ResourceHeader.builder(PROBE).title("Saved before the restart")
                .language("en").published(LocalDate.of(2025, 6, 1)).status(PublicationStatus.PUBLISHED)
                .terms(Map.of("topics", List.of("match-closure"))).build(), "A probe.", "Body.", Effort.LOW, List.of());
        SaveOutcome outcome = library.save(probe);
        assertTrue(outcome == SaveOutcome.CREATED || outcome == SaveOutcome.UNCHANGED, outcome.name());
    }

    @Test
    @Order(3)
    @RunAsClient
    void restartTheServerOnTheSameData() throws InterruptedException {
        long before = Http.get(Deployments.base(), "/api/resources?size=1").json().getInt("total");
        deployer.undeploy(PORTAL);
        // The old process must let go of the port, or the new one binds the next port up.
        assertTrue(serverGoesDown(), "the server is down after the undeploy");
        deployer.deploy(PORTAL);
        assertTrue(serverComesUp(), "the server answers ready after the restart");
        Http.Answer probe = Http.get(Deployments.base(), "/api/resources/" + PROBE);
        assertEquals(200, probe.status(), probe.body());
        assertEquals("Saved before the restart", probe.json().getString("title"));
        long after = Http.get(Deployments.base(), "/api/resources?size=1").json().getInt("total");
        assertEquals(before, after, "the restart neither lost nor re-imported anything");
    }

    private static boolean serverComesUp() throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            try {
                if (Http.get(Deployments.base(), "/health/ready").status() == 200) {
                    return true;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // the listener is not open yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** The port refuses connections and the process has exited (so its database is closed too). */
    private static boolean serverGoesDown() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (!Http.listening(Deployments.base().getPort()) && !Deployments.serverProcessAlive()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    @Test
    @Order(4)
    @RunAsClient
    void stopTheServer() throws InterruptedException {
        deployer.undeploy(PORTAL);
        assertTrue(serverGoesDown(), "the server is down after the last undeploy");
    }
}
