package org.kmbportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

/** A deployment described without Arquillian's test servlet gets it where the in-server tests will call it. */
class ServletRunnerFoundTest {

    @Test
    void aDescriptionReadBeforeTheDeployedApplicationsGetsTheRunnerAtTheRoot() {
        HTTPContext empty = new HTTPContext("127.0.0.1", 8490);
        assertTrue(ServletRunnerFound.complete(empty));
        assertEquals(URI.create("http://127.0.0.1:8490/ArquillianServletRunnerEE9"),
                empty.getServletByName(ServletRunnerFound.RUNNER).getFullURI());
    }

    @Test
    void aDescriptionWithOtherServletsGetsTheRunnerAtTheirContextRoot() {
        HTTPContext partial = new HTTPContext("127.0.0.1", 8490).add(new Servlet("Faces Servlet", "/portal"));
        assertTrue(ServletRunnerFound.complete(partial));
        assertEquals(URI.create("http://127.0.0.1:8490/portal/ArquillianServletRunnerEE9"),
                partial.getServletByName(ServletRunnerFound.RUNNER).getFullURI());
    }

    @Test
    void aCompleteDescriptionIsLeftAsItIs() {
        HTTPContext whole = new HTTPContext("127.0.0.1", 8490).add(new Servlet("Faces Servlet", "/"))
                .add(new Servlet(ServletRunnerFound.RUNNER, "/"));
        assertFalse(ServletRunnerFound.complete(whole));
        assertEquals(2, whole.getServlets().size());
    }
}
