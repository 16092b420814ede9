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

    /** The bundle's words for the key, in the reader's language (a box's label, to name it in a message). */
    public String text(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

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

    /** A refusal of what a box holds: the message's key and its arguments. */
    public record Refusal(String key, Object... arguments) {
    }

    /**
     * The refusal of a name typed in a box (a person's, an organization's): longer than {@code max} as the portal
     * counts ({@link #TOO_LONG}, with the limit and its length), or holding a character no name may hold
     * ({@link #HIDDEN}, naming it); empty when it is neither. One rule for every box of a name (sign-up, one's account,
     * an invitation, a new organization), in the same words.
     */
    public static java.util.Optional<Refusal> nameRefusal(String typed, int max) {
        int length = PlainText.typedLength(typed);
        if (length > max) {
            return java.util.Optional.of(new Refusal(TOO_LONG, max, length));
        }
        int hidden = hiddenIn(typed);
        return hidden < 0
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Refusal(HIDDEN, PlainText.name(hidden)));
    }

    /**
     * Whether the name typed in the box is refused ({@link #nameRefusal}); if so, says why beside the box, in the
     * reader's language. What was typed stays in the box.
     */
    public boolean refusedName(String clientId, String typed, int max) {
        java.util.Optional<Refusal> refusal = nameRefusal(typed, max);
        refusal.ifPresent(r -> fieldError(clientId, r.key(), r.arguments()));
        return refusal.isPresent();
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
