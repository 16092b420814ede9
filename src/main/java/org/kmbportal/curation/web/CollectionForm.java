package org.kmbportal.curation.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionDraft;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.Visibility;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.PublicationStatus;
import org.kmbportal.library.Resource;

/** The edit page's fields, kept as typed (a refused save loses nothing), and the draft they make. */
public class CollectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String curator;
    private String description;
    private String language;
    private String visibility;
    private List<String> organizations = new ArrayList<>();
    private final ArrayList<ItemRow> items = new ArrayList<>();

    /** The collection as stored, its library items named by their titles. */
    static CollectionForm of(Collection collection, LibraryService library) {
        Map<String, String> titles = new HashMap<>();
        for (CollectionEntry e : collection.toContent().items()) {
            if (e.isResource()) {
                library.find(e.resource()).map(Resource::toContent).ifPresent(r -> titles.put(r.id(), r.title()));
            }
        }
        CollectionForm form = of(collection.toContent(), collection.getSharedWith(), titles);
        form.markGone(library);
        return form;
    }

    /**
     * Marks the library items readers no longer see (archived by the editors, or no longer published): the page says
     * so on their rows, and a save keeps them unless the curator removes them.
     */
    void markGone(LibraryService library) {
        for (ItemRow row : items) {
            if (row.isFromLibrary()) {
                row.setGone(gone(library, row.getResource()));
            }
        }
    }

    private static String gone(LibraryService library, String resource) {
        Optional<Resource> found = library.find(resource);
        if (found.isPresent() && found.get().getStatus() == PublicationStatus.PUBLISHED) {
            return null;
        }
        return found.isPresent() && found.get().getStatus() == PublicationStatus.ARCHIVED ? "archived" : "unpublished";
    }

    static CollectionForm of(CollectionContent content, Set<Long> sharedWith, Map<String, String> titles) {
        CollectionForm form = new CollectionForm();
        form.title = content.title();
        form.curator = content.curator();
        form.description = content.description();
        form.language = content.language();
        form.visibility = content.visibility().key();
        sharedWith.forEach(id -> form.organizations.add(String.valueOf(id)));
        for (CollectionEntry e : content.items()) {
            form.items.add(new ItemRow(e.resource(), titles.get(e.resource()), e.url(), e.title(), e.note()));
        }
        return form;
    }

    CollectionDraft toDraft() {
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : organizations) {
            try {
                ids.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // A tampered value: it cannot name an organization, so it shares with none.
            }
        }
        return new CollectionDraft(title, curator, description, language,
                Visibility.fromKey(visibility).orElse(Visibility.PRIVATE), ids,
                items.stream().map(ItemRow::toEntry).toList());
    }

    /**
     * The draft with no text missing (a box sent empty is "" where the stored field may be absent), to tell whether
     * the form holds changes the collection does not have.
     */
    CollectionDraft comparableDraft() {
        CollectionDraft draft = toDraft();
        return new CollectionDraft(text(draft.title()), text(draft.curator()), text(draft.description()),
                text(draft.language()), draft.visibility(), draft.organizations(), draft.items().stream()
                        .map(e -> new CollectionEntry(text(e.resource()), text(e.url()), text(e.title()),
                                text(e.note())))
                        .toList());
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    void add(ItemRow row) {
        items.add(row);
    }

    /** Whether the list already holds this library resource, or a link to this address. */
    boolean holds(String resource, String url) {
        return items.stream().anyMatch(i -> resource != null && !resource.isBlank() && resource.equals(i.getResource())
                || url != null && !url.isBlank() && url.equals(i.getUrl()));
    }

    /** Moves an item one place up (-1) or down (+1); nothing happens at the ends. */
    void move(int index, int by) {
        int target = index + by;
        if (index >= 0 && index < items.size() && target >= 0 && target < items.size()) {
            items.add(target, items.remove(index));
        }
    }

    void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    /** The items, in order (the table's drag and drop reorders this very list). */
    public List<ItemRow> getItems() {
        return items;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCurator() {
        return curator;
    }

    public void setCurator(String curator) {
        this.curator = curator;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public List<String> getOrganizations() {
        return organizations;
    }

    public void setOrganizations(List<String> organizations) {
        this.organizations = organizations == null ? new ArrayList<>() : new ArrayList<>(organizations);
    }
}
