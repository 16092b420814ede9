package org.kmbportal.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person may do. Readers are anonymous and have no role. Roles are independent: an administrator
 * manages people, an editor manages the library; one person may hold both.
 */
public enum Role {
    MEMBER, MENTOR, EDITOR, ADMIN;

    /** The group name Jakarta Security and the URL constraints in web.xml use. */
    public String group() {
        return name();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key().equalsIgnoreCase(key == null ? "" : key.strip()))
                .findFirst();
    }
}
