package org.kmbportal.content;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.curation.CollectionService;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.SaveOutcome;
import org.kmbportal.library.TaxonomyService;

/** Stores a validated batch in one transaction: the taxonomy, the resources and the collections, or nothing. */
@ApplicationScoped
public class BatchStore {

    @Inject
    TaxonomyService taxonomies;

    @Inject
    LibraryService library;

    @Inject
    CollectionService collections;

    @Transactional
    public ImportReport store(BatchValidator.Validated validated) {
        if (validated.taxonomyYaml().isPresent()) {
            taxonomies.replace(validated.taxonomyYaml().get(), validated.taxonomy().orElseThrow());
        }
        List<SaveOutcome> outcomes = new java.util.ArrayList<>(library.saveAll(validated.resources()));
        outcomes.addAll(collections.saveAll(validated.collections()));
        return validated.report().withOutcome(count(outcomes, SaveOutcome.CREATED),
                count(outcomes, SaveOutcome.UPDATED),
                count(outcomes, SaveOutcome.UNCHANGED));
    }

    private static int count(List<SaveOutcome> outcomes, SaveOutcome wanted) {
        return (int) outcomes.stream().filter(o -> o == wanted).count();
    }
}
