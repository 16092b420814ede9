package org.kmbportal.curation;

import org.kmbportal.platform.PlainText;

/**
 * One item of a collection, in reading order: either a library resource (by id) or an outside link.
 *
 * @param resource
 *            the library resource's id, or empty for an outside link
 * @param url
 *            the outside link, or empty for a library resource
 * @param title
 *            the outside link's title (empty for a library resource: its own title is shown)
 * @param note
 *            the curator's reason for including it
 */
public record CollectionEntry(String resource, String url, String title, String note) {

    public CollectionEntry {
        resource = resource == null ? "" : resource.strip();
        url = url == null ? "" : url.strip();
        title = PlainText.visibleOrEmpty(title);
        note = PlainText.withPlainLineEnds(PlainText.visibleOrEmpty(note));
    }

    public boolean isResource() {
        return !resource.isEmpty();
    }

    public static CollectionEntry resource(String id, String note) {
        return new CollectionEntry(id, "", "", note);
    }

    public static CollectionEntry link(String url, String title, String note) {
        return new CollectionEntry("", url, title, note);
    }
}
