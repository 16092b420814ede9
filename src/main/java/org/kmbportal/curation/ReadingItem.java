package org.kmbportal.curation;

import org.kmbportal.library.Citation;
import org.kmbportal.library.ResourceType;

/**
 * A collection item as readers and exports need it: for a library resource, its title, type, language and (for a
 * research summary) the study's citation; for an outside link, its address and title. Always with the curator's note.
 *
 * @param citation
 *            the study a research summary reports on, or null
 */
public record ReadingItem(String resourceId, ResourceType type, String language, String title, String url,
        String note, Citation citation) {

    public boolean isResource() {
        return resourceId != null;
    }
}
