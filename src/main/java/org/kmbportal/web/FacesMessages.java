package org.kmbportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import org.kmbportal.platform.PlainText;

/** Puts bundle messages, in the reader's language, on the page being answered (globally or for one field). */
@RequestScoped
public class FacesMessages {

    /** "At most {0} characters here; this has {1}. Your text is kept: shorten it and try again." */
    public static final String TOO_LONG = "editor.fieldTooLong";

    /** "This holds an invisible or control character ({0}), which the portal does not keep: remove it…" */
    public static final String HIDDEN = "field.invisibleCharacter";

    @Inject
    Messages messages;

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void fieldWarning(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void warning(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /**
     * Whether the typed text, trimmed as it is kept, is longer than the box's limit ({@link PlainText#length}: an emoji
     * is one character); if so, says beside the box "At most 120 characters here; this has 121." in the reader's
     * language. The page keeps what was typed: a box no longer cuts a paste silently at its limit.
     */
    public boolean tooLong(String clientId, String typed, int max) {
        int length = PlainText.typedLength(typed);
        if (length <= max) {
            return false;
        }
        fieldError(clientId, TOO_LONG, max, length);
        return true;
    }

    /**
     * The first character of the typed text, as it is kept (trimmed), that no line of text may hold
     * ({@link PlainText#forbiddenInLine}: a control character such as U+0007, a direction override, a byte-order mark),
     * or -1 when there is none.
     */
    public static int hiddenIn(String typed) {
        return typed == null ? -1 : PlainText.forbiddenInLine(typed.strip());
    }

    /**
     * Whether the typed text holds such a character ({@link #hiddenIn}); if so, says beside the box which one
     * ("U+0007") in the words every box refusing one uses ({@value #HIDDEN}). A name refused for it said only "without
     * invisible or control characters", where the editor's boxes named it (user session us52).
     */
    public boolean hiddenCharacter(String clientId, String typed) {
        int hidden = hiddenIn(typed);
        if (hidden < 0) {
            return false;
        }
        fieldError(clientId, HIDDEN, PlainText.name(hidden));
        return true;
    }

    /**
     * The refusal of a typed text longer than {@code max} ({@link PlainText#typedLength}), in the reader's language,
     * with the limit and its length as {@code key} words them ("At most 200 characters here; this has 231. Your search
     * is kept…"); null when it fits. For a box whose page shows its own refusal beside it.
     */
    public String lengthRefusal(String typed, int max, String key) {
        int length = PlainText.typedLength(typed);
        return length <= max ? null : messages.get(key, max, length);
    }

    /** Keeps messages across the redirect that follows a successful form. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = messages.get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
