package org.kmbportal.accounts;

import java.util.Optional;

/**
 * Names an audit entry's subject for people (a partnership's or a resource's title) where a feature above accounts
 * recorded it; each such feature offers one as a CDI bean, so the audit page knows them without depending on them.
 */
public interface AuditSubjects {

    /** What the subject is and its name, when this feature recorded it and it still exists. */
    Optional<Named> name(String subject);

    /** {@code kind} is a message key's last part ({@code audit.subject.kind.<kind>}); {@code name} as recorded. */
    record Named(String kind, String name) {
    }
}
