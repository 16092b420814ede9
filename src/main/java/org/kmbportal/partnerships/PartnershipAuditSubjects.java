package org.kmbportal.partnerships;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.accounts.AuditSubjects;

/** Names "partnership:12" in the audit log by the partnership's title. */
@ApplicationScoped
public class PartnershipAuditSubjects implements AuditSubjects {

    @Inject
    PartnershipRepository repository;

    @Override
    public Optional<Named> name(String subject) {
        if (subject == null || !subject.startsWith("partnership:")) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(subject.substring("partnership:".length()));
            return repository.find(id).map(p -> new Named("partnership", p.getTitle()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
