package org.kmbportal.accounts;

import java.util.List;
import java.util.Optional;

/**
 * Names an audit entry's subject for people (a partnership's or a resource's title) where a feature above accounts
 * recorded it; each such feature offers one as a CDI bean, so the audit page knows them without depending on them.
 */
public interface AuditSubjects {

    /**
     * What the subject of an entry with this action is, when this feature recorded it: named as it is now, or said to
     * be gone when it no longer exists.
     */
    Optional<Named> name(String action, String subject);

    /**
     * A subject in words. {@code kind} is a message key's last part ({@code audit.subject.kind.<kind>}); {@code name}
     * as stored now (empty when {@code gone}), in {@code language} when it has one of its own; {@code address} the
     * page that shows it within the portal (empty for none; {@code forEditors} when only editors may open it);
     * {@code parties} the names the kind's line adds ({@code audit.subject.parties}: a partnership's organizations).
     */
    record Named(String kind, String name, String language, String address, boolean forEditors,
            List<String> parties, boolean gone) {

        public static Named of(String kind, String name) {
            return new Named(kind, name == null ? "" : name, "", "", false, List.of(), false);
        }

        /** A subject of that kind that no longer exists. */
        public static Named gone(String kind) {
            return new Named(kind, "", "", "", false, List.of(), true);
        }

        public Named in(String nameLanguage) {
            return new Named(kind, name, nameLanguage, address, forEditors, parties, gone);
        }

        /** Opened at that address (a path within the portal, without its context path) by whoever reads the log. */
        public Named at(String path) {
            return new Named(kind, name, language, path, false, parties, gone);
        }

        /** Opened at that address by editors only (a resource not published). */
        public Named atForEditors(String path) {
            return new Named(kind, name, language, path, true, parties, gone);
        }

        public Named between(String first, String second) {
            return new Named(kind, name, language, address, forEditors, List.of(first, second), gone);
        }
    }
}
