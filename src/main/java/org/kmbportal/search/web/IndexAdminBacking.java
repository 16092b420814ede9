package org.kmbportal.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.Guard;
import org.kmbportal.accounts.Role;
import org.kmbportal.search.IndexConsistency;
import org.kmbportal.search.IndexStatus;
import org.kmbportal.search.RebuildProgress;
import org.kmbportal.web.Messages;

/**
 * The search index page for administrators ({@code admin/index.xhtml}): how the index compares with the database,
 * and a full rebuild with its progress (searches keep answering from the current index meanwhile).
 */
@Named("indexAdmin")
@RequestScoped
public class IndexAdminBacking {

    @Inject
    IndexConsistency index;

    @Inject
    Guard guard;

    @Inject
    Messages messages;

    private IndexStatus status;

    public IndexStatus getStatus() {
        guard.require(Role.ADMIN);
        if (status == null) {
            status = index.statusAndHeal();
        }
        return status;
    }

    public RebuildProgress getProgress() {
        guard.require(Role.ADMIN);
        return index.rebuildProgress();
    }

    public void startRebuild() {
        guard.require(Role.ADMIN);
        boolean started = index.startRebuild();
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get(started ? "admin.index.started" : "admin.index.alreadyRunning"), null));
    }
}
