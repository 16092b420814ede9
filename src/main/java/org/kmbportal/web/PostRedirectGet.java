package org.kmbportal.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Answers a form's button with a redirect to a page's own address (Post/Redirect/Get): a page that answered its POST
 * itself made Back, after moving on, show the browser's "Confirm form resubmission", and a reload send the form again.
 * The button's messages go with the redirect, and so does the page's state (what was typed and not saved) in the JSF
 * flash, which the page reads back when it loads.
 */
public final class PostRedirectGet {

    private PostRedirectGet() {
    }

    /** Redirects to {@code address} (a path within the portal), keeping the messages. */
    public static void to(String address) {
        to(address, null, null);
    }

    /** Redirects to {@code address} (a path within the portal), keeping the messages and {@code state} under {@code key}. */
    public static void to(String address, String key, Serializable state) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (key != null) {
            external.getFlash().put(key, state);
        }
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Mojarra's flash does its end-of-request work (and writes its cookie) when asked to with this attribute set,
     * as its own redirect does.
     */
    private static final String FLASH_LAST_PHASE = "com.sun.faces.context.flash.ACT_AS_DO_LAST_PHASE_ACTIONS";

    /**
     * Ends the flash's work for this request now, before the page is rendered (from a page's view action): the flash
     * writes its cookie at the end of the request, which for a long page comes after the page has started to go out,
     * and the cookie is then lost (Mojarra's JSF1095 warning). What the page needs from the flash is read before this
     * call; the messages it kept are on the page already.
     */
    public static void settleFlash() {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Map<Object, Object> attributes = faces.getAttributes();
        attributes.put(FLASH_LAST_PHASE, Boolean.FALSE);
        try {
            faces.getExternalContext().getFlash().doPostPhaseActions(faces);
        } finally {
            attributes.remove(FLASH_LAST_PHASE);
        }
    }

    /** The state a button kept under {@code key} when this request is the redirect it answered with. */
    public static <T> Optional<T> kept(String key, Class<T> type) {
        Object value = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(key);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }
}
