package org.kmbportal.accounts.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AuditEntry;
import org.kmbportal.accounts.AuditLog;

/** The audit log for administrators ({@code admin/audit.xhtml}): newest first. */
@Named("audit")
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 300;

    @Inject
    AuditLog audit;

    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.newest(SHOWN);
        }
        return entries;
    }
}
