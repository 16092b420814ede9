package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/** Checks a profile against the taxonomy: every facet and value must exist; the challenges have a length limit. */
public final class ProfileCheck {

    /** Why a profile was refused, with the nearest valid value when there is one. */
    public record Problem(String code, String message) {
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
                return Optional.of(new Problem("unknown_facet",
                        "'" + entry.getKey() + "' is not a facet of this library"
                                + Vocabulary.nearest(entry.getKey(), facets).map(n -> "; did you mean '" + n + "'?")
                                        .orElse(".")));
            }
            for (String value : entry.getValue()) {
                if (!vocabulary.get().contains(value)) {
                    return Optional.of(new Problem("unknown_value", "'" + value + "' is not a value of '"
                            + entry.getKey()
                            + "'"
                            + vocabulary.get().nearest(value).map(n -> "; did you mean '" + n + "'?").orElse(".")));
                }
            }
        }
        int length = org.kmbportal.platform.PlainText.typedLength(profile.challenges());
        if (length > OrganizationProfile.MAX_CHALLENGES) {
            return Optional.of(new Problem("challenges_too_long", "The challenges are "
                    + length + " characters long; at most " + OrganizationProfile.MAX_CHALLENGES
                    + " are allowed."));
        }
        return Optional.empty();
    }
}
