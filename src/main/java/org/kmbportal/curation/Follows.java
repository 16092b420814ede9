package org.kmbportal.curation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.accounts.Caller;
import org.kmbportal.accounts.Guard;

/**
 * Signed-in readers follow collections they may read, and see what changed since their last visit. Following changes
 * nothing in the collection (and so nothing the search index holds).
 */
@ApplicationScoped
public class Follows {

    @Inject
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    CollectionService collections;

    /** What readers see of a collection: changes are measured on it, not on what is stored. */
    @Inject
    ReadingList readingList;

    /** A followed collection and what changed in it since the reader's last visit. */
    public record Followed(Collection collection, CollectionChanges changes) {
    }

    @Transactional
    public void follow(String slug, String key) {
        Caller caller = guard.requireSignedIn();
        Collection collection = collections.readable(slug, key).orElseThrow(() -> CollectionException.unknown(slug));
        if (find(collection.getId(), caller.accountId()).isEmpty()) {
            em.persist(new Follow(collection.getId(), caller.accountId(), key,
                    readingList.visible(collection.toContent())));
        }
    }

    @Transactional
    public void unfollow(String slug) {
        Caller caller = guard.requireSignedIn();
        collections.find(slug).flatMap(c -> find(c.getId(), caller.accountId())).ifPresent(em::remove);
    }

    public boolean follows(Collection collection) {
        return guard.caller().flatMap(c -> find(collection.getId(), c.accountId())).isPresent();
    }

    /** What changed since the caller's last visit, or empty if they do not follow the collection. */
    public Optional<CollectionChanges> changes(Collection collection) {
        return guard.caller().flatMap(c -> find(collection.getId(), c.accountId()))
                .map(f -> f.changes(readingList.visible(collection.toContent())));
    }

    /** The caller saw the collection as it is now: the next changes start from here. */
    @Transactional
    public void visited(Collection collection) {
        guard.caller().flatMap(c -> find(collection.getId(), c.accountId()))
                .ifPresent(f -> f.visited(readingList.visible(collection.toContent())));
    }

    /** The collections the caller follows (those they may still read), each with its changes. */
    public List<Followed> mine() {
        Caller caller = guard.requireSignedIn();
        Viewer viewer = collections.viewer();
        return em.createQuery("select f from Follow f where f.accountId = :a order by f.followedAt", Follow.class)
                .setParameter("a", caller.accountId()).getResultList().stream()
                .flatMap(f -> Optional.ofNullable(em.find(Collection.class, f.getCollectionId()))
                        .filter(c -> CollectionAccess.canRead(c, viewer, f.getLinkKey()))
                        .map(c -> new Followed(c, f.changes(readingList.visible(c.toContent())))).stream())
                .toList();
    }

    private Optional<Follow> find(long collectionId, long accountId) {
        return em.createQuery("select f from Follow f where f.collectionId = :c and f.accountId = :a", Follow.class)
                .setParameter("c", collectionId).setParameter("a", accountId).getResultStream().findFirst();
    }
}
