package org.kmbportal.curation.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.content.ContentReader;
import org.kmbportal.content.MarkdownRenderer;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.ReadingItem;
import org.kmbportal.curation.ReadingList;
import org.kmbportal.curation.Visibility;
import org.kmbportal.library.web.Links;

/** A collection's page ({@code collection.xhtml}): its description and items in order, each with the curator's note. */
@Named("collectionPage")
@RequestScoped
public class CollectionBacking {

    @Inject
    CollectionService collections;

    @Inject
    ReadingList readingList;

    @Inject
    Links links;

    private String id;
    private CollectionContent content;
    private List<ReadingItem> items;

    public void load() throws IOException {
        Optional<Collection> found = id == null || !ContentReader.ID.matcher(id).matches()
                ? Optional.empty()
                : collections.find(id).filter(c -> c.getVisibility() == Visibility.PUBLIC);
        if (found.isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        content = found.get().toContent();
        items = readingList.items(content);
    }

    public boolean isFound() {
        return content != null;
    }

    public CollectionContent getContent() {
        return content;
    }

    public List<ReadingItem> getItems() {
        return items;
    }

    public String getDescriptionHtml() {
        return MarkdownRenderer.toHtml(content.description());
    }

    public String exportUrl(String format) {
        return links.home() + "api/collections/" + id + "/export?format=" + format;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
