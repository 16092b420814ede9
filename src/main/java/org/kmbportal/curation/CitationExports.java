package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kmbportal.library.CitationFormats;
import org.kmbportal.library.CitationFormats.Cited;

/**
 * A collection's library items in the formats reference managers import (RIS, BibTeX, CSL-JSON), by the library's one
 * implementation ({@link CitationFormats}); an outside link is a web page with its title and address (RIS {@code UR},
 * BibTeX {@code url}, CSL-JSON {@code URL}), and each item keeps the curator's note.
 */
public final class CitationExports {

    private CitationExports() {
    }

    /** @param urlOf the portal address of a resource id (for guides, and as a link back for studies) */
    public static String ris(List<ReadingItem> items, Function<String, String> urlOf) {
        return CitationFormats.ris(cited(items), urlOf);
    }

    public static String bibtex(List<ReadingItem> items, Function<String, String> urlOf) {
        return CitationFormats.bibtex(cited(items), urlOf);
    }

    /** CSL-JSON items (the format of Zotero, Mendeley and citation processors), as plain maps for JSON-B. */
    public static List<Map<String, Object>> cslJson(List<ReadingItem> items, Function<String, String> urlOf) {
        return CitationFormats.cslJson(cited(items), urlOf);
    }

    private static List<Cited> cited(List<ReadingItem> items) {
        List<Cited> cited = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReadingItem item = items.get(i);
            // A link has no id: its place in the collection makes its key ("link-3"), unique within the export.
            cited.add(item.isResource()
                    ? new Cited(item.resourceId(), item.language(), item.title(), item.citation(), null, item.note())
                    : Cited.link("link-" + (i + 1), item.title(), item.url(), item.note()));
        }
        return cited;
    }
}
