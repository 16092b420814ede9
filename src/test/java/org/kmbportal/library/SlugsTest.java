package org.kmbportal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** The ids made from titles: readable Latin letters in both languages, always valid, never one already taken. */
class SlugsTest {

    @Test
    void frenchLigaturesAreWrittenOutNotDropped() {
        assertEquals("le-coeur-du-jumelage", Slugs.free("Le cœur du jumelage", "x", id -> false));
        assertEquals("oeuvres-et-aevum-strasse", Slugs.free("Œuvres et ÆVUM straße", "x", id -> false));
        assertEquals("evaluer-a-peu-de-frais", Slugs.free("Évaluer à peu de frais", "x", id -> false));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void anyTitleGivesAValidFreeId(String title) {
        Set<String> taken = Set.of(Slugs.free(title, "new-guide", id -> false));
        String id = Slugs.free(title, "new-guide", taken::contains);
        assertTrue(Slugs.valid(id), id);
        assertTrue(!taken.contains(id), id);
    }

    static Stream<String> titles() {
        return Gen.tries("slug titles", 150, Gen.oneOf(GeneratedText.upTo(400), GeneratedText.libraryWords(400)));
    }
}
