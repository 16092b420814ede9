package org.kmbportal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * All REST endpoints live under {@code /api}; {@code /openapi} describes them (this definition gives the title, the
 * version, the features' tags and how a signed-in session proves itself). The version is the application's: the build writes
 * it into {@code kmb.version} (META-INF/microprofile-config.properties) and {@link ApiDocumentFilter} puts it here.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "KMb Portal API", version = "development", description = "The evidence"
        + " library of the KMb Portal: search, published resources, matching to an organization's profile, reader"
        + " signals, collections, partnerships, editing and administration. All answers are JSON; every error is"
        + " {\"error\": code, \"message\": plain words} with a 4xx status (5xx only when the portal itself fails),"
        + " never a stack trace or an HTML page.", license = @License(name = "See the repository")), tags = {
                @Tag(name = "Search", description = "Full-text search with facets, suggestions, related resources"),
                @Tag(name = "Library", description = "Published research summaries and practice guides"),
                @Tag(name = "Matching", description = "Resources that fit an organization's profile, with reasons"),
                @Tag(name = "Insights", description = "Reader signals (useful, uptake) and editors' insights"),
                @Tag(name = "Collections", description = "Curated sets of resources and outside links, sharing"),
                @Tag(name = "Partnerships", description = "One organization mentoring another: plans, check-ins,"
                        + " capacities, notes"),
                @Tag(name = "Editorial", description = "Drafts, review, publishing, revisions, import and export"),
                @Tag(name = "Accounts", description = "The session, one's account, administration of people"),
                @Tag(name = "Administration", description = "The search index's state and rebuild")}, components = @Components(securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiSecurity.SESSION, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID", description = "The session cookie set"
                                + " when signing in on the portal's sign-in page."),
                        @SecurityScheme(securitySchemeName = ApiSecurity.CSRF, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = "X-CSRF-Token", description = "State-changing calls (POST,"
                                + " PUT, DELETE) send the session's token, given by GET /api/session as csrf_token.")}))
public class RestApplication extends Application {
}
