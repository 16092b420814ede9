package org.kmbportal.accounts.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.Invitation;
import org.kmbportal.accounts.Role;

/**
 * Inviting editors and mentors ({@code admin/invitations.xhtml}). The portal sends no email: the link is shown once,
 * to be passed on by the administrator.
 */
@Named("invitations")
@RequestScoped
public class InvitationsBacking {

    @Inject
    AdministrationService administration;

    @Inject
    FacesMessages messages;

    @Inject
    HttpServletRequest request;

    private String email;
    private String role = Role.EDITOR.key();
    private String link;

    public void invite() {
        try {
            AdministrationService.NewInvitation created = administration.invite(email,
                    Role.fromKey(role).orElse(Role.EDITOR));
            link = linkFor(request, created.token());
            email = null;
            messages.info("admin.invited");
        } catch (AccountException e) {
            messages.error(e.messageKey());
        }
    }

    /** The absolute address of an invitation, as the administrator passes it on. */
    public static String linkFor(HttpServletRequest request, String token) {
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length());
        return base + request.getContextPath() + "/invitation?token=" + token;
    }

    public List<Invitation> getAll() {
        return administration.invitations();
    }

    public List<String> getInvitableRoles() {
        return List.of(Role.EDITOR.key(), Role.MENTOR.key(), Role.ADMIN.key());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getLink() {
        return link;
    }
}
