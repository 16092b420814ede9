package org.kmbportal.accounts.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AuditEntry;
import org.kmbportal.accounts.AuditLog;
import org.kmbportal.web.Messages;

/** The audit log for administrators ({@code admin/audit.xhtml}): newest first. */
@Named("audit")
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 300;

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    private List<AuditEntry> entries;

    /** What happened, in the reader's language ("Roles changed" for {@code roles.changed}); an unknown key as it is. */
    public String action(String key) {
        return messages.getOrDefault("audit.action." + key, key);
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.newest(SHOWN);
        }
        return entries;
    }
}
