package org.kmbportal.accounts.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.kmbportal.accounts.AccountDeletion;
import org.kmbportal.accounts.AccountException;
import org.kmbportal.web.ClientAddress;
import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.ReaderLanguage;

/**
 * "Delete my account" on My account: confirmed by the current password. Deleted: signed out, and a page saying so in
 * the reader's language. Refused (a wrong password, the last administrator): the message beside the field, nothing
 * changed.
 */
@Named("accountDeletion")
@RequestScoped
public class AccountDeletionBacking {

    static final String FIELD = "delete-account:deletePassword";

    @Inject
    AccountDeletion deletion;

    @Inject
    FacesMessages messages;

    private String password;

    public void delete() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String language = ReaderLanguage.of(request);
        try {
            deletion.deleteOwnAccount(password, ClientAddress.of(request));
        } catch (AccountException e) {
            messages.fieldError(FIELD, e.messageKey());
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // no messages to keep (the page says it): a plain redirect, nothing asked of the session just ended
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/account-deleted?lang=" + language);
    }

    /** Whether the field has a message (it is then marked invalid and described by it). */
    public boolean isInvalid() {
        return !FacesContext.getCurrentInstance().getMessageList(FIELD).isEmpty();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
