package org.kmbportal.accounts;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order administrators find people in: by name, then by email, with accents and case aside (Émile between Emil and
 * Emily, in English as in French); accounts without a name come after those with one.
 */
public final class AccountOrder {

    private static final Comparator<String> WORDS = words();

    /** By name, then email, then id (so two accounts never tie). */
    public static final Comparator<Account> BY_NAME = Comparator
            .comparing((Account a) -> name(a).isEmpty())
            .thenComparing(AccountOrder::name, WORDS)
            .thenComparing(a -> a.getEmail() == null ? "" : a.getEmail(), WORDS)
            .thenComparing(Account::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    private AccountOrder() {
    }

    private static String name(Account account) {
        return account.getDisplayName() == null ? "" : account.getDisplayName().strip();
    }

    private static Comparator<String> words() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        // Primary strength: letters only, so "élise" and "Elise" sort together, and before "Emma".
        collator.setStrength(Collator.PRIMARY);
        return collator::compare;
    }
}
