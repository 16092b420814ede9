package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.Invitation;
import org.kmbportal.accounts.Role;
import org.kmbportal.platform.PortalSettings;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.PageNumbers;
import org.kmbportal.web.PostRedirectGet;
import org.kmbportal.web.ReaderLanguage;

/**
 * Inviting editors and mentors ({@code admin/invitations.xhtml}). The portal sends no email: the link is shown once,
 * to be passed on by the administrator. The invitations made are listed newest first, {@value #PAGE_SIZE} to a page
 * ({@code ?page=}).
 */
@Named("invitations")
@RequestScoped
public class InvitationsBacking {

    @Inject
    PortalSettings settings;

    @Inject
    AdministrationService administration;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleBean locale;

    @Inject
    HttpServletRequest request;

    /** How many invitations a page lists. */
    static final int PAGE_SIZE = 50;

    private String email;
    private String role = Role.EDITOR.key();
    /** The choice of the invitee's own language, the one of their browser (the link then names none). */
    static final String THEIRS = "theirs";

    /**
     * The language the invitation opens in, "en" or "fr", or {@value #THEIRS}; null until chosen (or when the form sent
     * none): the page's.
     */
    private String language;
    private String link;
    private int page = 1;
    /** Whether the page asked for was no page number ({@code ?page=abc}, {@code ?page=-3}): the first is shown. */
    private boolean pageNotNumber;
    private Long count;

    /** The page as a button left it, across the redirect that answers it. */
    private record Kept(String email, String role, String language, String link) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The refusals that are about the address typed, said beside its box. */
    private static final java.util.Set<String> EMAIL_REFUSALS = java.util.Set.of("account.badEmail",
            "admin.alreadyHasRole");

    /** The flash key of {@link Kept}. */
    private static final String KEPT = "kmb.invitations";

    /** After a button: the link made (shown once) or the address and role typed, as the button left them. */
    @PostConstruct
    void keptFromButton() {
        PostRedirectGet.kept(KEPT, Kept.class).ifPresent(kept -> {
            email = kept.email();
            role = kept.role();
            language = kept.language();
            link = kept.link();
        });
    }

    /**
     * Makes the invitation, then answers with the page's own address (Post/Redirect/Get): a reload or Back after it
     * never sends it again (a second invitation). The link and the message, or the refusal with what was typed, go
     * with the redirect.
     */
    public void invite() {
        made();
        PostRedirectGet.to("/admin/invitations", KEPT, new Kept(email, role, language, link));
    }

    private void made() {
        try {
            String base = linkBase(settings, request);
            AdministrationService.NewInvitation created = administration.invite(email,
                    Role.fromKey(role).orElse(Role.EDITOR));
            // In the language chosen (the page's unless the administrator says otherwise): the link always carried the
            // page's, and an invitee who reads the other got the page in it, whatever theirs (user session us53).
            // THEIRS leaves it to the invitee's browser. Either way the invitation page's language switch keeps what
            // is typed.
            link = base + created.token() + (ReaderLanguage.isSupported(getLanguage())
                    ? "&" + ReaderLanguage.PARAMETER + "=" + getLanguage()
                    : "");
            email = null;
            // An address that has an account gets the role added on acceptance, its name and password kept: the
            // invitation's own page says so, and so does the message after Create (user session).
            messages.info(administration.forAnAccount(created.invitation())
                    ? "admin.invitedAccount"
                    : "admin.invited",
                    created.invitation().getEmail());
        } catch (AccountException e) {
            // A refused address is said beside its box (the browser's tooltip said it before, in its own language).
            if (EMAIL_REFUSALS.contains(e.messageKey())) {
                messages.fieldError("invite:email", e.messageKey());
            } else {
                messages.error(e.messageKey());
            }
        }
    }

    /**
     * The absolute address of invitations (the token follows), as the administrator passes them on: on the portal's
     * configured address
     * ({@code kmb.public-url}). Without one, the request's own host is used only when it is this machine (a portal
     * tried out locally); a {@code Host} header naming anything else could send the invitation's token elsewhere.
     *
     * @throws AccountException
     *             when no trustworthy address is known
     */
    public static String linkBase(PortalSettings settings, HttpServletRequest request) {
        return settings.publicUrl().orElseGet(() -> localOrigin(request)
                .orElseThrow(() -> new AccountException("admin.publicUrlNeeded",
                        "Set kmb.public-url (KMB_PUBLIC_URL) to the portal's address to make invitation links.")))
                + request.getContextPath() + "/invitation?token=";
    }

    private static java.util.Optional<String> localOrigin(HttpServletRequest request) {
        String host = request.getServerName();
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
                || host.equals("::1") || host.equals(request.getLocalAddr());
        if (!local) {
            return java.util.Optional.empty();
        }
        String url = request.getRequestURL().toString();
        return java.util.Optional.of(url.substring(0, url.length() - request.getRequestURI().length()));
    }

    /** This page's invitations, newest first. */
    public List<Invitation> getAll() {
        return administration.invitations((getCurrentPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** How many invitations were made, on every page. */
    public long getCount() {
        if (count == null) {
            count = administration.invitationCount();
        }
        return count;
    }

    public int getCurrentPage() {
        return Math.min(page, getPageCount());
    }

    public int getPageCount() {
        return (int) Math.max(1, (getCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page numbers offered: up to four either side of this one. */
    public List<Integer> getPages() {
        return PageNumbers.around(getCurrentPage(), getPageCount());
    }

    /** The address of a page of the list. */
    public String pageUrl(int number) {
        return request.getContextPath() + "/admin/invitations?page=" + number;
    }

    public String getPage() {
        return String.valueOf(page);
    }

    /**
     * The page asked for; anything but a page number is the first page, past the last the last, and the page says
     * which it shows ({@link #getPageNotice}): it showed another page without a word (task fix60, as the accounts).
     */
    public void setPage(String asked) {
        pageNotNumber = asked != null && !asked.isBlank() && !PageNumbers.isNumber(asked);
        page = pageNotNumber ? 1 : PageNumbers.askedOrPast(asked);
    }

    /** What the page says when the page asked for is not the one shown ({@link PageNumbers#notice}), or null. */
    public String getPageNotice() {
        return getCount() == 0 ? null : PageNumbers.notice(pageNotNumber, page, getPageCount());
    }

    /** The languages an invitation can open in: the portal's, then {@value #THEIRS} (their browser's). */
    public List<String> getLanguages() {
        List<String> languages = new java.util.ArrayList<>(ReaderLanguage.SUPPORTED);
        languages.add(THEIRS);
        return languages;
    }

    /** The language chosen for the invitation; until then, the page's. */
    public String getLanguage() {
        return language == null ? locale.getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = ReaderLanguage.isSupported(language) || THEIRS.equals(language) ? language : null;
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
