package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.library.EvidenceDesign;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * The ranking pass reads each entry's terms, evidence and challenge relevance from the catalog laid out by place
 * (looking them up by id and dimension in hash maps was half of a match at 50,000 resources), so a match ranks as it
 * did only if the layout gives exactly what the entries and the relevance map give: the same term lists, the same
 * evidence, each place the relevance of its id (0 where the text does not reach it), for generated catalogs with
 * repeated ids, odd ids and values, untagged entries and relevance for ids the catalog does not hold.
 */
class CatalogLayoutTest {

    private static final List<String> DIMENSIONS = List.copyOf(Ranker.OVERLAPS.keySet());

    @Test
    void theLayoutGivesWhatTheEntriesAndTheRelevanceGive() {
        Random random = new Random(Gen.seed() * 41 + 9);
        Gen<String> odd = GeneratedText.shortText(4, 40);
        List<String> designs = new ArrayList<>(EvidenceDesign.keys());
        designs.addAll(List.of("", "unknown-design", "RCT"));
        int repeated = 0;
        int reached = 0;
        for (int round = 0; round < 60; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5 + random.nextInt(60); i++) {
                ids.add(random.nextInt(4) == 0 ? odd.next(random) : "r-" + i);
            }
            List<CatalogEntry> catalog = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(300); i++) {
                String id = ids.get(random.nextInt(ids.size()));
                Map<String, List<String>> terms = new HashMap<>();
                for (String dimension : DIMENSIONS) {
                    if (random.nextInt(3) > 0) {
                        List<String> values = new ArrayList<>();
                        for (int v = 0; v < random.nextInt(4); v++) {
                            values.add(random.nextBoolean() ? "value-" + random.nextInt(6) : odd.next(random));
                        }
                        terms.put(dimension, values);
                    }
                }
                String type = List.of("research-summary", "practice-guide", "collection").get(random.nextInt(3));
                catalog.add(new CatalogEntry(id, type, random.nextBoolean() ? "en" : "fr", 2000 + random.nextInt(25), 0,
                        terms, Map.of(), designs.get(random.nextInt(designs.size())), id));
            }
            Map<String, Float> relevance = new HashMap<>();
            for (int i = 0; i < random.nextInt(80); i++) {
                relevance.put(random.nextInt(5) == 0
                        ? odd.next(random) + "-elsewhere"
                        : ids.get(random.nextInt(ids
                                .size())),
                        random.nextFloat());
            }
            CatalogLayout laid = CatalogLayout.of(catalog, DIMENSIONS, CatalogLayout.NONE);
            assertSame(laid, CatalogLayout.of(catalog, DIMENSIONS, laid), "kept for the same list");
            float[] challenges = laid.challenges(relevance);
            assertEquals(catalog.size(), laid.entries.length);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int at = 0; at < catalog.size(); at++) {
                CatalogEntry entry = catalog.get(at);
                assertSame(entry, laid.entries[at]);
                for (int d = 0; d < DIMENSIONS.size(); d++) {
                    assertEquals(entry.terms(DIMENSIONS.get(d)), laid.terms(d, at));
                }
                assertEquals(Ranker.evidence(entry), laid.evidence[at]);
                Float expected = relevance.get(entry.id());
                assertEquals(expected == null ? 0f : expected, challenges[at], entry.id());
                repeated += seen.add(entry.id()) ? 0 : 1;
                reached += expected == null ? 0 : 1;
            }
        }
        assertTrue(repeated > 100, "ids repeated in a catalog: " + repeated);
        assertTrue(reached > 100, "entries the relevance reached: " + reached);
    }
}
