package org.kmbportal.partnerships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * User session ci58: a check-in whose three texts were too long was refused one text at a time. Every text too long is
 * now refused at once, each named by a problem, whatever the others hold; texts within the limit are kept.
 */
class CheckInTextsTest {

    private static final String[] FIELDS = {"what_happened", "context_changes", "next_steps"};

    @Test
    void everyTextTooLongIsNamedInOneRefusal() {
        Random random = new Random(58);
        for (int round = 0; round < 64; round++) {
            String[] texts = new String[3];
            List<String> tooLong = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                boolean over = random.nextBoolean();
                texts[i] = text(random, over
                        ? CheckInService.MAX_TEXT + 1 + random.nextInt(5000)
                        : 1 + random
                                .nextInt(CheckInService.MAX_TEXT));
                if (over) {
                    tooLong.add(FIELDS[i]);
                }
            }
            CheckInWording typed = new CheckInWording(LocalDate.of(2026, 12, 7), texts[0], texts[1], texts[2]);
            if (tooLong.isEmpty()) {
                assertEquals(texts[1].strip(), CheckInService.checked(typed).contextChanges(), "round " + round);
                continue;
            }
            PartnershipException e = assertThrows(PartnershipException.class, () -> CheckInService.checked(typed));
            assertEquals(CheckInService.TOO_LONG, e.code(), "round " + round);
            assertEquals(tooLong, e.problems().stream().map(PartnershipException.Problem::field).toList(), "round "
                    + round);
            e.problems().forEach(p -> assertEquals(String.valueOf(CheckInService.MAX_TEXT), p.value()));
        }
    }

    /** Words of both languages and emoji, exactly {@code length} code points, no blank ends. */
    static String text(Random random, int length) {
        String[] words = {"rencontre", "partner", "capacité", "🙂", "📚", "élève", "youth", "évaluation", "🇨🇦"};
        StringBuilder b = new StringBuilder();
        while (b.codePointCount(0, b.length()) < length + 20) {
            b.append(words[random.nextInt(words.length)]).append(random.nextInt(7) == 0 ? "\n" : " ");
        }
        String cut = b.substring(0, b.offsetByCodePoints(0, length - 1)).strip();
        return cut + "x".repeat(length - cut.codePointCount(0, cut.length()));
    }
}
