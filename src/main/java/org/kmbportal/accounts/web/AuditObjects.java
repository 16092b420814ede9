package org.kmbportal.accounts.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.kmbportal.accounts.AccountErased;
import org.kmbportal.accounts.AccountRepository;
import org.kmbportal.accounts.AuditEntry;
import org.kmbportal.accounts.AuditSubjects;
import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.Links;
import org.kmbportal.web.Messages;

/**
 * What an audit entry is about, in words for the audit page ("About"): an account by its name (with its email, which
 * identifies it), an organization by its name, a partnership by its title and its two organizations, a resource by
 * its title in its own language; each linked to the page that shows it where the reader may open it; one deleted since
 * said to be gone. The ids stay in the log's API ({@code /api/admin/audit}).
 */
@RequestScoped
public class AuditObjects {

    @Inject
    AccountRepository accounts;

    @Inject
    Instance<AuditSubjects> features;

    @Inject
    Messages messages;

    @Inject
    Links links;

    @Inject
    Guard guard;

    /**
     * An entry's subject for people: {@code name} (in {@code language} when it has one), opened at {@code address}
     * (empty: not a page the reader may open), and {@code about}, the line under it saying what it is.
     */
    public record Subject(String name, String language, String address, String about) {
    }

    public Subject of(AuditEntry entry) {
        String id = entry.getSubject() == null ? "" : entry.getSubject();
        if (id.equals("(archive)")) {
            return plain(messages.get("audit.subject.archive"), kind("archive"));
        }
        if (id.startsWith("account:") || AccountErased.isFormerMember(id)) {
            // An account deleted since: its tombstone's id (account.deleted), or the marker where an address was.
            return plain(messages.get("audit.who." + AccountErased.FORMER_MEMBER), messages.get(
                    "audit.subject.accountGone"));
        }
        if (id.startsWith("organization:")) {
            return number(id, "organization:").flatMap(accounts::organization).map(o -> plain(o.getName(), kind(
                    "organization"))).orElseGet(() -> plain(gone("organization"), ""));
        }
        if (id.contains("@")) {
            return accounts.byEmail(id).map(a -> new Subject(a.getDisplayName().isBlank() ? id : a.getDisplayName(),
                    "", links.home() + "admin/users?q=" + Links.encode(id), kind("account") + " · " + id))
                    .orElseGet(() -> plain(id, messages.get("audit.subject.noAccount")));
        }
        for (AuditSubjects feature : features) {
            Optional<AuditSubjects.Named> named = feature.name(entry.getAction(), id);
            if (named.isPresent()) {
                return said(named.get());
            }
        }
        return plain(id, "");
    }

    private Subject said(AuditSubjects.Named named) {
        if (named.gone()) {
            return plain(gone(named.kind()), "");
        }
        boolean opens = !named.address().isEmpty() && (!named.forEditors() || guard.has(Role.EDITOR));
        String about = kind(named.kind());
        if (named.parties().stream().anyMatch(p -> !p.isBlank())) {
            about += " · " + (named.parties().get(0).isBlank()
                    ? messages.get("audit.subject.with", named.parties().get(1))
                    : messages.get("audit.subject.between", named.parties().get(0), named.parties().get(1)));
        }
        return new Subject(named.name(), named.language(), opens ? links.home() + named.address() : "", about);
    }

    private static Subject plain(String name, String about) {
        return new Subject(name, "", "", about);
    }

    private String kind(String key) {
        return messages.getOrDefault("audit.subject.kind." + key, key);
    }

    /** "A resource deleted since" and the like. */
    private String gone(String key) {
        return messages.getOrDefault("audit.subject.gone." + key, kind(key));
    }

    private static Optional<Long> number(String id, String prefix) {
        try {
            return Optional.of(Long.parseLong(id.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
