package org.kmbportal.accounts;

/**
 * An account is being erased at its person's request ({@link AccountService#deleteOwnAccount}): fired inside that
 * transaction, before the account's row loses its email and name, so each feature erases or anonymizes what it keeps
 * about the person in the same transaction (all of it happens, or none). Work others rely on stays, said to be by
 * {@link #FORMER_MEMBER_EN} or {@link #FORMER_MEMBER_FR} where a name was shown.
 */
public record AccountErased(long accountId, String email, String displayName) {

    /** How work of an erased account is attributed, in English. */
    public static final String FORMER_MEMBER_EN = "a former member";

    /** How work of an erased account is attributed, in French. */
    public static final String FORMER_MEMBER_FR = "un ancien membre";

    /**
     * The attribution where one stored text is shown to readers of both languages (a partnership's or an editorial
     * revision's author).
     */
    public static final String FORMER_MEMBER_BOTH = FORMER_MEMBER_EN + " / " + FORMER_MEMBER_FR;

    /**
     * The LIKE pattern (escape character {@code \\}) of the labels "Name &lt;email&gt;" the features store for who did
     * something ({@code Caller.label()}), whatever the name was then.
     */
    public String labelPattern() {
        return "%<" + email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ">";
    }

    /** The attribution in a language ("en", "fr"). */
    public static String formerMember(String language) {
        return "fr".equals(language) ? FORMER_MEMBER_FR : FORMER_MEMBER_EN;
    }
}
