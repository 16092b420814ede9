package org.kmbportal.curation;

import java.util.Optional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Role;

/**
 * Who is looking at a collection, as the visibility rules need to know them: anonymous, or an account with its
 * organization and roles.
 */
public record Viewer(Long accountId, Long organizationId, boolean mentor, boolean editor, boolean admin) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, false, false, false);

    public static Viewer of(Optional<Caller> caller) {
        return caller.map(c -> new Viewer(c.accountId(), c.organizationId(), c.has(Role.MENTOR),
                c.has(Role.EDITOR), c.has(Role.ADMIN))).orElse(ANONYMOUS);
    }

    public boolean signedIn() {
        return accountId != null;
    }

    /** Mentors and editors curate collections. */
    public boolean curator() {
        return mentor || editor;
    }
}
