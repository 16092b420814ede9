package org.kmbportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.library.ResourceType;
import org.kmbportal.library.TaxonomyService;
import org.kmbportal.library.Vocabulary;
import org.kmbportal.web.ReaderLanguage;

/** The filters a search accepts: one per facet dimension, with the values each may take. */
@ApplicationScoped
public class SearchFilters {

    @Inject
    TaxonomyService taxonomies;

    /** {@code type}, the library's vocabularies in the singular ({@code topic}, ...), {@code design}, {@code language}. */
    public List<String> dimensions() {
        return new FacetLabels(taxonomies.current(), "en").dimensions();
    }

    public List<String> values(String dimension) {
        return switch (dimension) {
            case Fields.TYPE -> {
                List<String> types = new ArrayList<>(
                        Arrays.stream(ResourceType.values()).map(ResourceType::key).toList());
                types.add("collection");
                yield types;
            }
            case Fields.DESIGN -> EvidenceDesign.keys();
            case Fields.LANGUAGE -> ReaderLanguage.SUPPORTED;
            default -> taxonomies.current().facets().stream().filter(v -> Fields.dimension(v.key()).equals(dimension))
                    .findFirst().map(v -> v.terms().stream().map(t -> t.key()).toList()).orElse(List.of());
        };
    }

    /** The search dimension of a vocabulary ({@code topics} gives {@code topic}). */
    public static String dimensionOf(String vocabulary) {
        return Fields.dimension(vocabulary);
    }

    /** Empty when the value is valid; otherwise the nearest valid value (or an empty string if there is none). */
    public Optional<String> invalid(String dimension, String value) {
        List<String> values = values(dimension);
        if (values.contains(value)) {
            return Optional.empty();
        }
        return Optional.of(Vocabulary.nearest(value, values).orElse(""));
    }
}
