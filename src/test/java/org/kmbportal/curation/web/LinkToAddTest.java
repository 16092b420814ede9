package org.kmbportal.curation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.Visibility;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** The collection editor's "Add a link": what it refuses, in which words, and what it adds. */
class LinkToAddTest {

    private static CollectionForm emptyForm() {
        return CollectionForm.of(new CollectionContent("c", "Title", "en", null, Map.of(), "", "", Visibility.PRIVATE,
                List.of(), null), Set.of(), Map.of());
    }

    private static LinkToAdd typed(String url, String title, String note) {
        LinkToAdd link = new LinkToAdd();
        link.setUrl(url);
        link.setTitle(title);
        link.setNote(note);
        return link;
    }

    @Test
    void eachRefusalHasItsOwnWordsAndAnAcceptedLinkIsAddedOnce() {
        CollectionForm form = emptyForm();
        assertEquals("curation.linkSpace", typed("https://my site.org/x", "T", "").refusal(form).orElseThrow().key());
        assertEquals("curation.linkPort", typed("https://example.org:99999/", "T", "").refusal(form).orElseThrow()
                .key());
        assertEquals(Optional.of(new LinkToAdd.Refusal("curation.linkInvalid", null)), typed("ftp://example.org/",
                "T", "").refusal(form));
        assertEquals("curation.linkInvalid", typed("https://example.org/", "  ", "").refusal(form).orElseThrow()
                .key(), "a link needs a title");
        // A title over 500 characters is refused beside its own box, with the limit and its length (ui50).
        assertEquals(Optional.of(new LinkToAdd.Refusal("new-title", "editor.fieldTooLong", null, java.util.List.of(
                500, 501))), typed("https://example.org/", " " + "é".repeat(501) + " ", "").refusal(form));
        assertEquals(Optional.empty(), typed("https://example.org/long", "é".repeat(500), "").refusal(form));
        // Counted as a reader counts: an emoji is one character, not two UTF-16 units.
        assertEquals(Optional.empty(), typed("https://example.org/wide", "🌊".repeat(500), "").refusal(form));
        assertEquals(Optional.of(new LinkToAdd.Refusal("new-title", "editor.fieldTooLong", null, java.util.List.of(
                500, 501))), typed("https://example.org/wide", "😀".repeat(501), "").refusal(form));

        LinkToAdd link = typed("  https://example.org/a file.pdf ", "  A guide  ", " why it helps ");
        assertEquals(Optional.empty(), link.refusal(form));
        ItemRow row = link.row();
        assertEquals("https://example.org/a%20file.pdf", row.toEntry().url(), "a space in the path is written %20");
        assertEquals("A guide", row.toEntry().title());
        assertEquals("why it helps", row.toEntry().note());
        form.add(row);
        link.clear();
        assertTrue(link.isBlank(), "the boxes are emptied once added");
        assertEquals(Optional.of(new LinkToAdd.Refusal("curation.alreadyIn", "Again")), typed(
                "https://example.org/a%20file.pdf", " Again ", "").refusal(form), "the same address twice");
    }

    @Test
    void whateverIsTypedIsAnsweredAndAKeptCopyStaysAsItWas() {
        Random random = new Random(Gen.seed());
        Gen<String> odd = GeneratedText.upTo(2_500);
        for (int i = 0; i < 300; i++) {
            CollectionForm form = emptyForm();
            String url = random.nextBoolean() ? "https://example.org/" + odd.next(random) : odd.next(random);
            LinkToAdd link = typed(url, odd.next(random), odd.next(random));
            LinkToAdd kept = link.copy();
            Optional<LinkToAdd.Refusal> refused = link.refusal(form);
            if (refused.isEmpty()) {
                form.add(link.row());
                assertEquals(1, form.getItems().size());
            }
            link.setUrl("changed after the copy");
            assertEquals(url, kept.getUrl(), "the kept copy is not the boxes typed in afterwards");
            assertFalse(kept.isBlank() && !url.isBlank());
        }
    }
}
