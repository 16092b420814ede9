package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kmbportal.library.ResourceContent;

/**
 * Today's clearinghouse filters, the baseline matching is measured against: a resource passes if it has one of the
 * organization's values in every list the organization filled (topics, program models, populations, settings) and
 * its applies_when does not exclude the organization; passing resources are listed newest first.
 */
final class FiltersOnlyBaseline {

    private FiltersOnlyBaseline() {
    }

    static List<String> rank(List<ResourceContent> resources, OrganizationProfile profile, int k) {
        List<ResourceContent> passing = new ArrayList<>();
        for (ResourceContent r : resources) {
            boolean passes = true;
            for (String list : List.of("topics", "program_models", "populations", "settings")) {
                List<String> wanted = profile.values(list);
                if (!wanted.isEmpty() && wanted.stream().noneMatch(r.terms(list)::contains)) {
                    passes = false;
                }
            }
            for (var condition : r.appliesWhen().entrySet()) {
                List<String> theirs = profile.values(condition.getKey());
                if (!theirs.isEmpty() && theirs.stream().noneMatch(condition.getValue()::contains)) {
                    passes = false;
                }
            }
            if (passes) {
                passing.add(r);
            }
        }
        passing.sort(Comparator.comparing(ResourceContent::published).reversed().thenComparing(ResourceContent::id));
        return passing.stream().map(ResourceContent::id).limit(k).toList();
    }
}
