package org.kmbportal.partnerships;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.accounts.AccountRepository;
import org.kmbportal.accounts.AuditSubjects;
import org.kmbportal.accounts.Organization;

/**
 * Names "partnership:12" in the audit log by the partnership's title and its two organizations, with its page
 * (administrators read every partnership).
 */
@ApplicationScoped
public class PartnershipAuditSubjects implements AuditSubjects {

    @Inject
    PartnershipRepository repository;

    @Inject
    AccountRepository accounts;

    @Override
    public Optional<Named> name(String action, String subject) {
        if (subject == null || !subject.startsWith("partnership:")) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(subject.substring("partnership:".length()));
            return Optional.of(repository.find(id).map(p -> Named.of("partnership", p.getTitle()).at(
                    "partnerships/view?id=" + id).between(organization(p.getMentorOrganizationId()),
                            organization(p
                                    .getPartnerOrganizationId())))
                    .orElseGet(() -> Named.gone("partnership")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String organization(Long id) {
        return id == null ? "" : accounts.organization(id).map(Organization::getName).orElse("");
    }
}
