package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AccountService;

/** The sign-up page ({@code sign-up.xhtml}): a member account, creating an organization or joining one by code. */
@Named("signUp")
@RequestScoped
public class SignUpBacking {

    @Inject
    AccountService accounts;

    @Inject
    FacesMessages messages;

    private String email;
    private String displayName;
    private String password;
    private String confirmation;
    private String choice = "create";
    private String organizationName;
    private String joinCode;

    public void signUp() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            messages.fieldError("signup:confirmation", "signUp.mismatch");
            return;
        }
        boolean join = "join".equals(choice);
        try {
            accounts.signUp(new AccountService.SignUp(email, displayName, password, join ? null : organizationName,
                    join ? (joinCode == null ? "" : joinCode) : null));
        } catch (AccountException e) {
            messages.error(e.messageKey());
            return;
        }
        messages.info("signUp.done");
        messages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }
}
