package org.kmbportal.testing;

import java.net.URI;
import java.util.Map;

/**
 * The people tests need, created through the portal's own pages and API: the configured first administrator,
 * members who sign up (creating an organization), and editors and mentors invited by the administrator.
 */
public final class People {

    /** The first administrator, given to test portals through the configuration. */
    public static final String ADMIN_EMAIL = "admin@kmb.test";
    public static final String ADMIN_PASSWORD = "Violet-Harbour-Lantern-42";
    /** The password every other test person gets (long, and not a common one). */
    public static final String PASSWORD = "Quiet-Otter-Compass-77";

    private People() {
    }

    /** Environment variables that make a portal create the test administrator. */
    public static Map<String, String> adminEnvironment() {
        return Map.of("KMB_ADMIN_EMAIL", ADMIN_EMAIL, "KMB_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    public static Visitor admin(URI base) {
        Visitor admin = new Visitor(base);
        if (!admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD)) {
            throw new IllegalStateException("The test administrator cannot sign in");
        }
        return admin;
    }

    /** Signs up a member who creates an organization, and signs them in. */
    public static Visitor member(URI base, String email, String displayName, String organization) {
        Visitor member = new Visitor(base);
        Http.Answer answer = member.submit("/sign-up", "signup", Map.of("name", displayName, "email", email,
                "password", PASSWORD, "confirmation", PASSWORD, "organization", organization));
        if (answer.status() != 302) {
            throw new IllegalStateException("Sign-up of " + email + " failed: " + answer.status() + "\n"
                    + answer.body());
        }
        return signedIn(base, email);
    }

    /** An account invited by the administrator with the given role (editor, mentor, admin), signed in. */
    public static Visitor invited(URI base, Visitor admin, String email, String displayName, String role) {
        Http.Answer invitation = admin.api("POST", "/api/admin/invitations",
                "{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}");
        if (invitation.status() == 400 && invitation.body().contains("admin.alreadyHasRole")) {
            // the account has the role already (a test run again on the same portal): nothing to accept
            return signedIn(base, email);
        }
        if (invitation.status() != 201) {
            throw new IllegalStateException("Invitation failed: " + invitation.body());
        }
        URI link = URI.create(Visitor.json(invitation.body()).getString("link"));
        Visitor invitee = new Visitor(base);
        String path = link.getRawPath() + "?" + link.getRawQuery();
        Http.Answer accepted = invitee.submit(path, "accept", Map.of("name", displayName, "password", PASSWORD));
        if (accepted.status() != 302) {
            throw new IllegalStateException("Accepting the invitation failed: " + accepted.body());
        }
        return signedIn(base, email);
    }

    public static Visitor signedIn(URI base, String email) {
        Visitor visitor = new Visitor(base);
        if (!visitor.signIn(email, PASSWORD)) {
            throw new IllegalStateException(email + " cannot sign in");
        }
        return visitor;
    }

    /** Every account, as {@code /api/admin/users} lists them a page at a time, by name then email. */
    public static java.util.List<jakarta.json.JsonObject> accounts(Visitor admin) {
        java.util.List<jakarta.json.JsonObject> all = new java.util.ArrayList<>();
        for (int page = 1;; page++) {
            Http.Answer answer = admin.get("/api/admin/users?size=100&page=" + page);
            if (answer.status() != 200) {
                throw new IllegalStateException("/api/admin/users answered " + answer.status() + ": " + answer.body());
            }
            jakarta.json.JsonObject json = answer.json();
            java.util.List<jakarta.json.JsonObject> hits = json.getJsonArray("hits").getValuesAs(
                    jakarta.json.JsonObject.class);
            all.addAll(hits);
            if (hits.isEmpty() || all.size() >= json.getJsonNumber("total").longValue()) {
                return all;
            }
        }
    }

    /** Every account as JSON text, to look for a name or an email in. */
    public static String accountsJson(Visitor admin) {
        return accounts(admin).toString();
    }
}
