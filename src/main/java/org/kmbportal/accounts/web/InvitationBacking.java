package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.Messages;

import java.io.IOException;
import java.util.Optional;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.Invitation;
import org.kmbportal.web.ClientAddress;

/** The page an invitation link opens ({@code invitation.xhtml?token=}): choose a name and password, or confirm one. */
@Named("invitation")
@ViewScoped
public class InvitationBacking implements java.io.Serializable {

    @Inject
    transient AdministrationService administration;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient OwnRolesRenewal own;

    @Inject
    transient Messages words;

    private String token;
    private String email;
    private String role;
    private boolean valid;
    private String displayName;
    private String password;
    /** Whether the address has an account: the page then asks for its password only (a name typed would be lost). */
    private boolean hasAccount;
    /** Whether this answer refuses the form: the password box comes back empty, and the page says so beside it. */
    private boolean refused;

    public void load() {
        Optional<Invitation> open = token == null ? Optional.empty() : administration.openInvitation(token);
        valid = open.isPresent();
        open.ifPresent(i -> {
            email = i.getEmail();
            role = i.getRole().key();
            hasAccount = administration.forAnAccount(i);
        });
    }

    public void accept() throws IOException, jakarta.servlet.ServletException {
        if (!hasAccount && messages.refusedName("accept:name", displayName, AccountService.NAME_MAX)) {
            refused = true;
            return;
        }
        // Accepted for the account signed in here: its sessions end (its roles changed), but this one is signed in
        // again with the new role and goes on, told so; "An administrator changed your account's roles" on the sign-in
        // page was wrong, they had just accepted it themselves (user session us54).
        boolean forCaller = hasAccount && own.isCaller(email);
        try {
            administration.accept(token, displayName, password, ClientAddress.of(
                    (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                            .getRequest()));
        } catch (AccountException e) {
            refused = true;
            String field = fieldOf(e.messageKey());
            if (field == null) {
                messages.error(e.messageKey());
            } else {
                messages.fieldError("accept:" + field, e.messageKey());
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (forCaller) {
            own.renew();
            if (FacesContext.getCurrentInstance().getResponseComplete()) {
                // It could not be done: the session ended, with the usual notice.
                return;
            }
            messages.info("invitation.acceptedSignedIn", words.get("role." + role));
            messages.keepForRedirect();
            external.redirect(external.getRequestContextPath() + "/");
            return;
        }
        messages.info("invitation.accepted");
        messages.keepForRedirect();
        external.redirect(external.getRequestContextPath() + "/sign-in");
    }

    /**
     * The box a refusal is about, or null for the whole form: a refused password (too short, common, wrong for the
     * account) is said beside its box, as on sign-up and the account page, not only at the top (user session us55).
     */
    static String fieldOf(String messageKey) {
        if (messageKey.startsWith("password.") || messageKey.equals("invitation.wrongPassword")) {
            return "password";
        }
        return messageKey.equals("account.badName") ? "name" : null;
    }

    /** Whether the page's field (by its id) has a message: it is then marked invalid and described by it. */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList("accept:" + field).isEmpty();
    }

    /**
     * Whether the form was refused: the password box is then empty (a password is never written back into a page),
     * and the page says beside it that it must be typed again, rather than emptying it without a word.
     */
    public boolean isRefused() {
        return refused;
    }

    public boolean isHasAccount() {
        return hasAccount;
    }

    public boolean isValid() {
        return valid;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
