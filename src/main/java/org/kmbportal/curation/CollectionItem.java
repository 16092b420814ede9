package org.kmbportal.curation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored item of a collection; see {@link CollectionEntry} for its meaning. */
@Embeddable
public class CollectionItem {

    @Column(name = "resource_slug", length = 120)
    private String resource;

    @Column(length = 2000)
    private String url;

    @Column(length = 500)
    private String title;

    private String note;

    protected CollectionItem() {
    }

    CollectionItem(CollectionEntry entry) {
        this.resource = entry.resource().isEmpty() ? null : entry.resource();
        this.url = entry.url().isEmpty() ? null : entry.url();
        this.title = entry.title().isEmpty() ? null : entry.title();
        this.note = entry.note();
    }

    CollectionEntry toEntry() {
        return new CollectionEntry(resource, url, title, note);
    }
}
