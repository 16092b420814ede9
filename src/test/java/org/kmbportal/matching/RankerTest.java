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

/** The rules of the ranking, each on a tiny catalog. */
class RankerTest {

    private static final Taxonomy TAXONOMY = new TaxonomyReader().parse("""
            topics:
              match-closure: {en: Match closure, fr: Fin des jumelages}
              mentor-training: {en: Mentor training, fr: Formation des mentors}
            program_models:
              one-to-one: {en: One-to-one mentoring, fr: Mentorat individuel}
              group: {en: Group mentoring, fr: Mentorat de groupe}
            settings:
              school: {en: School-based, fr: En milieu scolaire}
              community: {en: Community-based, fr: En milieu communautaire}
            context:
              organization_size:
                en: Organization size
                fr: Taille de l'organisation
                values:
                  small: {en: Small, fr: Petite}
                  large: {en: Large, fr: Grande}
            """);

    private static CatalogEntry entry(String id, String language, Map<String, List<String>> terms,
            Map<String, List<String>> conditions, String group) {
        return new CatalogEntry(id, "research-summary", language, 2020, 0, terms, conditions, "rct", group);
    }

    private static OrganizationProfile small(String language) {
        return new OrganizationProfile(Map.of("organization_size", List.of("small"), "topics", List.of("match-closure"),
                "settings", List.of("community")), "", language);
    }

    @Test
    void aResourceWhoseConditionsRuleTheOrganizationOutDropsFarDownWithTheReason() {
        CatalogEntry forLarge = entry("for-large", "en", Map.of("topics", List.of("match-closure")),
                Map.of("organization_size", List.of("large")), "for-large");
        CatalogEntry general = entry("general", "en", Map.of("topics", List.of("mentor-training")), Map.of(),
                "general");
        List<Ranker.Scored> ranked = new Ranker(TAXONOMY, "en").rank(List.of(forLarge, general), Map.of(), small("en"));
        assertEquals("general", ranked.get(0).entry().id(), "even off-topic, a resource that fits comes first");
        Ranker.Scored ruledOut = ranked.get(1);
        assertTrue(ruledOut.ruledOut());
        MatchReason warning = ruledOut.reasons().stream().filter(MatchReason::warning).findFirst().orElseThrow();
        assertEquals("organization_size", warning.facet());
        assertEquals("Made for other organizations — organization size: large; yours: small.", warning.explanation());
    }

    @Test
    void fitsAndSharedTermsAreExplainedInTheReadersLanguage() {
        CatalogEntry fitting = entry("fitting", "fr", Map.of("topics", List.of("match-closure")),
                Map.of("organization_size", List.of("small")), "fitting");
        Ranker.Scored scored = new Ranker(TAXONOMY, "fr").rank(List.of(fitting), Map.of(), small("fr")).get(0);
        List<String> explanations = scored.reasons().stream().map(MatchReason::explanation).toList();
        assertTrue(
                explanations.contains(
                        "Conçu pour des organismes comme le vôtre — taille de l'organisation\u00a0: petite."),
                explanations.toString());
        assertTrue(
                explanations.contains(
                        "Porte sur le thème «\u00a0fin des jumelages\u00a0», un sujet que vous voulez travailler."),
                explanations.toString());
    }

    @Test
    void evidenceFromAnotherSettingCarriesATransferabilityWarning() {
        CatalogEntry school = entry("school", "en", Map.of("topics", List.of("match-closure"), "settings",
                List.of("school")), Map.of(), "school");
        CatalogEntry community = entry("community", "en", Map.of("topics", List.of("match-closure"), "settings",
                List.of("community")), Map.of(), "community");
        List<Ranker.Scored> ranked = new Ranker(TAXONOMY, "en").rank(List.of(school, community), Map.of(), small("en"));
        assertEquals("community", ranked.get(0).entry().id());
        assertTrue(ranked.get(1).reasons().stream().anyMatch(r -> r.warning() && r.explanation()
                .equals("Evidence from another setting (school-based) than yours (community-based): check that it transfers.")));
        assertFalse(ranked.get(1).ruledOut(), "a warning, not an exclusion");
    }

