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

    private Account account;
    private String displayName;
    private String currentPassword;
    private String newPassword;

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

    public void rename() {
        try {
            accounts.rename(displayName);
            account = null;
            // The header, rendered after this, shows the new name (it had read the account before the save).
            visitor.refresh();
            messages.info("account.saved");
        } catch (AccountException e) {
            messages.error(e.messageKey());
        }
    }

    public void changePassword() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            long epoch = accounts.changePassword(currentPassword, newPassword, ClientAddress.of(request));
            SessionEpochFilter.remember(request.getSession(false), java.util.OptionalLong.of(epoch));
            messages.info("account.passwordChanged");
        } catch (AccountException e) {
            messages.error(e.messageKey());
        }
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
