package org.kmbportal.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organization as it describes itself.
 *
 * @param context
 *            facet key (a context facet of the taxonomy, or {@code program_models}, {@code populations},
 *            {@code settings}, {@code topics}) to the organization's values; a facet left out is unknown
 * @param challenges
 *            what it struggles with, in its own words
 * @param language
 *            the language it reads, {@code en} or {@code fr}
 */
public record OrganizationProfile(Map<String, List<String>> context, String challenges, String language) {

    /**
     * The longest challenges taken: a whole paragraph pasted into a search box, refused there and carried here, fits
     * (search boxes hold as much, {@code web.Links}).
     */
    public static final int MAX_CHALLENGES = 3000;

    public OrganizationProfile {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, List.copyOf(values));
                }
            });
        }
        context = java.util.Collections.unmodifiableMap(copy);
        challenges = challenges == null ? "" : challenges.strip();
        language = "fr".equals(language) ? "fr" : "en";
    }

    /**
     * The language the paragraph is written in, from its own words: named groups and topics are read in it, whatever
     * the language of the page ({@link #language}) that only words the reasons.
     */
    public String textLanguage() {
        return org.kmbportal.search.ChallengeSearch.languageOf(challenges);
    }

    public List<String> values(String facet) {
        return context.getOrDefault(facet, List.of());
    }

    public boolean isEmpty() {
        return context.isEmpty() && challenges.isEmpty();
    }
}
