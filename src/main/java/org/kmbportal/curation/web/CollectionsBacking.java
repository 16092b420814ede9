package org.kmbportal.curation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.web.MarkdownRenderer;

/** The collections the reader may see listed ({@code collections.xhtml}): public ones, and those shared with them. */
@Named("collectionsPage")
@RequestScoped
public class CollectionsBacking {

    private static final int TEASER_LENGTH = 240;

    @Inject
    CollectionService collections;

    private List<CollectionContent> visible;

    public List<CollectionContent> getCollections() {
        if (visible == null) {
            visible = collections.listed().stream().map(Collection::toContent).toList();
        }
        return visible;
    }

    /** What a card says of the collection: its description as readers see it (no Markdown signs), shortened. */
    public String teaser(CollectionContent collection) {
        return MarkdownRenderer.teaser(collection.description(), TEASER_LENGTH);
    }
}
