package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.accounts.AccountException;
import org.kmbportal.accounts.AccountService;
import org.kmbportal.platform.PlainText;
import org.kmbportal.web.ReaderLanguage;

/**
 * The sign-up page ({@code sign-up.xhtml}): a member account, creating an organization or joining one by code. A
 * refused form says every field's problem at once, each beside its field.
 */
@Named("signUp")
@RequestScoped
public class SignUpBacking {

    @Inject
    AccountService accounts;

    @Inject
    FacesMessages messages;

    private static final String FORM = "signup";
    /** The page's field ids to the names of {@link AccountService.SignUp}'s parts. */
    private static final Map<String, String> SERVICE_FIELDS = Map.of("name", "displayName", "email", "email",
            "password", "password", "organization", "newOrganization", "joinCode", "joinCode");
    /**
     * The most each box keeps, as the service's rules count: a longer text is refused beside its box with the limit
     * and its length, and stays in the box (the boxes cut a paste at these lengths without a word: user session). The
     * password boxes, which never show a password again, keep their own limit and {@code PasswordPolicy}'s message.
     */
    private static final Map<String, Integer> LIMITS = Map.of("name", AccountService.NAME_MAX, "email",
            AccountService.EMAIL_MAX, "organization", AccountService.ORGANIZATION_NAME_MAX, "joinCode", 64);
    /** The boxes of names, refused beside the box for a character no name may hold, which is named. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("name", "organization");

    private String email;
    private String displayName;
    private String password;
    private String confirmation;
    private String choice = "create";
    private String organizationName;
    private String joinCode;
    /** Whether this answer refuses the form: the password boxes come back empty, and the page says so beside them. */
    private boolean refused;

    public void signUp() throws IOException {
        boolean join = "join".equals(choice);
        AccountService.SignUp form = new AccountService.SignUp(email, displayName, password,
                join ? null : organizationName, join ? (joinCode == null ? "" : joinCode) : null);
        Map<String, FacesMessages.Refusal> problems = problems(form, join);
        if (!problems.isEmpty()) {
            refused = true;
            problems.forEach((field, refusal) -> messages.fieldError(FORM + ":" + field, refusal.key(), refusal
                    .arguments()));
            return;
        }
        try {
            accounts.signUp(form);
        } catch (AccountException e) {
            refused = true;
            messages.error(e.messageKey());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // A language chosen on this browser before signing up (the switch, or an address in the other language) is
        // the person's first choice: their first sign-in on any browser opens in it (last user session of
        // 2026-12-05: a member who signed up on the French pages got English elsewhere). A browser's own preference
        // is no choice, as at sign-in.
        ReaderLanguage.rememberedChoice((HttpServletRequest) external.getRequest()).ifPresent(language -> accounts
                .rememberLanguage(email, language));
        messages.info("signUp.done");
        messages.keepForRedirect();
        external.redirect(external.getRequestContextPath() + "/sign-in");
    }

    /**
     * Every field's problem at once, by the page's field id, in the page's order: an empty field is required, then
     * the service's rules, and the confirmation must repeat the password.
     */
    private Map<String, FacesMessages.Refusal> problems(AccountService.SignUp form, boolean join) {
        Map<String, String> found = accounts.problems(form);
        Map<String, FacesMessages.Refusal> byField = new LinkedHashMap<>();
        typed(join).forEach((field, value) -> {
            Optional<FacesMessages.Refusal> refusal;
            if (value == null || value.isBlank()) {
                // the organization's part says what it wants: a name, or a colleague's join code
                refusal = Optional.of(new FacesMessages.Refusal(field.equals("joinCode") || field.equals(
                        "organization") ? "account.organizationRequired" : "field.required"));
            } else if (NAMES.contains(field)) {
                // the rule of every box of a name: too long, or a character no name may hold
                refusal = FacesMessages.nameRefusal(value, LIMITS.get(field));
            } else if (PlainText.typedLength(value) > LIMITS.getOrDefault(field, Integer.MAX_VALUE)) {
                refusal = Optional.of(new FacesMessages.Refusal(FacesMessages.TOO_LONG, LIMITS.get(field), PlainText
                        .typedLength(value)));
            } else {
                refusal = Optional.empty();
            }
            if (refusal.isEmpty() && field.equals("confirmation") && !value.equals(password)) {
                refusal = Optional.of(new FacesMessages.Refusal("signUp.mismatch"));
            } else if (refusal.isEmpty() && !field.equals("confirmation") && found.containsKey(SERVICE_FIELDS.get(
                    field))) {
                refusal = Optional.of(new FacesMessages.Refusal(found.get(SERVICE_FIELDS.get(field))));
            }
            refusal.ifPresent(r -> byField.put(field, r));
        });
        return byField;
    }

    /** What each box of the page holds, by its id, the organization's part as chosen. */
    private Map<String, String> typed(boolean join) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", displayName);
        typed.put("email", email);
        typed.put("password", password);
        typed.put("confirmation", confirmation);
        typed.put(join ? "joinCode" : "organization", join ? joinCode : organizationName);
        return typed;
    }

    /**
     * Whether the form was refused: the password boxes are then empty (a password is never written back into a page),
     * and the page says beside them that both must be typed again, rather than emptying them without a word.
     */
    public boolean isRefused() {
        return refused;
    }

    /** Whether the page's field (by its id) has a problem to show: it is then marked invalid and described by it. */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList(FORM + ":" + field).isEmpty();
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
