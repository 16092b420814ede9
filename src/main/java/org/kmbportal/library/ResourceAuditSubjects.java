package org.kmbportal.library;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.accounts.AuditSubjects;

/** Names a resource's id in the audit log (publication states, scheduling) by the resource's title. */
@ApplicationScoped
public class ResourceAuditSubjects implements AuditSubjects {

    @Inject
    ResourceRepository resources;

    @Override
    public Optional<Named> name(String subject) {
        if (subject == null || subject.isBlank() || subject.contains(":") || subject.contains("@")) {
            return Optional.empty();
        }
        return resources.findBySlug(subject).map(r -> new Named("resource", r.getTitle()));
    }
}
