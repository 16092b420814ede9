package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.MatchingFixture;

/**
 * Labels listed in a reason read as separate groups: a user session read "children (6 to 11) or newcomer and refugee
 * youth", where "or" seems to join "children" and "newcomer"; a label that holds "and" itself is set apart by a comma.
 */
class ListedLabelsTest {

    private static final Taxonomy TAXONOMY = MatchingFixture.sharedShippedLibrary().taxonomy();

    @Test
    void aLabelThatSaysAndIsSetApartFromTheOthers() {
        assertEquals("children (6 to 11), or newcomer and refugee youth", new Wording(TAXONOMY, "en").values(
                "populations", List.of("children", "newcomer-youth")));
        assertEquals("enfants (6 à 11 ans), ou jeunes nouveaux arrivants et réfugiés", new Wording(TAXONOMY, "fr")
                .values("populations", List.of("children", "newcomer-youth")));
        assertEquals("Indigenous youth, newcomer and refugee youth, or 2SLGBTQ+ youth", new Wording(TAXONOMY, "en")
                .values("populations", List.of("indigenous-youth", "newcomer-youth", "lgbtq-youth")));
    }

    @Test
    void labelsWithoutAndAreListedAsBefore() {
        assertEquals("Indigenous youth or 2SLGBTQ+ youth", new Wording(TAXONOMY, "en").values("populations", List
                .of("indigenous-youth", "lgbtq-youth")));
        assertEquals("jeunes autochtones ou jeunes 2ELGBTQ+", new Wording(TAXONOMY, "fr").values("populations", List
                .of("indigenous-youth", "lgbtq-youth")));
    }
}
