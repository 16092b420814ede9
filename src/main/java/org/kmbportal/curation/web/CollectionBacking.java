package org.kmbportal.curation.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.kmbportal.web.MarkdownRenderer;
import org.kmbportal.curation.Collection;
import org.kmbportal.curation.CollectionAccess;
import org.kmbportal.curation.CollectionChanges;
import org.kmbportal.curation.CollectionContent;
import org.kmbportal.curation.CollectionEntry;
import org.kmbportal.curation.CollectionService;
import org.kmbportal.curation.Follows;
import org.kmbportal.curation.ReadingItem;
import org.kmbportal.curation.ReadingList;
import org.kmbportal.curation.UnlistedLinks;
import org.kmbportal.curation.links.LinkCheck;
import org.kmbportal.curation.links.LinkChecks;
import org.kmbportal.curation.links.LinkState;
import org.kmbportal.library.LibraryService;
import org.kmbportal.web.Links;

/**
 * A collection's page ({@code collection.xhtml}): its description and items in order, each with the curator's note,
 * broken and moved links marked; for followers, what changed since their last visit (the visit then counts as seen).
 * Only readers allowed to see the collection get it; everyone else gets a 404, as for a collection that does not
 * exist.
 */
@Named("collectionPage")
@RequestScoped
public class CollectionBacking {

    @Inject
    CollectionService collections;

    @Inject
    Follows follows;

    @Inject
    ReadingList readingList;

    @Inject
    LinkChecks linkChecks;

    @Inject
    Links links;

    @Inject
    LibraryService library;

    private String id;
    private String key;
    private Collection collection;
    private CollectionContent content;
    private List<ReadingItem> items;
    private List<ReadingItem> outOfLibrary;
    private CollectionChanges changes;
    private boolean read;
    private final Map<String, LinkCheck> checks = new HashMap<>();

    /** Reads the collection for the page (called by f:viewAction); whoever may not read it gets a 404. */
    public void load() throws IOException {
        if (!read()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
            return;
        }
        if (changes != null) {
            follows.visited(collection);
        }
    }

    /**
     * Reads the collection once per request. A postback (the follow buttons) runs no view action, yet JSF must see
     * the page's parts rendered to invoke a button in them: there the id and key come with the button's parameters.
     */
    private boolean read() {
        if (read) {
            return content != null;
        }
        read = true;
        if (id == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            setId(params.get("id"));
            if (key == null) {
                setKey(params.get("key"));
            }
        }
        Optional<Collection> found = collections.readable(id, key);
        if (found.isEmpty()) {
            return false;
        }
        collection = found.get();
        content = collection.toContent();
        items = readingList.items(content);
        for (ReadingItem item : items) {
            if (!item.isResource()) {
                linkChecks.find(item.url()).ifPresent(c -> checks.put(item.url(), c));
            }
        }
        changes = follows.changes(collection).orElse(null);
        return true;
    }

    public void follow() throws IOException {
        follows.follow(id, key);
        back();
    }

    public void unfollow() throws IOException {
        follows.unfollow(id);
        back();
    }

    private void back() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext()
                .redirect(links.home() + "collections/" + id + UnlistedLinks.query(key));
    }

    public boolean isFound() {
        return read();
    }

    public boolean isSignedIn() {
        return collections.viewer().signedIn();
    }

    public boolean isFollowing() {
        return changes != null;
    }

    public boolean isEditable() {
        return collection != null && CollectionAccess.canEdit(collection, collections.viewer());
    }

    public CollectionChanges getChanges() {
        return changes;
    }

    /** "added", "note" or "moved" when the item changed since the follower's last visit; else null. */
    public String marker(ReadingItem item) {
        if (changes == null) {
            return null;
        }
        CollectionEntry entry = item.isResource()
                ? CollectionEntry.resource(item.resourceId(), "")
                : CollectionEntry.link(item.url(), "", "");
        return changes.markers().get(CollectionChanges.key(entry));
    }

    /**
     * What a follower is told was taken out: a library resource by its title (its id when the library no longer has
     * it at all), an outside link by its title.
     */
    public String removedTitle(CollectionEntry gone) {
        if (!gone.isResource()) {
            return gone.title();
        }
        return library.find(gone.resource()).map(r -> r.toContent().title()).orElse(gone.resource());
    }

    /**
     * Whether an item a follower is told was taken out is still in the collection, the editors having taken the
     * resource out of the library (archived): said beside it, as the curator did not remove it.
     */
    public boolean outOfLibrary(CollectionEntry gone) {
        return gone.isResource() && content.items().stream().anyMatch(e -> e.isResource() && e.resource().equals(gone
                .resource()));
    }

    /** The language of a removed item's title: its resource's, else the collection's. */
    public String removedLanguage(CollectionEntry gone) {
        return gone.isResource()
                ? library.find(gone.resource()).map(r -> r.toContent().language()).orElse(content.language())
                : content.language();
    }

    /** The link's state when it is broken or moved (what readers should know); else null. */
    public LinkCheck problem(ReadingItem item) {
        LinkCheck check = item.isResource() ? null : checks.get(item.url());
        return check != null && (check.getState() == LinkState.BROKEN || check.getState() == LinkState.MOVED)
                ? check
                : null;
    }

    public CollectionContent getContent() {
        return content;
    }

    public List<ReadingItem> getItems() {
        return items;
    }

    /**
     * For who may edit the collection (its curator, the editors), the library items readers no longer see, by title:
     * only the edit page said so, and the curator's own page showed the collection as if they had never been in it.
     * Empty for everyone else.
     */
    public List<ReadingItem> getOutOfLibrary() {
        if (outOfLibrary == null) {
            outOfLibrary = isEditable()
                    ? readingList.listed(content).stream().filter(ReadingItem::isOutOfLibrary).toList()
                    : List.of();
        }
        return outOfLibrary;
    }

    /** The page's description for search engines and link previews: the start of the collection's description. */
    public String getMetaDescription() {
        return MarkdownRenderer.teaser(content.description(), 160);
    }

    public String getDescriptionHtml() {
        return MarkdownRenderer.toHtml(content.description(), content.language());
    }

    /**
     * The curator's note on an item as readers see it: Markdown, sanitized as the description is (a note showed
     * {@code <b>x</b>} as typed while the description beside it showed bold; a script or handler never reaches the
     * page), each line break the curator typed kept (a note over three lines read as one run-on line).
     */
    public String noteHtml(ReadingItem item) {
        return MarkdownRenderer.toHtml(item.note(), true, content.language());
    }

    public String exportUrl(String format) {
        return links.home() + "api/collections/" + id + "/export?format=" + format
                + (key == null || key.isEmpty() ? "" : "&key=" + key);
    }

    public String getEditUrl() {
        return links.home() + "curate/edit?id=" + id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKey() {
        return key;
    }

    /** Only something shaped like a link's key is kept (it goes back into addresses). */
    public void setKey(String key) {
        this.key = key != null && key.matches("[A-Za-z0-9_-]{1,64}") ? key : null;
    }
}
