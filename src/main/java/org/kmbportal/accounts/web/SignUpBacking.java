package org.kmbportal.accounts.web;

import org.kmbportal.web.FacesMessages;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

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
    private static final String TOO_LONG = FacesMessages.TOO_LONG;
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
        Map<String, String> problems = problems(form, join);
        if (!problems.isEmpty()) {
            refused = true;
            Map<String, String> typed = typed(join);
            problems.forEach((field, key) -> messages.fieldError(FORM + ":" + field, key, arguments(key, field,
                    typed.get(field))));
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
    private Map<String, String> problems(AccountService.SignUp form, boolean join) {
        Map<String, String> found = accounts.problems(form);
        Map<String, String> byField = new LinkedHashMap<>();
        typed(join).forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                // the organization's part says what it wants: a name, or a colleague's join code
                byField.put(field, field.equals("joinCode") || field.equals("organization")
                        ? "account.organizationRequired"
                        : "field.required");
            } else if (PlainText.typedLength(value) > LIMITS.getOrDefault(field, Integer.MAX_VALUE)) {
                byField.put(field, TOO_LONG);
            } else if (NAMES.contains(field) && FacesMessages.hiddenIn(value) >= 0) {
                byField.put(field, FacesMessages.HIDDEN);
            } else if (field.equals("confirmation")) {
                if (!value.equals(password)) {
                    byField.put(field, "signUp.mismatch");
                }
            } else if (found.containsKey(SERVICE_FIELDS.get(field))) {
                byField.put(field, found.get(SERVICE_FIELDS.get(field)));
            }
        });
        return byField;
    }

    /** A refusal's arguments: the limit and the length of a text too long, the character a name may not hold. */
    private static Object[] arguments(String key, String field, String typed) {
        return switch (key) {
            case TOO_LONG -> new Object[]{LIMITS.get(field), PlainText.typedLength(typed)};
            case FacesMessages.HIDDEN -> new Object[]{PlainText.name(FacesMessages.hiddenIn(typed))};
            default -> new Object[0];
        };
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
