package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AccountService;
import org.kmbportal.accounts.Role;
import org.kmbportal.web.ClientAddress;
import org.kmbportal.web.Messages;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.PostRedirectGet;
import org.kmbportal.web.QuotedText;

/** One's own account ({@code account/index.xhtml}): name, roles, organization with its join code, password. */
@Named("account")
@RequestScoped
public class AccountBacking {

    @Inject
    AccountService accounts;

    @Inject
    FacesMessages messages;

    @Inject
    Messages bundle;

    @Inject
    SessionBacking visitor;

    @Inject
    LocaleBean locale;

    private Account account;
    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String choice;
    private String organizationName;
    private String joinCode;

    public Account getAccount() {
        if (account == null) {
            account = accounts.current().orElseThrow();
        }
        return account;
    }

    /** The account's roles in words, or empty for none. */
    public String getRoleNames() {
        return String.join(", ",
                getAccount().getRoles().stream().map(Role::key).map(k -> bundle.get("role." + k)).toList());
    }

    public List<Account> getColleagues() {
        return getAccount().getOrganization() == null
                ? List.of()
                : accounts.organization(getAccount().getOrganization().getId()).members();
    }

    /**
     * Saves the display name. Done: the page again by a redirect, saying so (a reload or Back posts nothing). Refused:
     * the message beside the box, what was typed kept.
     */
    public void rename() {
        if (messages.refusedName("profile:name", displayName, AccountService.NAME_MAX)) {
            return;
        }
        try {
            accounts.rename(displayName);
            // The header shows the new name (the session had read the account before the save).
            visitor.refresh();
            messages.info("account.saved");
            PostRedirectGet.to("/account/");
        } catch (AccountException e) {
            messages.fieldError("profile:name", e.messageKey());
        }
    }

    /**
     * Changes the password. Done: the page again by a redirect, saying so (a reload or Back posts nothing). Refused:
     * the message beside the box it is about; the passwords typed are not shown again.
     */
    public void changePassword() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            long epoch = accounts.changePassword(currentPassword, newPassword, ClientAddress.of(request));
            SessionEpochFilter.remember(request.getSession(false), java.util.OptionalLong.of(epoch));
            messages.info("account.passwordChanged");
            PostRedirectGet.to("/account/");
        } catch (AccountException e) {
            boolean aboutCurrent = "account.wrongPassword".equals(e.messageKey())
                    || "account.tooManyTries".equals(e.messageKey());
            messages.fieldError(aboutCurrent ? "password:current" : "password:replacement", e.messageKey());
        }
    }

    /** Whether a field of a form ({@code "form:field"}) has a message (it is then marked invalid and described by it). */
    public boolean invalidField(String clientId) {
        return !FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty();
    }

    /**
     * Makes an account that belongs to no organization (an invited mentor, editor or administrator) a member of one:
     * the one whose join code is typed, or a new one. Done: the page again, saying so (a reload posts nothing). Refused:
     * the message beside the field, what was typed kept.
     */
    public void joinOrganization() {
        boolean joining = "join".equals(choice)
                || (choice == null && joinCode != null && !joinCode.isBlank());
        if (!joining && messages.refusedName("organization-form:organizationName", organizationName,
                AccountService.ORGANIZATION_NAME_MAX)) {
            return;
        }
        try {
            var organization = accounts.joinOrganization(joining ? joinCode : null, joining ? null : organizationName);
            visitor.refresh();
            // Between the language's quotation marks in both languages, as typed (its own marks kept), on one line
            // (the English message named it bare where the French one quoted it: user session us53).
            messages.info(joining ? "account.organizationJoined" : "account.organizationCreated",
                    QuotedText.name(organization.getName(), locale.getCurrent()));
            PostRedirectGet.to("/account/");
        } catch (AccountException e) {
            if ("account.alreadyInOrganization".equals(e.messageKey())) {
                // joined meanwhile (another tab): the form is gone from the page, so the words go above it
                messages.error(e.messageKey());
                PostRedirectGet.to("/account/");
                return;
            }
            messages.fieldError(joining ? "organization-form:joinCode" : "organization-form:organizationName",
                    e.messageKey());
        }
    }

    /** Whether a field of the organization form has a message (it is then marked invalid and described by it). */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList("organization-form:" + field).isEmpty();
    }

    public String getChoice() {
        return choice == null ? "create" : choice;
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

    public String getDisplayName() {
        return displayName == null ? getAccount().getDisplayName() : displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
