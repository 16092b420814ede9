package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import org.kmbportal.accounts.Account;
import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AdministrationService;
import org.kmbportal.accounts.Role;

/** The administrators' list of accounts ({@code admin/users.xhtml}), where roles are changed one account at a time. */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    /** One account as the list shows it, with the roles being edited. */
    public record Row(long id, String email, String displayName, String organization) implements Serializable {
    }

    @Inject
    transient AdministrationService administration;

    @Inject
    transient FacesMessages messages;

    @Inject
    transient OwnRolesRenewal own;

    private List<Row> rows;
    private final Map<Long, List<String>> roles = new HashMap<>();
    /** The account whose every role the administrator is about to remove: a second Save confirms it. */
    private Long confirmingNoRole;

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        for (Account a : administration.accounts()) {
            rows.add(new Row(a.getId(), a.getEmail(), a.getDisplayName(),
                    a.getOrganization() == null ? "" : a.getOrganization().getName()));
            roles.put(a.getId(), new ArrayList<>(a.getRoles().stream().map(Role::key).toList()));
        }
    }

    public void save(long accountId) throws IOException, ServletException {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.getOrDefault(accountId, List.of()).forEach(k -> Role.fromKey(k).ifPresent(chosen::add));
        if (chosen.isEmpty() && !Long.valueOf(accountId).equals(confirmingNoRole)) {
            confirmingNoRole = accountId;
            String who = rows.stream().filter(r -> r.id() == accountId).map(Row::email).findFirst().orElse("");
            messages.error("admin.roles.noneLeft", who);
            return;
        }
        confirmingNoRole = null;
        try {
            administration.changeRoles(accountId, chosen);
            messages.info("admin.rolesSaved");
            String email = rows.stream().filter(r -> r.id() == accountId).map(Row::email).findFirst().orElse("");
            if (own.isCaller(email)) {
                own.renew();
            }
        } catch (AccountException e) {
            messages.error(e.messageKey());
            load();
        }
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
