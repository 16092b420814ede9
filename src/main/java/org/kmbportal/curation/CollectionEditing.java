package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.LibraryService;
import org.kmbportal.platform.AccessDenied;

/**
 * Curators' changes to their collections: creating one, saving an edit (refused when someone saved since, or when
 * the curator has another collection of the new title: {@link CollectionTitles}), putting the items in another order,
 * deleting. Each change takes the change log's lock and records itself in the same
 * transaction, so search follows it.
 */
@ApplicationScoped
public class CollectionEditing {

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

    @Inject
    CollectionService collections;

    @Inject
    CollectionTitles titles;

    @Transactional
    public Collection create(CollectionDraft draft, String requestedId) {
        Caller caller = guard.requireSignedIn();
        if (!collections.viewer().curator()) {
            throw AccessDenied.because("api.denied.createCollection", "Mentors and editors create collections.");
        }
        String id = requestedId == null || requestedId.isBlank()
                ? CollectionIds.free(draft.title(), candidate -> collections.find(candidate).isPresent()
                        || library.find(candidate).isPresent())
                : requestedId.strip();
        if (!CollectionIds.valid(id) || collections.find(id).isPresent() || library.find(id).isPresent()) {
            throw new CollectionException("curation.idTaken", "The id '" + id + "' is taken or not valid.").with(id);
        }
        CollectionContent content = withCurator(draft, caller).toContent(id, null);
        checks.check(content, draft.organizations(), supported.of(caller.accountId()));
        changeLog.lock();
        titles.refuseSame(caller.accountId(), id, content.title(), true);
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
        Collection collection = collections.editable(slug);
        changeLog.lock();
        em.refresh(collection);
        if (version >= 0 && collection.getVersion() != version) {
            throw new CollectionConflict(slug, collection.getVersion());
        }
        CollectionContent content = withCurator(draft, guard.requireSignedIn()).toContent(slug,
                collection.toContent());
        if (content.equals(collection.toContent()) && draft.organizations().equals(collection.getSharedWith())) {
            // Saved as it is (a PUT of the same fields): no new version, no change-log entry, no index work, as the
            // editor page's "Nothing has changed" (user session api58: the API made a new version each time).
            return collection;
        }
        checks.check(content, draft.organizations(), collections.shareable(collection), CollectionChecks.resourcesIn(
                collection.toContent()));
        Long owner = collection.getCuratorAccountId();
        titles.refuseSame(owner, slug, content.title(), owner == null || owner == guard.requireSignedIn()
                .accountId());
        store(em, collection, content);
        collection.setSharedWith(draft.organizations());
        changeLog.record(slug, LibraryChange.Kind.SAVED);
        return collection;
    }

    /** Puts the items in a new order: {@code order} lists the current positions (from 0) in their new order. */
    @Transactional
    public Collection reorder(String slug, long version, List<Integer> order) {
        Collection collection = collections.editable(slug);
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
                    + (collection.itemCount() - 1) + ") once.").with(collection.itemCount() - 1);
        }
        CollectionContent current = collection.toContent();
        store(em, collection, new CollectionContent(current.id(), current.title(), current.language(),
                current.published(), current.terms(), current.curator(), current.description(),
                current.visibility(), order.stream().map(i -> current.items().get(i)).toList(),
                current.curatorTranslated()));
        changeLog.record(slug, LibraryChange.Kind.SAVED);
        return collection;
    }

    @Transactional
    public void delete(String slug) {
        Collection collection = collections.editable(slug);
        changeLog.lock();
        em.createQuery("delete from Follow f where f.collectionId = :c").setParameter("c", collection.getId())
                .executeUpdate();
        em.remove(collection);
        changeLog.record(slug, LibraryChange.Kind.DELETED);
    }

    /**
     * Applies content to a stored collection. When its items change, the old ones are deleted first: EclipseLink
     * does not write an element collection whose elements were only put in another order.
     */
    static void store(EntityManager em, Collection collection, CollectionContent content) {
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
