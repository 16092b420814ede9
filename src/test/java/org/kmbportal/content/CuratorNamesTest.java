package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.Taxonomy;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/**
 * Found by a user: the shipped collections' curator stayed "KMb Portal editorial team" on the French pages. A
 * collection file may name its curator in both languages ({@code curator: {en: "…", fr: "…"}}); readers see the name
 * in their language, the file round-trips unchanged, and a single name reads as before.
 */
class CuratorNamesTest {

    private static String collection(String language, String curatorLine) {
        return "---\nid: curated\ntype: collection\ntitle: \"Curated\"\nlanguage: " + language
                + "\npublished: 2025-03-01\n" + curatorLine + "\ndescription: \"First reads\"\nvisibility: public\n"
                + "items:\n  - {url: \"https://www.mentoring.org/\", title: \"MENTOR\", note: \"Standards\"}\n---\n";
    }

    /** Generated names in each language: accents, quotes, apostrophes, emoji. */
    static Stream<Arguments> names() {
        return Stream.of("en", "fr").flatMap(language -> Gen.tries("curator-names-" + language, 20,
                GeneratedText.oddTitles(120)).map(name -> Arguments.of(language, name)));
    }

    @Test
    void theShippedCollectionsNameTheirCuratorInTheReadersLanguage() {
        BatchValidator.Validated shipped = BatchValidator.validate(ContentBatch.fromFolder(Fixtures.contentDir()),
                Taxonomy.EMPTY, id -> Optional.empty());
        assertFalse(shipped.collections().isEmpty());
        for (CollectionContent c : shipped.collections()) {
            assertEquals("Équipe éditoriale du Portail KMb", c.curatorFor("fr"), c.id());
            assertEquals("fr", c.curatorLanguageFor("fr"), c.id());
            assertEquals("KMb Portal editorial team", c.curatorFor("en"), c.id());
            assertEquals("en", c.curatorLanguageFor("en"), c.id());
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void bothNamesAreReadShownInTheReadersLanguageAndWrittenBackUnchanged(String language, String name) {
        String english = name.replace("\"", "'").strip() + " team";
        String french = "Équipe « " + name.replace("\"", "'").strip() + " » d’ici";
        String text = collection(language, "curator: {en: \"" + english + "\", fr: \"" + french + "\"}");
        ContentFile file = Fixtures.read("collections/curated.md", text);
        assertEquals(List.of(), file.problems());
        CollectionContent c = file.collection().orElseThrow();
        assertEquals("en".equals(language) ? english : french, c.curator(), "the name in the collection's language");
        assertEquals(english, c.curatorFor("en"));
        assertEquals(french, c.curatorFor("fr"));
        String written = ContentWriter.write(c);
        assertEquals(c, Fixtures.read("collections/curated.md", written).collection().orElseThrow(), written);
        assertEquals(written, ContentWriter.write(Fixtures.read("collections/curated.md", written).collection()
                .orElseThrow()));
    }

    @Test
    void aSingleNameReadsAndWritesAsBeforeAndShowsInEveryLanguage() {
        ContentFile file = Fixtures.read("collections/curated.md", collection("en", "curator: \"A mentor\""));
        assertEquals(List.of(), file.problems());
        CollectionContent c = file.collection().orElseThrow();
        assertEquals("A mentor", c.curatorFor("fr"));
        assertEquals("en", c.curatorLanguageFor("fr"), "the page says the name is in English");
        assertTrue(ContentWriter.write(c).contains("\ncurator: \"A mentor\"\n"), ContentWriter.write(c));
    }

    @Test
    void theNameInTheCollectionsLanguageIsRequired() {
        ContentFile file = Fixtures.read("collections/curated.md", collection("fr",
                "curator: {en: \"Editorial team\"}"));
        assertTrue(file.hasErrors());
        assertTrue(file.problems().stream().anyMatch(p -> p.message().contains("'curator.fr' is required")),
                file.problems().toString());
    }
}
