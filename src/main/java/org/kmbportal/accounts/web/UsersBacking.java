package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;
import org.kmbportal.web.LocaleBean;
import org.kmbportal.web.PostRedirectGet;
import org.kmbportal.web.QuotedText;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.Role;

/**
 * The administrators' list of accounts ({@code admin/users.xhtml}), where roles are changed one account at a time. The
 * page sends every row's ticks with each row's Save: only that row is saved, and ticks changed in other rows stay as
 * ticked, marked "not saved yet" and named in the message, so nothing ticked is dropped without a word. With hundreds
 * of accounts the list comes a page at a time, and can be narrowed to the accounts whose name or email holds some
 * words: {@link UsersList}.
 */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    /**
     * One account as the list shows it, with the roles being edited; {@code suspendedSince} the day its access was
     * suspended (yyyy-mm-dd), empty while it has access.
     */
    public record Row(long id, String email, String displayName, String organization, String suspendedSince)
            implements
                Serializable {

        public boolean suspended() {
            return !suspendedSince.isEmpty();
        }
    }

    @Inject
    transient AdministrationService administration;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient OwnRolesRenewal own;

    @Inject
    transient LocaleBean locale;

    private List<Row> rows;
    /** The accounts the page shows of {@link #rows}: its search and page. */
    private UsersList list;
    private final Map<Long, List<String>> roles = new HashMap<>();
    /** Each account's roles as stored, to tell which rows hold ticks not saved yet. */
    private final Map<Long, Set<String>> stored = new HashMap<>();
    /** The account whose every role the administrator is about to remove: a second Save confirms it. */
    private Long confirmingNoRole;

    /** The account whose access the administrator is about to suspend: a second "Suspend access" confirms it. */
    private Long confirmingSuspension;

    /** The ticks as a Save left them (saved or not), and the question it asked, across the redirect that answers it. */
    private record Kept(HashMap<Long, ArrayList<String>> roles, Long confirmingNoRole, Long confirmingSuspension)
            implements
                Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The flash key of {@link Kept}. */
    private static final String KEPT = "kmb.users";

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        list = new UsersList(rows);
        for (Account a : administration.accounts()) {
            rows.add(new Row(a.getId(), a.getEmail(), a.getDisplayName(),
                    a.getOrganization() == null ? "" : a.getOrganization().getName(),
                    a.getSuspendedAt().map(t -> t.toLocalDate().toString()).orElse("")));
            roles.put(a.getId(), new ArrayList<>(a.getRoles().stream().map(Role::key).toList()));
            stored.put(a.getId(), Set.copyOf(roles.get(a.getId())));
        }
        PostRedirectGet.kept(KEPT, Kept.class).ifPresent(kept -> {
            // Sent here by a row's Save: the ticks not saved yet in other rows stay ticked.
            kept.roles().forEach((id, ticked) -> {
                if (roles.containsKey(id)) {
                    roles.put(id, new ArrayList<>(ticked));
                }
            });
            confirmingNoRole = kept.confirmingNoRole();
            confirmingSuspension = kept.confirmingSuspension();
        });
    }

    /**
     * Saves one row's ticks, then answers with the list's own address (Post/Redirect/Get): a reload or Back after it
     * never sends the roles again. The message and every row's ticks go with the redirect.
     */
    public void save(long accountId) throws IOException, ServletException {
        saveRow(accountId);
        if (jakarta.faces.context.FacesContext.getCurrentInstance().getResponseComplete()) {
            // Taking one's own roles: the sign-in was renewed, or the page already leads to signing in again.
            return;
        }
        answer();
    }

    /** Answers with the list's own address, the message and every row's ticks going with the redirect. */
    private void answer() throws IOException {
        HashMap<Long, ArrayList<String>> ticks = new HashMap<>();
        roles.forEach((id, ticked) -> ticks.put(id, new ArrayList<>(ticked)));
        PostRedirectGet.to(list.address(), KEPT, new Kept(ticks, confirmingNoRole, confirmingSuspension));
    }

    /**
     * Suspends the account's access, asked twice: the first press says what it does and a second press on the same
     * row does it. Ticks not saved in any row stay ticked, as with Save.
     */
    public void suspend(long accountId) throws IOException {
        confirmingNoRole = null;
        Row row = row(accountId);
        String refusal = row == null ? null : suspendRefusal(row);
        if (refusal != null) {
            // A page from before (the row had the button then): said at once, not after asking to confirm.
            confirmingSuspension = null;
            messages.error(refusal);
            answer();
            return;
        }
        if (!Long.valueOf(accountId).equals(confirmingSuspension)) {
            confirmingSuspension = accountId;
            messages.warning("admin.suspend.confirm", who(row));
            answer();
            return;
        }
        confirmingSuspension = null;
        try {
            messages.info(administration.suspendAccess(accountId) ? "admin.suspended" : "admin.suspend.unchanged",
                    who(row));
        } catch (AccountException e) {
            messages.error(e.messageKey());
        }
        answer();
    }

    /** Gives a suspended account its access back, at once: nothing is lost by it. */
    public void restore(long accountId) throws IOException {
        confirmingNoRole = null;
        confirmingSuspension = null;
        try {
            messages.info(administration.restoreAccess(accountId) ? "admin.restored" : "admin.suspend.unchanged",
                    who(row(accountId)));
        } catch (AccountException e) {
            messages.error(e.messageKey());
        }
        answer();
    }

    /**
     * Why this row offers no "Suspend access", said in its place (a message key), or null when it offers it: it is the
     * administrator's own access (another administrator can suspend it), or the only administrator's with access left
     * (the portal needs one). The row had the button, which asked to confirm and then refused (user session us48); the
     * service refuses both still.
     */
    public String suspendRefusal(Row row) {
        if (row.suspended()) {
            return null;
        }
        if (own.isCaller(row.email())) {
            return "admin.suspend.self";
        }
        String admin = Role.ADMIN.key();
        boolean lastAdministrator = stored.getOrDefault(row.id(), Set.of()).contains(admin) && rows.stream().filter(
                r -> !r.suspended() && stored.getOrDefault(r.id(), Set.of()).contains(admin)).count() <= 1;
        return lastAdministrator ? "admin.suspend.lastAdmin" : null;
    }

    /** Whether the next "Suspend access" on this row suspends it (the first press asked). */
    public boolean isConfirmingSuspension(long accountId) {
        return Long.valueOf(accountId).equals(confirmingSuspension);
    }

    private Row row(long accountId) {
        return rows.stream().filter(r -> r.id() == accountId).findFirst().orElse(null);
    }

    /** The row's person in a message: their name as typed, or their email without one. */
    private String who(Row row) {
        return QuotedText.name(row == null
                ? ""
                : row.displayName().isBlank()
                        ? row.email()
                        : row.displayName(),
                locale.getCurrent());
    }

    private void saveRow(long accountId) throws IOException, ServletException {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.getOrDefault(accountId, List.of()).forEach(k -> Role.fromKey(k).ifPresent(chosen::add));
        if (administration.wouldLeaveNoAdministrator(accountId, chosen)) {
            // Refused whatever is pressed next: said now, not after a "press Save again" that cannot succeed.
            confirmingNoRole = null;
            refused("admin.lastAdmin", accountId);
            return;
        }
        if (chosen.isEmpty() && !Long.valueOf(accountId).equals(confirmingNoRole)) {
            confirmingNoRole = accountId;
            String who = rows.stream().filter(r -> r.id() == accountId).map(Row::email).findFirst().orElse("");
            messages.error("admin.roles.noneLeft", who);
            tellUnsaved(accountId);
            return;
        }
        confirmingNoRole = null;
        confirmingSuspension = null;
        try {
            boolean changed = administration.changeRoles(accountId, chosen);
            stored.put(accountId, chosen.stream().map(Role::key).collect(Collectors.toSet()));
            Row row = rows.stream().filter(r -> r.id() == accountId).findFirst().orElse(null);
            String who = who(row);
            // Saved without a change: "Roles saved" would claim a change the audit log does not have. Saved, the
            // words name the account and its roles now (the page came back without a word that it was: prof57).
            messages.info(changed ? "admin.rolesSavedNow" : "admin.roles.unchanged", who, roleNames(chosen));
            tellUnsaved(accountId);
            if (changed && row != null && own.isCaller(row.email())) {
                own.renew();
            }
        } catch (AccountException e) {
            refused(e.messageKey(), accountId);
        }
    }

    private void refused(String messageKey, long accountId) {
        // Whose roles were not changed, why, and the roles they keep.
        Row row = row(accountId);
        Set<Role> kept = EnumSet.noneOf(Role.class);
        stored.getOrDefault(accountId, Set.of()).forEach(k -> Role.fromKey(k).ifPresent(kept::add));
        messages.error("admin.rolesNotSaved", who(row), messages.text(messageKey), roleNames(kept));
        // Only this row goes back to its stored roles: the ticks in other rows stay as they were.
        roles.put(accountId, new ArrayList<>(stored.getOrDefault(accountId, Set.of())));
        tellUnsaved(accountId);
    }

    /** The roles in the reader's language, in the list's order ("Member, Mentor"), or "no role". */
    private String roleNames(Set<Role> chosen) {
        return chosen.isEmpty()
                ? messages.text("admin.roles.none")
                : chosen.stream().sorted().map(r -> messages.text("role." + r.key())).collect(Collectors.joining(
                        ", "));
    }

    /** Whether the row's ticks differ from the account's stored roles (ticked, not saved yet). */
    public boolean isUnsaved(long accountId) {
        return !Set.copyOf(roles.getOrDefault(accountId, List.of())).equals(stored.getOrDefault(accountId, Set.of()));
    }

    /** Names the other rows whose ticks are not saved yet, which stay ticked on the page. */
    private void tellUnsaved(long savedId) {
        List<String> others = rows.stream().filter(r -> r.id() != savedId && isUnsaved(r.id())).map(Row::email)
                .toList();
        if (!others.isEmpty()) {
            messages.warning("admin.roles.othersUnsaved", String.join(", ", others));
        }
    }

    /** Which accounts the list shows: the search and the page, both in the address. */
    public UsersList getList() {
        return list;
    }

    /** The refusal of a search too long, in the reader's language, with the limit and its length; else null. */
    public String getQueryRefusal() {
        return list.refusedQuery() == null
                ? null
                : messages.lengthRefusal(list.refusedQuery(), UsersList.QUERY_MAX, "search.error.tooLongHere");
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<Long, List<String>> getRoles() {
        return roles;
    }
}
