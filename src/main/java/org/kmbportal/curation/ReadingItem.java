package org.kmbportal.curation;

import org.kmbportal.library.Citation;
import org.kmbportal.library.ResourceType;

/**
 * A collection item as readers and exports need it: for a library resource, its title, type, language and (for a
 * research summary) the study's citation; for an outside link, its address and title. Always with the curator's note.
 *
 * @param citation
 *            the study a research summary reports on, or null
 * @param outOfLibrary
 *            for a library resource readers no longer see, why: {@code "archived"} (by the editors) or
 *            {@code "unpublished"} (a draft again, or gone); null while it is published, and for an outside link
 */
public record ReadingItem(String resourceId, ResourceType type, String language, String title, String url,
        String note, Citation citation, String outOfLibrary) {

    public static final String ARCHIVED = "archived";
    public static final String UNPUBLISHED = "unpublished";

    /** A library resource readers see, or an outside link. */
    public ReadingItem(String resourceId, ResourceType type, String language, String title, String url, String note,
            Citation citation) {
        this(resourceId, type, language, title, url, note, citation, null);
    }

    public boolean isResource() {
        return resourceId != null;
    }

    /** A library resource readers no longer see: named, never linked (its page answers 404). */
    public boolean isOutOfLibrary() {
        return outOfLibrary != null;
    }

    /**
     * What a reader of an export is told of an item no longer in the library, in the language ("en", "fr"): "No
     * longer in the library (archived by the editors)."
     */
    public String outOfLibraryIn(String language) {
        String key = ARCHIVED.equals(outOfLibrary) ? "collection.export.archived" : "collection.export.unpublished";
        return Wording.format(java.util.Locale.forLanguageTag(language), key, ARCHIVED.equals(outOfLibrary)
                ? "No longer in the library (archived by the editors)."
                : "No longer in the library.");
    }
}
