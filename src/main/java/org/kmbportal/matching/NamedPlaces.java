package org.kmbportal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmbportal.library.Label;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.library.Vocabulary;

/**
 * The values of the context facets an organization's paragraph states about itself, for the facets the taxonomy
 * describes ({@code descriptions:} in {@code taxonomy.yaml}, where a context value's description lists the ways
 * organizations say it, separated by commas): "a farming region an hour from the city" or « en région » says a rural
 * organization, "a fly-in community" or « nordique » a remote one. A way of saying it right after a negation ("not
 * rural", « pas en région ») says nothing. Nothing about the facets is in code: a library describes the context facets
 * a paragraph can state, and only those are read.
 */
final class NamedPlaces {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "non", "never", "nor", "pas", "ni", "jamais");
    private static final int NEGATION_REACH = 3;

    /** By language, by facet, by value, the ways of saying it: sequences of folded words. */
    private final Map<String, Map<String, Map<String, List<List<String>>>>> cues = new HashMap<>();

    NamedPlaces(Taxonomy taxonomy) {
        for (String language : List.of("en", "fr")) {
            Map<String, Map<String, List<List<String>>>> byFacet = new LinkedHashMap<>();
            for (Vocabulary facet : taxonomy.contextFacets()) {
                Map<String, Label> described = taxonomy.descriptions(facet.key());
                Map<String, List<List<String>>> byValue = new LinkedHashMap<>();
                facet.terms().forEach(term -> {
                    Label ways = described.get(term.key());
                    if (ways != null) {
                        List<List<String>> said = new ArrayList<>();
                        for (String way : ways.in(language).split(",")) {
                            List<String> words = NamedGroups.words(way, language);
                            if (!words.isEmpty()) {
                                said.add(words);
                            }
                        }
                        byValue.put(term.key(), said);
                    }
                });
                if (!byValue.isEmpty()) {
                    byFacet.put(facet.key(), byValue);
                }
            }
            cues.put(language, byFacet);
        }
    }

    /** The values of each described context facet that the text states, in the taxonomy's order; a facet it states nothing of is left out. */
    Map<String, List<String>> in(String text, String language) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return named;
        }
        String lang = "fr".equals(language) ? "fr" : "en";
        List<String> words = NamedGroups.words(text, lang);
        cues.get(lang).forEach((facet, values) -> {
            List<String> said = new ArrayList<>();
            values.forEach((value, ways) -> {
                if (ways.stream().anyMatch(way -> says(words, way))) {
                    said.add(value);
                }
            });
            if (!said.isEmpty()) {
                named.put(facet, List.copyOf(said));
            }
        });
        return named;
    }

    private static boolean says(List<String> words, List<String> way) {
        for (int i = 0; i + way.size() <= words.size(); i++) {
            if (words.subList(i, i + way.size()).equals(way) && words.subList(Math.max(0, i - NEGATION_REACH), i)
                    .stream().noneMatch(NEGATIONS::contains)) {
                return true;
            }
        }
        return false;
    }
}
