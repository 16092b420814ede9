package org.kmbportal.curation.web;

import java.io.Serializable;

import org.kmbportal.curation.CollectionEntry;

/** One item as the edit page holds it while the curator works: a library resource (with its title) or a link. */
public class ItemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String resource;
    private final String resourceTitle;
    private String url;
    private String title;
    private String note;

    ItemRow(String resource, String resourceTitle, String url, String title, String note) {
        this.resource = resource == null ? "" : resource;
        this.resourceTitle = resourceTitle == null ? "" : resourceTitle;
        this.url = url;
        this.title = title;
        this.note = note;
    }

    CollectionEntry toEntry() {
        return isFromLibrary()
                ? CollectionEntry.resource(resource, note)
                : CollectionEntry.link(url, title, note);
    }

    /**
     * Whether the item is a library resource (else an outside link). Not {@code isResource}: beside
     * {@link #getResource()}, pages read {@code row.resource} as that boolean, and linked to /resources/true.
     */
    public boolean isFromLibrary() {
        return !resource.isEmpty();
    }

    public String getResource() {
        return resource;
    }

    /** What the page calls the item: the resource's title, or the link's. */
    public String getLabel() {
        return isFromLibrary() ? (resourceTitle.isEmpty() ? resource : resourceTitle) : title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