    @Test
    void theReadersLanguageVersionStandsInForItsTranslation() {
        CatalogEntry english = entry("study", "en", Map.of("topics", List.of("match-closure")), Map.of(), "study");
        CatalogEntry french = entry("study-fr", "fr", Map.of("topics", List.of("match-closure")), Map.of(), "study");
        CatalogEntry onlyEnglish = entry("other", "en", Map.of("topics", List.of("match-closure")), Map.of(), "other");
        List<String> ids = new Ranker(TAXONOMY, "fr").rank(List.of(english, french, onlyEnglish), Map.of(), small("fr"))
                .stream().map(s -> s.entry().id()).toList();
        assertEquals(List.of("study-fr", "other"), ids);
    }

    @Test
    void challengesWeighMostAndTheRankingIsDeterministic() {
        CatalogEntry a = entry("a", "en", Map.of(), Map.of(), "a");
        CatalogEntry b = entry("b", "en", Map.of(), Map.of(), "b");
        OrganizationProfile profile = new OrganizationProfile(Map.of(), "volunteers leave", "en");
        Ranker ranker = new Ranker(TAXONOMY, "en");
        assertEquals("b", ranker.rank(List.of(a, b), Map.of("b", 1f, "a", 0.2f), profile).get(0).entry().id());
        assertEquals(List.of("a", "b"), ranker.rank(List.of(b, a), Map.of(), profile).stream()
                .map(s -> s.entry().id()).toList(), "ties break by id, whatever the input order");
    }

    @Test
    void aProfileWithUnknownFacetsOrValuesIsRefusedWithTheNearestOne() {
        var facet = ProfileCheck.check(new OrganizationProfile(Map.of("organisation_size", List.of("small")), "", "en"),
                TAXONOMY).orElseThrow();
        assertTrue(facet.message().contains("did you mean 'organization_size'"));
        var value = ProfileCheck.check(new OrganizationProfile(Map.of("organization_size", List.of("smal")), "", "en"),
                TAXONOMY).orElseThrow();
        assertTrue(value.message().contains("did you mean 'small'"));
        var tooLong = ProfileCheck.check(
                new OrganizationProfile(Map.of(), "x".repeat(OrganizationProfile.MAX_CHALLENGES + 1), "en"), TAXONOMY);
        assertEquals("challenges_too_long", tooLong.orElseThrow().code());
    }

    @Test
    void theBestFewComeInTheSameOrderWithTheSameScoresAndReasonsAsInTheWholeRanking() {
        List<CatalogEntry> catalog = List.of(
                entry("for-large", "en", Map.of("topics", List.of("match-closure")),
                        Map.of("organization_size", List.of("large")), "for-large"),
                entry("school", "en", Map.of("topics", List.of("match-closure"), "settings", List.of("school")),
                        Map.of(), "school"),
                entry("community", "en", Map.of("topics", List.of("match-closure"), "settings",
                        List.of("community")), Map.of("organization_size", List.of("small")), "community"),
                entry("french", "fr", Map.of("topics", List.of("mentor-training")), Map.of(), "french"),
                entry("plain", "en", Map.of(), Map.of(), "plain"));
        Ranker ranker = new Ranker(TAXONOMY, "en");
        Map<String, Float> relevance = Map.of("school", 0.8f, "plain", 0.3f);
        List<Ranker.Scored> whole = ranker.rank(catalog, relevance, small("en"));
        List<Ranker.Scored> best = ranker.rank(catalog, relevance, small("en"), 3);
        assertEquals(3, best.size());
        for (int i = 0; i < best.size(); i++) {
            assertEquals(whole.get(i).entry().id(), best.get(i).entry().id());
            assertEquals(whole.get(i).score(), best.get(i).score(), 1e-12);
            assertEquals(whole.get(i).reasons(), best.get(i).reasons());
        }
    }
}
