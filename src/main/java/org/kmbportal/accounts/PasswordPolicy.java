package org.kmbportal.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, not a common password (the shipped list,
 * alone or followed by digits and symbols, such as {@code Password2024!}), not one character repeated or a run of the
 * keyboard, and not the person's own email name. Pure, so it is tested without a server.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final String LIST = "/org/kmbportal/accounts/common-passwords.txt";
    private static final Set<String> COMMON = load();
    private static final String[] RUNS = {"0123456789012345678901234567890", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1qaz2wsx3edc4rfv5tgb6yhn7ujm"};

    /** Why a password is refused: a message key of the bundle. */
    public enum Problem {
        TOO_SHORT("password.tooShort"), TOO_LONG("password.tooLong"), COMMON("password.common"), PATTERN(
                "password.pattern"), PERSONAL("password.personal");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<Problem> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String base = lower.replaceAll("[^\\p{L}]+$", "");
        String letters = lower.replaceAll("[^\\p{L}\\p{N}]", "");
        if (COMMON.contains(lower) || COMMON.contains(base) || COMMON.contains(letters)
                || COMMON.contains(letters.replaceAll("\\d+$", ""))) {
            return Optional.of(Problem.COMMON);
        }
        if (lower.chars().distinct().count() <= 2 || isRun(letters)) {
            return Optional.of(Problem.PATTERN);
        }
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*", "");
        if (name.length() >= 4 && lower.contains(name)) {
            return Optional.of(Problem.PERSONAL);
        }
        return Optional.empty();
    }

    private static boolean isRun(String letters) {
        if (letters.isEmpty()) {
            return false;
        }
        for (String run : RUNS) {
            if (run.contains(letters) || new StringBuilder(run).reverse().toString().contains(letters)) {
                return true;
            }
        }
        return false;
    }

    static int listSize() {
        return COMMON.size();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
