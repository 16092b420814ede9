package org.kmbportal.accounts;

import java.util.Set;

/** The signed-in person making the current request, as services need to know them. */
public record Caller(long accountId, String email, String displayName, Set<Role> roles, Long organizationId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Who did something, as the audit log and revisions record it. */
    public String label() {
        return displayName + " <" + email + ">";
    }
}
