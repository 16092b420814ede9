package org.kmbportal.curation;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;

/**
 * Who may read a collection: its visibility, the supported organizations it is shared with, and the secret link of
 * an unlisted one (renewed or revoked). Changes are recorded in the change log like any edit.
 */
@ApplicationScoped
public class CollectionSharing {

    @Inject
    ChangeLog changeLog;

    @Inject
    CollectionService collections;

    @Inject
    CollectionEditing editing;

    /** Changes who may read the collection; a new unlisted link is made when it becomes unlisted. */
    @Transactional
    public Collection share(String slug, Visibility visibility, Set<Long> organizations) {
        Collection collection = collections.editable(slug);
        CollectionDraft draft = CollectionDraft.of(collection.toContent(), organizations);
        CollectionDraft shared = new CollectionDraft(draft.title(), draft.curator(), draft.description(),
                draft.language(), visibility, organizations, draft.items());
        return editing.update(slug, -1, shared);
    }

    /** A new secret link for an unlisted collection; the old one stops working. */
    @Transactional
    public Collection newLink(String slug) {
        Collection collection = collections.editable(slug);
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
}
