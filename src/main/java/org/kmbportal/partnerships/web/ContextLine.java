package org.kmbportal.partnerships.web;

import java.util.List;

import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.partnerships.ProfileSnapshots;

/**
 * One change in the partner's organization profile, labelled for the reader: the facet's name and the values added
 * and taken out (for the challenges, the new and the old text). A question of one answer ({@code single}, such as the
 * organization's size) "is now" its new value, where a list "now includes" one.
 */
public record ContextLine(String facet, boolean challenges, boolean single, String added, String removed) {

    static List<ContextLine> of(List<ProfileSnapshots.Change> changes, Taxonomy taxonomy, String language) {
        return changes.stream().map(c -> {
            if (c.facet().equals("challenges")) {
                return new ContextLine("", true, false, String.join(" ", c.added()), String.join(" ", c.removed()));
            }
            String facet = taxonomy.vocabulary(c.facet()).map(v -> facetLabel(v, language)).orElse(c.facet());
            boolean single = taxonomy.vocabulary(c.facet()).map(v -> v.kind() == Vocabulary.Kind.CONTEXT)
                    .orElse(false);
            return new ContextLine(facet, false, single, labels(c.added(), c.facet(), taxonomy, language),
                    labels(c.removed(), c.facet(), taxonomy, language));
        }).toList();
    }

    private static String facetLabel(Vocabulary v, String language) {
        String label = v.label().in(language);
        return label.isEmpty() ? v.key().replace('_', ' ') : label;
    }

    private static String labels(List<String> keys, String facet, Taxonomy taxonomy, String language) {
        return String.join(", ", keys.stream().map(k -> taxonomy.label(facet, k, language)).toList());
    }
}
