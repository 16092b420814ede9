package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * A collection's title is too long by one rule, whoever asks (the service before saving, the edit page beside the box):
 * over 500 characters as readers count them (an emoji one), the spaces around it aside, with its length.
 */
class CollectionTitleLengthTest {

    private static final List<String> WIDE = List.of("🌊", "𝒜", "👩🏽‍🏫", "é", "« »", "<b>");

    @Test
    void aTitleIsTooLongPastFiveHundredCharactersAsReadersCountThem() {
        Random random = new Random(Gen.seed());
        Gen<String> words = GeneratedText.oddTitles(120);
        for (int i = 0; i < 400; i++) {
            StringBuilder title = new StringBuilder();
            int wanted = 440 + random.nextInt(120);
            while (title.codePointCount(0, title.length()) < wanted) {
                title.append(random.nextInt(4) == 0 ? WIDE.get(random.nextInt(WIDE.size())) : words.next(random))
                        .append(' ');
            }
            String kept = title.toString().strip();
            int length = kept.codePointCount(0, kept.length());
            String typed = " \t".repeat(random.nextInt(3)) + kept + "\n ".repeat(random.nextInt(3));
            Optional<CollectionChecks.TitleTooLong> refused = CollectionChecks.titleTooLong(typed);
            assertEquals(length > CollectionChecks.TITLE_MAX, refused.isPresent(), length + ": " + kept);
            refused.ifPresent(r -> assertEquals(length, r.length()));
        }
        assertTrue(CollectionChecks.titleTooLong(null).isEmpty());
        assertTrue(CollectionChecks.titleTooLong("🌊".repeat(500)).isEmpty(), "500 emoji are 500 characters");
        assertEquals(501, CollectionChecks.titleTooLong("🌊".repeat(501)).orElseThrow().length());
    }
}
