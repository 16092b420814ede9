package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmbportal.content.TaxonomyReader;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.search.CatalogEntry;

/**
 * {@code cautions_when}: an organization inside a resource's cautions still gets the resource, at the same score, with
 * a caution it can read in its language; {@code applies_when} alone rules out.
 */
class CautionsTest {

    private static final Taxonomy TAXONOMY = new TaxonomyReader().parse("""
            topics:
              match-closure: {en: Match closure, fr: Fin des jumelages}
            context:
              staff_turnover:
                en: Staff turnover
                fr: Roulement du personnel
                values:
                  low: {en: Low, fr: Faible}
                  moderate: {en: Moderate, fr: Modéré}
                  high: {en: High, fr: Élevé}
              organization_size:
                en: Organization size
                fr: Taille de l'organisation
                values:
                  small: {en: Small, fr: Petite}
                  large: {en: Large, fr: Grande}
            """);

    private static final Map<String, List<String>> TOPICS = Map.of("topics", List.of("match-closure"));
    private static final Map<String, List<String>> HIGH_TURNOVER = Map.of("staff_turnover", List.of("high"));

    private static CatalogEntry entry(String id, Map<String, List<String>> conditions,
            Map<String, List<String>> cautions) {
        return new CatalogEntry(id, "practice-guide", "en", 2020, 0, TOPICS, conditions, cautions, "", id);
    }

    private static OrganizationProfile profile(String turnover, String language) {
        return new OrganizationProfile(Map.of("staff_turnover", List.of(turnover), "organization_size",
                List.of("small"), "topics", List.of("match-closure")), "", language);
    }

    private static List<MatchReason> cautions(Ranker.Scored scored) {
        return scored.reasons().stream().filter(r -> r.kind() == MatchReason.Kind.CAUTION).toList();
    }

    @Test
    void anOrganizationInsideACautionGetsTheResourceWithAVisibleCaution() {
        CatalogEntry cautioned = entry("cautioned", Map.of(), HIGH_TURNOVER);
        Ranker.Scored scored = new Ranker(TAXONOMY, "en").score(cautioned, 0, profile("high", "en"));
        assertFalse(scored.ruledOut(), "a caution never rules a resource out");
        List<MatchReason> cautions = cautions(scored);
        assertEquals(1, cautions.size(), scored.reasons().toString());
        assertEquals("staff_turnover", cautions.get(0).facet());
        assertTrue(cautions.get(0).warning(), "shown among the warnings");
        assertEquals("Use with care in a situation like yours — staff turnover: high.",
                cautions.get(0).explanation());
    }

    @Test
    void theCautionIsWordedInTheReadersLanguage() {
        CatalogEntry cautioned = entry("cautioned", Map.of(), HIGH_TURNOVER);
        Ranker.Scored scored = new Ranker(TAXONOMY, "fr").score(cautioned, 0, profile("high", "fr"));
        assertEquals(
                List.of("À utiliser avec prudence dans une situation comme la vôtre — roulement du personnel\u00a0: "
                        + "élevé."),
                cautions(scored).stream().map(MatchReason::explanation).toList());
    }

    /**
     * Found by a user: "(organization size: small (fewer than 10 staff))", brackets in brackets. The shipped
     * vocabularies' labels carry their own brackets; the caution puts none around them.
     */
    @Test
    void aCautionPutsNoBracketsAroundALabelThatHasItsOwn() {
        Taxonomy shipped = new TaxonomyReader().parse("""
                topics:
                  match-closure: {en: Match closure, fr: Fin des jumelages}
                context:
                  organization_size:
                    en: Organization size
                    fr: Taille de l'organisation
                    values:
                      small: {en: Small (fewer than 10 staff), fr: Petite (moins de 10 employés)}
                      large: {en: Large (50 staff or more), fr: Grande (50 employés ou plus)}
                """);
        for (String language : List.of("en", "fr")) {
            OrganizationProfile small = new OrganizationProfile(Map.of("organization_size", List.of("small"),
                    "topics", List.of("match-closure")), "", language);
            Ranker.Scored scored = new Ranker(shipped, language).score(entry("c", Map.of(), Map.of(
                    "organization_size", List.of("small"))), 0, small);
            String caution = cautions(scored).get(0).explanation();
            int depth = 0;
            for (char c : caution.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                assertTrue(depth <= 1, "brackets in brackets: " + caution);
            }
            assertTrue(caution.contains("en".equals(language)
                    ? "small (fewer than 10 staff)"
                    : "petite (moins de 10 employés)"), caution);
        }
    }

    @Test
    void aCautionLeavesTheScoreAsItWas() {
        Ranker ranker = new Ranker(TAXONOMY, "en");
        double plain = ranker.score(entry("a", Map.of(), Map.of()), 0.4, profile("high", "en")).score();
        double cautioned = ranker.score(entry("a", Map.of(), HIGH_TURNOVER), 0.4, profile("high", "en")).score();
        assertEquals(plain, cautioned, 1e-12);
    }

    @Test
    void noCautionOutsideItsContextsOrWhereTheOrganizationDidNotSay() {
        Ranker ranker = new Ranker(TAXONOMY, "en");
        CatalogEntry cautioned = entry("cautioned", Map.of(), HIGH_TURNOVER);
        assertEquals(List.of(), cautions(ranker.score(cautioned, 0, profile("low", "en"))));
        OrganizationProfile silent = new OrganizationProfile(Map.of("topics", List.of("match-closure")), "", "en");
        assertEquals(List.of(), cautions(ranker.score(cautioned, 0, silent)));
    }

    @Test
    void appliesWhenStillRulesOutWhereACautionWouldOnlyWarn() {
        Ranker ranker = new Ranker(TAXONOMY, "en");
        CatalogEntry excluding = entry("excluding", Map.of("staff_turnover", List.of("low", "moderate")), Map.of());
        CatalogEntry cautioning = entry("cautioning", Map.of(), HIGH_TURNOVER);
        List<Ranker.Scored> ranked = ranker.rank(List.of(excluding, cautioning), Map.of(), profile("high", "en"));
        assertEquals(List.of("cautioning", "excluding"), ranked.stream().map(s -> s.entry().id()).toList());
        assertTrue(ranked.get(1).ruledOut());
        assertFalse(ranked.get(0).ruledOut());
        assertEquals(1, cautions(ranked.get(0)).size());
    }

    @Test
    void oneCautionPerFacetNamingOnlyTheOrganizationsOwnValues() {
        Map<String, List<String>> two = Map.of("staff_turnover", List.of("moderate", "high"), "organization_size",
                List.of("small"));
        Map<String, List<String>> applying = Cautions.applying(two, profile("high", "en"));
        assertEquals(Map.of("staff_turnover", List.of("high"), "organization_size", List.of("small")), applying);
        Ranker.Scored scored = new Ranker(TAXONOMY, "en").score(entry("two", Map.of(), two), 0, profile("high", "en"));
        assertEquals(2, cautions(scored).size(), scored.reasons().toString());
    }
}
