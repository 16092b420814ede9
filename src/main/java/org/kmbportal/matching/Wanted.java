package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile's answers, looked up once for a whole ranking rather than once per resource: the dimensions shared
 * with resources in the order of {@link Ranker#OVERLAPS}, and every facet answered. A population or setting the
 * organization did not choose but its paragraph names ({@link NamedGroups}) counts as chosen, said so in its
 * reason; so does the value of a context facet the form leaves empty and the paragraph states ({@link
 * NamedPlaces}: "a farming region", « en région »), except that a resource made for other values is not ruled
 * out by it (a paragraph is read, not answered).
 */
final class Wanted {

    static final List<Map.Entry<String, Double>> DIMENSIONS = List.copyOf(Ranker.OVERLAPS.entrySet());

    final Map<String, List<String>> byFacet;
    final List<List<String>> byDimension = new ArrayList<>();
    final List<Boolean> fromParagraph = new ArrayList<>();
    final boolean longParagraph;
    /** The context facets whose values only the paragraph states. */
    final Set<String> saidFacets = new HashSet<>();
    /** By dimension, how common in the catalog the organization's values are ({@link CatalogValueCounts#common}). */
    final double[] common = new double[DIMENSIONS.size()];
    /** The places some resource in the reader's language is made for ({@link Ranker#PLACE}). */
    final Set<String> placesInLanguage;

    Wanted(OrganizationProfile profile, NamedGroups groups, NamedPlaces places, CatalogValueCounts counts) {
        longParagraph = ChallengeRelevance.isLong(profile.challenges());
        byFacet = new HashMap<>(profile.context());
        places.in(TimeInTheParagraph.read(profile.challenges()), profile.textLanguage()).forEach((facet, said) -> {
            if (values(facet).isEmpty()) {
                byFacet.put(facet, said);
                saidFacets.add(facet);
            }
        });
        Map<String, List<String>> named = groups.in(TimeInTheParagraph.read(profile.challenges()),
                profile.textLanguage());
        for (Map.Entry<String, Double> dimension : DIMENSIONS) {
            List<String> chosen = profile.values(dimension.getKey());
            List<String> said = named.getOrDefault(dimension.getKey(), List.of());
            byDimension.add(chosen.isEmpty() ? said : chosen);
            fromParagraph.add(chosen.isEmpty() && !said.isEmpty());
        }
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            common[d] = counts.common(DIMENSIONS.get(d).getKey(), byDimension.get(d));
        }
        placesInLanguage = counts.madeFor(Ranker.PLACE, profile.language());
    }

    List<String> values(String facet) {
        List<String> values = byFacet.get(facet);
        return values == null ? List.of() : values;
    }
}
