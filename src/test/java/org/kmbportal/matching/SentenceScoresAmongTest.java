package org.kmbportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kmbportal.search.CatalogEntry;
import org.kmbportal.search.ChallengeSearch;
import org.kmbportal.search.MatchingFixture;

/**
 * A long paragraph's sentences are scored only over the paragraph's best resources
 * ({@link ChallengeSearch#relevance(String, java.util.Collection)}), not searched over the whole library: each of
 * those resources keeps the score it had when the sentence ranked the whole library, on the same scale (the library's
 * best answer), collections included (a collection answers as its best items do, which need not be among them).
 */
class SentenceScoresAmongTest {

    @Test
    void eachSentenceScoresTheParagraphsBestAsTheWholeLibrarysSearchDid() {
        MatchingFixture library = MatchingFixture.sharedShippedLibrary();
        ChallengeSearch search = library.search();
        List<String> collections = search.catalog().stream().filter(e -> MatchFilter.COLLECTION.equals(e.type()))
                .map(CatalogEntry::id).toList();
        assertTrue(!collections.isEmpty(), "the shipped library has collections");
        int sentences = 0;
        int scored = 0;
        for (JudgedProfiles.Judged judged : JudgedProfiles.load()) {
            String text = judged.profile().challenges();
            if (!ChallengeRelevance.isLong(text)) {
                continue;
            }
            Set<String> among = new LinkedHashSet<>(search.relevance(text, MatchingService.CHALLENGE_CANDIDATES)
                    .entrySet().stream().sorted(Map.Entry.<String, Float> comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(ChallengeRelevance.SENTENCES_AMONG).map(Map.Entry::getKey).toList());
            among.addAll(collections.subList(0, Math.min(3, collections.size())));
            for (String sentence : ChallengeRelevance.sentences(text)) {
                Map<String, Float> whole = new HashMap<>();
                search.relevance(sentence, MatchingService.CHALLENGE_CANDIDATES).forEach((id, s) -> {
                    if (among.contains(id)) {
                        whole.put(id, s);
                    }
                });
                Map<String, Float> only = new HashMap<>();
                search.relevance(sentence, among).forEach((id, s) -> {
                    if (among.contains(id)) {
                        only.put(id, s);
                    }
                });
                assertEquals(whole, only, judged.id() + ": " + sentence);
                sentences++;
                scored += whole.size();
            }
        }
        assertTrue(sentences > 100 && scored > 1000, sentences + " sentences, " + scored + " scores compared");
    }
}
