package org.kmbportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All REST endpoints live under {@code /api}. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
