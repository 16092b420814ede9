package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.platform.AccessDenied;

/**
 * A curator adds the resource they are reading, or found in search, to one of their own collections (at the end, with
 * an optional note), or starts a new private collection with it. A resource already in the collection is not added
 * twice. Like any save, the collection's version moves (an editor open on it then meets a conflict) and the change is
 * recorded in the change log in the same transaction.
 */
@ApplicationScoped
public class CollectionAdding {

    /** Where the resource is now, and whether this call put it there (false: it already was). */
    public record Outcome(Collection collection, boolean added) {
    }

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    CollectionChecks checks;

    @Inject
    CollectionService collections;

    @Inject
    CollectionEditing editing;

    @Inject
    CollectionTitles titles;

    @Transactional
    public Outcome add(String slug, String resource, String note) {
        return put(slug, resource, note, false);
    }

    /**
     * An outside link at the end of one of the caller's own collections, with its title and note; a link to the same
     * address already in it is not added twice. The address and title are checked as any save checks them.
     */
    @Transactional
    public Outcome addLink(String slug, String url, String title, String note) {
        Collection collection = own(slug);
        CollectionEntry link = CollectionEntry.link(url, title, note);
        changeLog.lock();
        em.refresh(collection);
        CollectionContent current = collection.toContent();
        if (!link.url().isEmpty() && current.items().stream().anyMatch(e -> !e.isResource() && e.url().equals(link
                .url()))) {
            return new Outcome(collection, false);
        }
        List<CollectionEntry> items = new ArrayList<>(current.items());
        items.add(link);
        save(collection, current, items);
        return new Outcome(collection, true);
    }

    /**
     * The note a curator typed with a resource that was already in the collection ("Already in"): added after the note
     * the resource has there (or as its note, when it had none); a resource not there yet is added with it.
     */
    @Transactional
    public Outcome addNote(String slug, String resource, String note) {
        return put(slug, resource, note, true);
    }

    private Outcome put(String slug, String resource, String note, boolean noteToo) {
        Collection collection = own(slug);
        String id = resource == null ? "" : resource.strip();
        changeLog.lock();
        em.refresh(collection);
        CollectionContent current = collection.toContent();
        List<CollectionEntry> items = new ArrayList<>(current.items());
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isResource() && items.get(i).resource().equals(id)) {
                at = i;
                break;
            }
        }
        String added = note == null ? "" : note.strip();
        if (at >= 0 && (!noteToo || added.isEmpty())) {
            return new Outcome(collection, false);
        }
        if (at >= 0) {
            String had = items.get(at).note().strip();
            items.set(at, CollectionEntry.resource(id, had.isEmpty() ? added : had + "\n\n" + added));
        } else {
            items.add(CollectionEntry.resource(id, note));
        }
        save(collection, current, items);
        return new Outcome(collection, true);
    }

    /** Stores the collection with these items once checked, and records the change. */
    private void save(Collection collection, CollectionContent current, List<CollectionEntry> items) {
        CollectionContent content = new CollectionContent(current.id(), current.title(), current.language(),
                current.published(), current.terms(), current.curator(), current.description(),
                current.visibility(), items, current.curatorTranslated());
        checks.check(content, collection.getSharedWith(), collections.shareable(collection), CollectionChecks
                .resourcesIn(current));
        CollectionEditing.store(em, collection, content);
        changeLog.record(collection.getSlug(), LibraryChange.Kind.SAVED);
    }

    /**
     * A new private collection of the caller's, holding only this resource. A title the caller already gave one of
     * their collections (the same words, whatever the case and spaces) starts none: the same Add sent again (Back, then
     * Add) is answered with the collection that already holds the resource; another resource is refused with
     * {@link SameTitle}, naming that collection.
     */
    @Transactional
    public Outcome startWith(String title, String language, String resource, String note) {
        changeLog.lock();
        String id = resource == null ? "" : resource.strip();
        String wanted = CollectionTitles.comparable(title);
        Collection same = wanted.isEmpty()
                ? null
                : collections.curatedByCaller().stream().filter(c -> CollectionTitles.comparable(c.getTitle())
                        .equals(wanted)).findFirst().orElse(null);
        if (same != null) {
            if (same.toContent().items().stream().anyMatch(e -> e.isResource() && e.resource().equals(id))) {
                return new Outcome(same, false);
            }
            throw new SameTitle(same, true);
        }
        return new Outcome(editing.create(new CollectionDraft(title, "", "", language, Visibility.PRIVATE, Set.of(),
                List.of(CollectionEntry.resource(resource, note))), null), true);
    }

    /**
     * A new title refused: the collection's curator (the caller, or for an editor changing another's collection, its
     * curator) already has another collection of that title, {@link #collection()} ({@link CollectionTitles}).
     */
    public static final class SameTitle extends CollectionException {

        private final transient Collection collection;
        private final boolean callersOwn;

        SameTitle(Collection collection, boolean callersOwn) {
            super("curation.sameTitle", (callersOwn ? "You already have" : "Its curator already has")
                    + " a collection with this title: '" + collection.getTitle() + "'.");
            this.collection = collection;
            this.callersOwn = callersOwn;
        }

        public Collection collection() {
            return collection;
        }

        /** Whether the collection of that title is the caller's own (else its curator's, changed by an editor). */
        public boolean callersOwn() {
            return callersOwn;
        }

        /** The message's key: the same words on the pages and in the API. */
        public String wordsKey() {
            return callersOwn ? "curation.sameTitle" : "curation.sameTitleOfCurator";
        }
    }

    /** The caller's own collection: a mentor's or an editor's, or for editors an editorial one (no curator). */
    private Collection own(String slug) {
        Viewer viewer = collections.viewer();
        if (!viewer.signedIn()) {
            throw new AccessDenied(false, "Sign in first.");
        }
        if (!viewer.curator()) {
            throw AccessDenied.because("api.denied.addResources",
                    "Mentors and editors add resources to their collections.");
        }
        Collection collection = collections.editable(slug);
        if (!CollectionAccess.isOwn(collection, viewer)) {
            throw AccessDenied.because("api.denied.ownCollections", "Add resources only to collections you curate.");
        }
        return collection;
    }
}
