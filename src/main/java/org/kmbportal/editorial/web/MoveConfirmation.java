package org.kmbportal.editorial.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.kmbportal.library.PublicationStatus;

/**
 * The question the edit page asks before a move that takes a published resource out of the public library and search
 * (back to draft, archive): which move is waiting for a yes, kept with the page so that its "Yes" and "Cancel" buttons
 * are there when they are pressed.
 */
@Named("moveConfirmation")
@ViewScoped
public class MoveConfirmation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CANCELLED = MoveConfirmation.class.getName() + ".cancelled";

    private String target;

    /** Whether moving a resource in this state to the target takes it out of public view. */
    public static boolean takesOffline(PublicationStatus from, PublicationStatus to) {
        return from == PublicationStatus.PUBLISHED && to != PublicationStatus.PUBLISHED;
    }

    void ask(String move) {
        target = move;
    }

    /** The move waiting for a yes, or null. */
    public String getTarget() {
        return target;
    }

    public boolean isAsking() {
        return target != null;
    }

    void done() {
        target = null;
    }

    void cancel() {
        FacesContext.getCurrentInstance().getAttributes().put(CANCELLED, target);
        target = null;
    }

    /** The move whose question the request before this page's redirect cancelled (see {@link #getCancelled}). */
    void cancelled(String move) {
        FacesContext.getCurrentInstance().getAttributes().put(CANCELLED, move);
    }

    /** The move whose question this very request cancelled (the page gives the focus back to its button), or "". */
    public String getCancelled() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object cancelled = faces == null ? null : faces.getAttributes().get(CANCELLED);
        return cancelled == null ? "" : cancelled.toString();
    }
}
