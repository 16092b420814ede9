package org.kmbportal.content;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.Taxonomy;

/** What the portal exports, it imports again unchanged, and exporting that gives the same files. */
class ContentWriterTest {

    @Test
    void everyShippedResourceSurvivesExportImportExport() {
        BatchValidator.Validated shipped = BatchValidator.validate(ContentBatch.fromFolder(Fixtures.contentDir()),
                Taxonomy.EMPTY, id -> Optional.empty());
        ContentReader reader = new ContentReader(shipped.taxonomy().orElseThrow());
        for (ResourceContent resource : shipped.resources()) {
            String exported = ContentWriter.write(resource);
            ContentFile reimported = reader.read(resource.id() + ".md", exported);
            assertEquals(List.of(), reimported.problems(), resource.id() + ":\n" + exported);
            assertEquals(resource, reimported.resource().orElseThrow(), resource.id());
            assertEquals(exported, ContentWriter.write(reimported.resource().get()), resource.id());
        }
        for (CollectionContent collection : shipped.collections()) {
            String exported = ContentWriter.write(collection);
            ContentFile reimported = reader.read(collection.id() + ".md", exported);
            assertEquals(collection, reimported.collection().orElseThrow(), collection.id());
            assertEquals(exported, ContentWriter.write(reimported.collection().get()));
        }
    }

    /**
     * A collection's content export notes on its line a resource no longer in the library (as the other exports name
     * it); the file imports as the collection it was, the note being a YAML comment.
     */
    @Test
    void theNoteOnAResourceNoLongerInTheLibraryLeavesTheCollectionFileImportingAsBefore() {
        BatchValidator.Validated shipped = BatchValidator.validate(ContentBatch.fromFolder(Fixtures.contentDir()),
                Taxonomy.EMPTY, id -> Optional.empty());
        ContentReader reader = new ContentReader(shipped.taxonomy().orElseThrow());
        int marked = 0;
        for (CollectionContent collection : shipped.collections()) {
            for (String language : List.of("en", "fr")) {
                List<org.kmbportal.curation.ReadingItem> gone = collection.items().stream().filter(
                        org.kmbportal.curation.CollectionEntry::isResource)
                        .map(e -> new org.kmbportal.curation.ReadingItem(
                                e.resource(), null, null, e.resource(), null, e.note(), null,
                                org.kmbportal.curation.ReadingItem.ARCHIVED))
                        .toList();
                String exported = org.kmbportal.curation.api.CollectionsResource.markedOutOfLibrary(ContentWriter
                        .write(collection), gone, language);
                marked += (int) exported.lines().filter(l -> l.contains("resource: ") && l.endsWith(gone.get(0)
                        .outOfLibraryIn(language))).count();
                ContentFile reimported = reader.read(collection.id() + ".md", exported);
                assertEquals(List.of(), reimported.problems(), exported);
                assertEquals(collection, reimported.collection().orElseThrow(), collection.id());
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(marked > 0, "resources marked");
    }

    @Test
    void quotesTextThatWouldOtherwiseChangeMeaning() {
        ContentFile original = Fixtures.read("summaries/x.md", Fixtures.SUMMARY
                .replace("title: \"Why some mentoring relationships fail early\"",
                        "title: \"Yes: #1 'quoted' \\\"text\\\" - true\"")
                .replace("volume: \"22\"", "volume: \"022\""));
        ResourceContent resource = original.resource().orElseThrow();
        ContentFile again = Fixtures.read("summaries/x.md", ContentWriter.write(resource));
        assertEquals(resource, again.resource().orElseThrow());
        assertEquals("Yes: #1 'quoted' \"text\" - true", again.resource().get().title());
        assertEquals("022", assertInstanceOf(ResearchSummaryContent.class, again.resource().get()).citation().volume());
    }

    @Test
    void writesTheFrenchNoBreakSpaceAsItIsSoTheHistoryAndExportsReadAsWritten() {
        ContentFile original = Fixtures.read("summaries/x.md", Fixtures.SUMMARY.replace(
                "title: \"Why some mentoring relationships fail early\"",
                "title: \"Bien terminer un jumelage\u00a0: au revoir\u00a0! C:\\\\_x\""));
        ResourceContent resource = original.resource().orElseThrow();
        String written = ContentWriter.write(resource);
        // The YAML library writes U+00A0 as the escape \_, which editors then read in the history's differences.
        assertEquals(true, written.contains("title: \"Bien terminer un jumelage\u00a0: au revoir\u00a0! C:\\\\_x\""),
                written);
        assertEquals(resource, Fixtures.read("summaries/x.md", written).resource().orElseThrow());
        assertEquals("Bien terminer un jumelage\u00a0: au revoir\u00a0! C:\\_x", resource.title());
    }
}
