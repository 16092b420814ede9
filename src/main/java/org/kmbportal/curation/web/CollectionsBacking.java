package org.kmbportal.curation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionService;

/** The collections the reader may see listed ({@code collections.xhtml}): public ones, and those shared with them. */
@Named("collectionsPage")
@RequestScoped
public class CollectionsBacking {

    @Inject
    CollectionService collections;

    private List<CollectionContent> visible;

    public List<CollectionContent> getCollections() {
        if (visible == null) {
            visible = collections.listed().stream().map(Collection::toContent).toList();
        }
        return visible;
    }
}
