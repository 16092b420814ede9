package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/** Checks a profile against the taxonomy: every facet and value must exist; the challenges have a length limit. */
public final class ProfileCheck {

    /**
     * Why a profile was refused, with the nearest valid value when there is one: in English, and as the message
     * bundle's key and arguments for a reader of another language (the nearest is the key's last argument, or none).
     */
    public record Problem(String code, String message, String key, List<Object> arguments) {
    }

    private ProfileCheck() {
    }

    public static Optional<Problem> check(OrganizationProfile profile, Taxonomy taxonomy) {
        List<String> facets = new ArrayList<>();
        taxonomy.vocabularies().stream().filter(v -> v.kind() != Vocabulary.Kind.CAPACITY)
                .forEach(v -> facets.add(v.key()));
        for (var entry : profile.context().entrySet()) {
            // Capacities describe partnerships, not organizations' contexts.
            Optional<Vocabulary> vocabulary = taxonomy.vocabulary(entry.getKey())
                    .filter(v -> v.kind() != Vocabulary.Kind.CAPACITY);
            if (vocabulary.isEmpty()) {
                Optional<String> nearest = Vocabulary.nearest(entry.getKey(), facets);
                return Optional.of(new Problem("unknown_facet", "'" + entry.getKey() + "' is not a facet of this"
                        + " library" + nearest.map(n -> "; did you mean '" + n + "'?").orElse("."),
                        nearest.isPresent() ? "api.error.unknownFacetNearest" : "api.error.unknownFacet",
                        nearest.isPresent() ? List.of(entry.getKey(), nearest.get()) : List.of(entry.getKey())));
            }
            for (String value : entry.getValue()) {
                if (!vocabulary.get().contains(value)) {
                    Optional<String> nearest = vocabulary.get().nearest(value);
                    return Optional.of(new Problem("unknown_value", "'" + value + "' is not a value of '"
                            + entry.getKey() + "'" + nearest.map(n -> "; did you mean '" + n + "'?").orElse("."),
                            nearest.isPresent() ? "api.error.unknownValueNearest" : "api.error.unknownValue",
                            nearest.isPresent()
                                    ? List.of(value, entry.getKey(), nearest.get())
                                    : List.of(value, entry.getKey())));
                }
            }
        }
        int length = org.kmbportal.platform.PlainText.typedLength(profile.challenges());
        if (length > OrganizationProfile.MAX_CHALLENGES) {
            return Optional.of(new Problem("challenges_too_long", "The challenges are "
                    + length + " characters long; at most " + OrganizationProfile.MAX_CHALLENGES
                    + " are allowed.", "api.error.challengesTooLong",
                    List.of(length,
                            OrganizationProfile.MAX_CHALLENGES)));
        }
        return Optional.empty();
    }
}
