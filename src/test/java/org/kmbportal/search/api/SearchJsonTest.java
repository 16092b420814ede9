package org.kmbportal.search.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.search.SearchResult;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** What the API publishes of a hit's score. */
class SearchJsonTest {

    /**
     * Related resources are scored on a search's scale, 1 / (10 + place), in the order the index gave them: the raw
     * more-like-this score (37.2, 0.004, whatever the engine's scale that day) came out as is (user session us57).
     */
    @Test
    void relatedResourcesAreScoredByTheirPlaceAsSearchHitsAre() {
        Random random = new Random(Gen.seed() * 31 + 5);
        Gen<String> titles = GeneratedText.oddTitles(120);
        for (int round = 0; round < 30; round++) {
            List<SearchResult.Hit> found = new ArrayList<>();
            int count = random.nextInt(21);
            for (int i = 0; i < count; i++) {
                float raw = (float) (random.nextDouble() * Math.pow(10, random.nextInt(6) - 2));
                found.add(new SearchResult.Hit("r-" + round + "-" + i, "practice-guide", titles.next(random),
                        random.nextBoolean() ? "en" : "fr", null, raw, null));
            }
            List<SearchJson.Hit> hits = SearchJson.related(found).hits();
            assertEquals(count, hits.size());
            for (int i = 0; i < count; i++) {
                assertEquals(found.get(i).id(), hits.get(i).id(), "in the index's order");
                assertEquals(found.get(i).title(), hits.get(i).title());
                assertEquals((float) (1.0 / (10 + i + 1)), hits.get(i).score(), "place " + (i + 1));
            }
        }
    }
}
