package org.kmbportal.accounts;

/**
 * An account is being erased at its person's request ({@link AccountService#deleteOwnAccount}): fired inside that
 * transaction, before the account's row loses its email and name, so each feature erases or anonymizes what it keeps
 * about the person in the same transaction (all of it happens, or none). Work others rely on stays, and where it
 * named the person it keeps {@link #FORMER_MEMBER} instead: a marker, not words, which pages say in the reader's
 * language when they are drawn ({@code org.kmbportal.accounts.web.Attribution}).
 *
 * @param organizationId
 *            the organization the account belonged to, or null
 */
public record AccountErased(long accountId, String email, String displayName, Long organizationId) {

    /**
     * Who did something, once the account that did it is erased. No account's email can be it (it has no {@code @}),
     * nor any label "Name &lt;email&gt;" ({@code Caller.label()}), so it never stands for a person.
     */
    public static final String FORMER_MEMBER = "former-member";

    /**
     * How the API, which has no reader's language, says {@link #FORMER_MEMBER}: as it did before the marker was stored.
     */
    public static final String FORMER_MEMBER_BOTH = "a former member / un ancien membre";

    /** How a collection's curator is named once erased: its name in each language, as the content format names one. */
    public static String formerCurator(String language) {
        return "fr".equals(language) ? "un ancien membre" : "a former member";
    }

    /**
     * The LIKE pattern (escape character {@code \\}) of the labels "Name &lt;email&gt;" the features store for who did
     * something ({@code Caller.label()}), whatever the name was then.
     */
    public String labelPattern() {
        return "%<" + email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ">";
    }

    /** Whether who was recorded is an erased account. */
    public static boolean isFormerMember(String recorded) {
        return FORMER_MEMBER.equals(recorded);
    }

    /** Who was recorded, as a page or a mail in {@code language} says it: the marker as "a former member" in it. */
    public static String inLanguage(String recorded, java.util.Locale language) {
        return isFormerMember(recorded)
                ? org.kmbportal.web.Messages.format(language, "attribution.formerMember")
                : recorded;
    }

    /** Who was recorded, as the API says it (it has no reader's language): the marker in both languages. */
    public static String forApi(String recorded) {
        return isFormerMember(recorded) ? FORMER_MEMBER_BOTH : recorded;
    }
}
