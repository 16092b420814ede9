package org.kmbportal.library;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of resource in the library, by the key the content format and the API use. */
public enum ResourceType {
    RESEARCH_SUMMARY("research-summary"), PRACTICE_GUIDE("practice-guide");

    private final String key;

    ResourceType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ResourceType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
