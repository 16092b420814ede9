package org.kmbportal.curation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Guard;
import org.kmbportal.library.SaveOutcome;

/**
 * The door to collections: finding them and what the caller may read or change ({@link CollectionAccess}), here;
 * changes are made by {@link CollectionEditing}, {@link CollectionSharing} and {@link CollectionImport}, each of which
 * records itself in the change log so search adds, updates or removes the collection (only public ones are indexed).
 * The change methods below hand over to them, so callers keep one entry point.
 */
@ApplicationScoped
public class CollectionService {

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    SupportedOrganizations supported;

    @Inject
    CollectionEditing editing;

    @Inject
    CollectionSharing sharing;

    @Inject
    CollectionImport imports;

    @Inject
    CollectionAdding adding;

    public Optional<Collection> find(String slug) {
        return em.createQuery("select c from Collection c where c.slug = :slug", Collection.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Public collections in id order after the given id (the search index reads them in such batches). */
    public List<Collection> publicAfter(long lastId, int max) {
        return em.createQuery("select c from Collection c where c.visibility = :public and c.id > :last order by c.id",
                Collection.class).setParameter("public", Visibility.PUBLIC).setParameter("last", lastId)
                .setMaxResults(max)
                .getResultList();
    }

    /** Every collection, whatever its visibility, by id (for the export and link checking). */
    public List<Collection> all() {
        return em.createQuery("select c from Collection c order by c.slug", Collection.class).getResultList();
    }

    public List<Collection> publicCollections() {
        return em.createQuery("select c from Collection c where c.visibility = :public order by c.title",
                Collection.class).setParameter("public", Visibility.PUBLIC).getResultList();
    }

    public Viewer viewer() {
        return Viewer.of(guard.caller());
    }

    /** The collection if the caller may read it (with the unlisted link's key, if given); else empty. */
    public Optional<Collection> readable(String slug, String key) {
        Viewer viewer = viewer();
        return CollectionIds.valid(slug)
                ? find(slug).filter(c -> CollectionAccess.canRead(c, viewer, key))
                : Optional.empty();
    }

    /** Every collection the caller may read without a link's key, by title. */
    public List<Collection> listed() {
        Viewer viewer = viewer();
        return em.createQuery("select c from Collection c order by c.title", Collection.class).getResultList()
                .stream().filter(c -> CollectionAccess.isListedFor(c, viewer)).toList();
    }

    /** The collections the caller curates; an editor also gets the editorial ones (which have no curator). */
    public List<Collection> curatedByCaller() {
        Viewer viewer = viewer();
        if (!viewer.curator()) {
            return List.of();
        }
        return em.createQuery("select c from Collection c where c.curatorAccountId = :me"
                + (viewer.editor() ? " or c.curatorAccountId is null" : "") + " order by c.title", Collection.class)
                .setParameter("me", viewer.accountId()).getResultList();
    }

    /** The collection if the caller may change it; a 404 if they may not even read it, a 403 if only that. */
    public Collection editable(String slug) {
        Viewer viewer = viewer();
        if (!viewer.signedIn()) {
            throw new AccessDenied(false, "Sign in first.");
        }
        Collection collection = readable(slug, null).orElseThrow(() -> CollectionException.unknown(slug));
        if (!CollectionAccess.canEdit(collection, viewer)) {
            throw AccessDenied.because("api.denied.changeCollection",
                    "Only its curator and editors may change this collection.");
        }
        return collection;
    }

    /** The organizations a collection may be shared with: those its curator supports, and those it already is. */
    public Set<Long> shareable(Collection collection) {
        Set<Long> ids = new HashSet<>(supported.of(collection.getCuratorAccountId()));
        ids.addAll(collection.getSharedWith());
        return ids;
    }

    public Collection create(CollectionDraft draft, String requestedId) {
        return editing.create(draft, requestedId);
    }

    /** Saves an edit made from {@code version}; refused with {@link CollectionConflict} if someone saved since. */
    public Collection update(String slug, long version, CollectionDraft draft) {
        return editing.update(slug, version, draft);
    }

    /** Puts the items in a new order: {@code order} lists the current positions (from 0) in their new order. */
    public Collection reorder(String slug, long version, List<Integer> order) {
        return editing.reorder(slug, version, order);
    }

    public void delete(String slug) {
        editing.delete(slug);
    }

    /** Adds a library resource at the end of one of the caller's own collections, once (see {@link CollectionAdding}). */
    public CollectionAdding.Outcome addResource(String slug, String resource, String note) {
        return adding.add(slug, resource, note);
    }

    /** An outside link at the end of one of the caller's collections ({@link CollectionAdding#addLink}). */
    public CollectionAdding.Outcome addLink(String slug, String url, String title, String note) {
        return adding.addLink(slug, url, title, note);
    }

    /** Adds the note typed with a resource already in the collection to the note it has there. */
    public CollectionAdding.Outcome addNoteToResource(String slug, String resource, String note) {
        return adding.addNote(slug, resource, note);
    }

    /** Starts a new private collection of the caller's with this resource. */
    public CollectionAdding.Outcome startWith(String title, String language, String resource, String note) {
        return adding.startWith(title, language, resource, note);
    }

    /** Changes who may read the collection; a new unlisted link is made when it becomes unlisted. */
    public Collection share(String slug, Visibility visibility, Set<Long> organizations) {
        return sharing.share(slug, visibility, organizations);
    }

    /** A new secret link for an unlisted collection; the old one stops working. */
    public Collection newLink(String slug) {
        return sharing.newLink(slug);
    }

    /** Revokes an unlisted collection's link: it becomes private. */
    public Collection revokeLink(String slug) {
        return sharing.revokeLink(slug);
    }

    /** Imports one collection file for the calling curator (see {@link CollectionImport#importFile}). */
    public SaveOutcome importFile(CollectionContent content) {
        return imports.importFile(content);
    }

    /** Saves collections as the content format holds them (import), all or none. */
    public List<SaveOutcome> saveAll(List<CollectionContent> contents) {
        return imports.saveAll(contents);
    }
}
