package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.platform.AccessDenied;
import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.LibraryService;
import org.kmbportal.library.SaveOutcome;

/**
 * Reads and changes collections. Every change takes the change log's lock and records itself in the same
 * transaction, so the search index adds, updates or removes the collection (only public ones are indexed).
 */
@ApplicationScoped
public class CollectionService {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    Guard guard;

    @Inject
    CollectionChecks checks;

    @Inject
    SupportedOrganizations supported;

    @Inject
    LibraryService library;

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
            throw new AccessDenied(true, "Only its curator and editors may change this collection.");
        }
        return collection;
    }

    /** The organizations a collection may be shared with: those its curator supports, and those it already is. */
    public Set<Long> shareable(Collection collection) {
        Set<Long> ids = new HashSet<>(supported.of(collection.getCuratorAccountId()));
        ids.addAll(collection.getSharedWith());
        return ids;
    }

    @Transactional
    public Collection create(CollectionDraft draft, String requestedId) {
        Caller caller = guard.requireSignedIn();
        if (!viewer().curator()) {
            throw new AccessDenied(true, "Mentors and editors create collections.");
        }
        String id = requestedId == null || requestedId.isBlank()
                ? CollectionIds.free(draft.title(), candidate -> find(candidate).isPresent()
                        || library.find(candidate).isPresent())
                : requestedId.strip();
        if (!CollectionIds.valid(id) || find(id).isPresent() || library.find(id).isPresent()) {
            throw new CollectionException("curation.idTaken", "The id '" + id + "' is taken or not valid.");
        }
        CollectionContent content = withCurator(draft, caller).toContent(id, null);
        checks.check(content, draft.organizations(), supported.of(caller.accountId()));
        changeLog.lock();
        Collection created = new Collection();
        created.setCuratorAccountId(caller.accountId());
        created.apply(content);
        created.setSharedWith(draft.organizations());
        em.persist(created);
        changeLog.record(id, LibraryChange.Kind.SAVED);
        return created;
    }

    /** Saves an edit made from {@code version}; refused with {@link CollectionConflict} if someone saved since. */
    @Transactional
    public Collection update(String slug, long version, CollectionDraft draft) {
        Collection collection = editable(slug);
        changeLog.lock();
        em.refresh(collection);
        if (version >= 0 && collection.getVersion() != version) {
            throw new CollectionConflict(slug, collection.getVersion());
        }
        CollectionContent content = withCurator(draft, guard.requireSignedIn()).toContent(slug,
                collection.toContent());
        checks.check(content, draft.organizations(), shareable(collection));
        store(collection, content);
        collection.setSharedWith(draft.organizations());
        changeLog.record(slug, LibraryChange.Kind.SAVED);
        return collection;
    }

    /** Puts the items in a new order: {@code order} lists the current positions (from 0) in their new order. */
    @Transactional
    public Collection reorder(String slug, long version, List<Integer> order) {
        Collection collection = editable(slug);
        changeLog.lock();
        em.refresh(collection);
        if (version >= 0 && collection.getVersion() != version) {
            throw new CollectionConflict(slug, collection.getVersion());
        }
        List<Integer> sorted = new ArrayList<>(order);
        sorted.sort(null);
        List<Integer> expected = java.util.stream.IntStream.range(0, collection.itemCount()).boxed().toList();
        if (!sorted.equals(expected)) {
            throw new CollectionException("curation.badOrder", "The order must list every item's position (0 to "
                    + (collection.itemCount() - 1) + ") once.");
        }
        CollectionContent current = collection.toContent();
        store(collection, new CollectionContent(current.id(), current.title(), current.language(),
                current.published(), current.terms(), current.curator(), current.description(),
                current.visibility(), order.stream().map(i -> current.items().get(i)).toList()));
        changeLog.record(slug, LibraryChange.Kind.SAVED);
        return collection;
    }

    /** Changes who may read the collection; a new unlisted link is made when it becomes unlisted. */
    @Transactional
    public Collection share(String slug, Visibility visibility, Set<Long> organizations) {
        Collection collection = editable(slug);
        CollectionDraft draft = CollectionDraft.of(collection.toContent(), organizations);
        CollectionDraft shared = new CollectionDraft(draft.title(), draft.curator(), draft.description(),
                draft.language(), visibility, organizations, draft.items());
        return update(slug, -1, shared);
    }

    /** A new secret link for an unlisted collection; the old one stops working. */
    @Transactional
    public Collection newLink(String slug) {
        Collection collection = editable(slug);
        if (collection.getVisibility() != Visibility.UNLISTED) {
            throw new CollectionException("curation.notUnlisted", "Only an unlisted collection has a link to renew.");
        }
        changeLog.lock();
        collection.setUnlistedToken(UnlistedLinks.newToken());
        collection.touch();
        changeLog.record(slug, LibraryChange.Kind.SAVED);
        return collection;
    }

    /** Revokes an unlisted collection's link: it becomes private. */
    @Transactional
    public Collection revokeLink(String slug) {
        return share(slug, Visibility.PRIVATE, Set.of());
    }

    @Transactional
    public void delete(String slug) {
        Collection collection = editable(slug);
        changeLog.lock();
        em.createQuery("delete from Follow f where f.collectionId = :c").setParameter("c", collection.getId())
                .executeUpdate();
        em.remove(collection);
        changeLog.record(slug, LibraryChange.Kind.DELETED);
    }

    /**
     * Imports one collection file for the calling curator: a new id becomes their collection, an id they may edit is
     * updated; organizations it is shared with stay as they are.
     */
    @Transactional
    public SaveOutcome importFile(CollectionContent content) {
        Optional<Collection> existing = find(content.id());
        if (existing.isEmpty()) {
            create(CollectionDraft.of(content, Set.of()), content.id());
            return SaveOutcome.CREATED;
        }
        if (!CollectionAccess.canEdit(existing.get(), viewer())) {
            throw new CollectionException("curation.idTaken", "The id '" + content.id()
                    + "' belongs to a collection you may not change.");
        }
        Collection collection = editable(content.id());
        if (collection.toContent().equals(content)) {
            return SaveOutcome.UNCHANGED;
        }
        update(content.id(), -1, CollectionDraft.of(content, collection.getSharedWith()));
        return SaveOutcome.UPDATED;
    }

    /** Saves collections as the content format holds them (import), all or none; each change is logged for search. */
    @Transactional
    public List<SaveOutcome> saveAll(List<CollectionContent> contents) {
        changeLog.lock();
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (CollectionContent content : contents) {
            Optional<Collection> existing = find(content.id());
            if (existing.isPresent()) {
                if (existing.get().toContent().equals(content)) {
                    outcomes.add(SaveOutcome.UNCHANGED);
                } else {
                    store(existing.get(), content);
                    changeLog.record(content.id(), LibraryChange.Kind.SAVED);
                    outcomes.add(SaveOutcome.UPDATED);
                }
            } else {
                Collection created = new Collection();
                created.apply(content);
                em.persist(created);
                changeLog.record(content.id(), LibraryChange.Kind.SAVED);
                outcomes.add(SaveOutcome.CREATED);
            }
        }
        return outcomes;
    }

    /**
     * Applies content to a stored collection. When its items change, the old ones are deleted first: EclipseLink
     * does not write an element collection whose elements were only put in another order.
     */
    private void store(Collection collection, CollectionContent content) {
        if (collection.itemCount() > 0 && !collection.toContent().items().equals(content.items())) {
            collection.clearItems();
            em.flush();
        }
        collection.apply(content);
    }

    private static CollectionDraft withCurator(CollectionDraft draft, Caller caller) {
        return draft.curator().isEmpty()
                ? new CollectionDraft(draft.title(), caller.displayName(), draft.description(), draft.language(),
                        draft.visibility(), draft.organizations(), draft.items())
                : draft;
    }
}
