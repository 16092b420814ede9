package org.kmbportal.partnerships;

import java.util.Optional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Role;

/** Who is looking at partnerships, as the access rules need to know them. */
public record Participant(Long accountId, Long organizationId, boolean mentor, boolean admin) {

    public static final Participant ANONYMOUS = new Participant(null, null, false, false);

    public static Participant of(Optional<Caller> caller) {
        return caller.map(c -> new Participant(c.accountId(), c.organizationId(), c.has(Role.MENTOR),
                c.has(Role.ADMIN))).orElse(ANONYMOUS);
    }

    public boolean signedIn() {
        return accountId != null;
    }
}
