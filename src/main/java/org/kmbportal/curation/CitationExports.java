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
 * BibTeX {@code url}, CSL-JSON {@code URL}), and each item keeps the curator's note. A resource taken out of the
 * library stays in its place by its title, its note saying so, without an address.
 */
public final class CitationExports {

    private CitationExports() {
    }

    /**
     * @param urlOf
     *            the portal address of a resource id (for guides, and as a link back for studies)
     * @param language
     *            the collection's language, in which an item no longer in the library is said to be so
     */
    public static String ris(List<ReadingItem> items, Function<String, String> urlOf, String language) {
        return CitationFormats.ris(cited(items, language), urlOf);
    }

    public static String bibtex(List<ReadingItem> items, Function<String, String> urlOf, String language) {
        return CitationFormats.bibtex(cited(items, language), urlOf);
    }

    /** CSL-JSON items (the format of Zotero, Mendeley and citation processors), as plain maps for JSON-B. */
    public static List<Map<String, Object>> cslJson(List<ReadingItem> items, Function<String, String> urlOf,
            String language) {
        return CitationFormats.cslJson(cited(items, language), urlOf);
    }

    private static List<Cited> cited(List<ReadingItem> items, String language) {
        List<Cited> cited = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ReadingItem item = items.get(i);
            if (item.isOutOfLibrary()) {
                // Named, with why in its note, and no address: reference managers would keep a link that answers 404.
                String why = item.outOfLibraryIn(language);
                cited.add(Cited.titleOnly(item.resourceId(), item.title(), item.note().isEmpty()
                        ? why
                        : why + " " + item.note()));
                continue;
            }
            // A link has no id: its place in the collection makes its key ("link-3"), unique within the export.
            cited.add(item.isResource()
                    ? new Cited(item.resourceId(), item.language(), item.title(), item.citation(), null, item.note())
                    : Cited.link("link-" + (i + 1), item.title(), item.url(), item.note()));
        }
        return cited;
    }
}
