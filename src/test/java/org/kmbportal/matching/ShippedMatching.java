package org.kmbportal.matching;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.search.MatchingFixture;

/** The matching service over a test library's index and taxonomy, as the portal wires it. */
final class ShippedMatching {

    private ShippedMatching() {
    }

    static MatchingService over(MatchingFixture library) {
        MatchingService matching = new MatchingService();
        matching.search = library.search();
        matching.taxonomies = new TaxonomyService() {
            @Override
            public Taxonomy current() {
                return library.taxonomy();
            }
        };
        return matching;
    }
}
