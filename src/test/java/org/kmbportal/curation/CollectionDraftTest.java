package org.kmbportal.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kmbportal.testing.Gen;
import org.kmbportal.testing.GeneratedText;

/** What a curator types reaches the collection and its exports as they wrote it, with plain line ends. */
class CollectionDraftTest {

    @Test
    void paragraphsSentByABrowserKeepTheirLinesWithoutCarriageReturns() {
        Random random = new Random(Gen.DEFAULT_SEED);
        Gen<List<String>> paragraphs = GeneratedText.libraryWords(300).list(2, 6);
        Gen<String> lineEnd = Gen.of("\r\n", "\r", "\n", "\r\n\r\n", "\n\n");
        for (int i = 0; i < 200; i++) {
            List<String> lines = paragraphs.next(random);
            StringBuilder typed = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (int n = 0; n < lines.size(); n++) {
                String end = n == lines.size() - 1 ? "" : lineEnd.next(random);
                typed.append(lines.get(n)).append(end);
                expected.append(lines.get(n)).append(end.replace("\r\n", "\n").replace('\r', '\n'));
            }
            CollectionDraft draft = new CollectionDraft("Title " + i, "", typed.toString(),
                    random.nextBoolean() ? "en" : "fr", Visibility.PRIVATE, null,
                    List.of(new CollectionEntry("", "https://example.org/" + i, "Link", typed.toString())));
            assertFalse(draft.description().contains("\r"), draft.description());
            assertEquals(expected.toString().strip(), draft.description());
            assertEquals(expected.toString().strip(), draft.items().get(0).note());
        }
    }
}
