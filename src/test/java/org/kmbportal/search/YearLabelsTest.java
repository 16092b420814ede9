package org.kmbportal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.lucene.facet.range.LongRange;
import org.junit.jupiter.api.Test;
import org.kmbportal.library.Taxonomy;

/**
 * The decades readers narrow a search by are labelled with years as years are written: "Before 1990", « Avant 1990 »,
 * never "Before 1,990" or « Avant 1 990 » (a year is not a quantity to group by thousands).
 */
class YearLabelsTest {

    @Test
    void everyDecadeLabelWritesItsYearsWithoutSeparatorsInBothLanguages() {
        for (String language : List.of("en", "fr")) {
            FacetLabels labels = new FacetLabels(Taxonomy.EMPTY, language);
            for (LongRange range : FacetLabels.yearRanges()) {
                String label = labels.yearLabel(range.label);
                assertTrue(
                        label.matches(".*\\b(19|20)\\d{2}\\b.*") && !label.matches(".*\\d[,\\u00a0\\u202f ]\\d{3}.*"),
                        language + ": " + label);
            }
        }
        assertEquals("Before " + (FacetLabels.yearRanges().getLast().max + 1), new FacetLabels(Taxonomy.EMPTY, "en")
                .yearLabel(FacetLabels.yearRanges().getLast().label));
        assertEquals("Avant " + (FacetLabels.yearRanges().getLast().max + 1), new FacetLabels(Taxonomy.EMPTY, "fr")
                .yearLabel(FacetLabels.yearRanges().getLast().label));
    }
}
