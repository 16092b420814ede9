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
    /**
     * Why a library item is no longer in the library, as the page words it ({@code "archived"}, or
     * {@code "unpublished"} for a draft or a resource gone); null while readers see it.
     */
    private String gone;

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

    /** Null while the resource is published; else {@code "archived"} or {@code "unpublished"}. */
    public String getGone() {
        return gone;
    }

    /** Whether readers no longer see this library item (the editors took it out of the library). */
    public boolean isOutOfLibrary() {
        return gone != null;
    }

    void setGone(String gone) {
        this.gone = gone;
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
