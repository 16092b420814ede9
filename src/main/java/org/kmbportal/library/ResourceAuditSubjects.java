package org.kmbportal.library;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.accounts.AuditSubjects;

/**
 * Names a resource's id in the audit log (publication states, scheduling) by the resource's title, in its own
 * language, with its page: the reader's page once published, the editor's before.
 */
@ApplicationScoped
public class ResourceAuditSubjects implements AuditSubjects {

    @Inject
    ResourceRepository resources;

    @Override
    public Optional<Named> name(String action, String subject) {
        if (subject == null || subject.isBlank() || subject.contains(":") || subject.contains("@")) {
            return Optional.empty();
        }
        Optional<Resource> found = resources.findBySlug(subject);
        if (found.isEmpty()) {
            // Publication states and scheduling are only ever recorded about a resource.
            boolean resourceAction = action != null && (action.equals("state.changed") || action.startsWith(
                    "publication."));
            return resourceAction ? Optional.of(Named.gone("resource")) : Optional.empty();
        }
        Resource r = found.get();
        Named named = Named.of(r.getType().key(), r.getTitle()).in(r.getLanguage());
        String slug = java.net.URLEncoder.encode(r.getSlug(), java.nio.charset.StandardCharsets.UTF_8);
        return Optional.of(r.getStatus() == PublicationStatus.PUBLISHED
                ? named.at("resources/" + slug)
                : named.atForEditors("editor/edit?id=" + slug));
    }
}
