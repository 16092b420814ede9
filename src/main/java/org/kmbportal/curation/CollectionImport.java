package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.SaveOutcome;

/**
 * Collections arriving as content files: one file a curator imports (theirs to create or update), or a batch of the
 * library's files saved all or none.
 */
@ApplicationScoped
public class CollectionImport {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    CollectionService collections;

    @Inject
    CollectionEditing editing;

    /**
     * Imports one collection file for the calling curator: a new id becomes their collection, an id they may edit is
     * updated; organizations it is shared with stay as they are.
     */
    @Transactional
    public SaveOutcome importFile(CollectionContent content) {
        Optional<Collection> existing = collections.find(content.id());
        if (existing.isEmpty()) {
            editing.create(CollectionDraft.of(content, Set.of()), content.id());
            return SaveOutcome.CREATED;
        }
        if (!CollectionAccess.canEdit(existing.get(), collections.viewer())) {
            throw new CollectionException("curation.idTaken", "The id '" + content.id()
                    + "' belongs to a collection you may not change.");
        }
        Collection collection = collections.editable(content.id());
        if (collection.toContent().equals(content)) {
            return SaveOutcome.UNCHANGED;
        }
        editing.update(content.id(), -1, CollectionDraft.of(content, collection.getSharedWith()));
        return SaveOutcome.UPDATED;
    }

    /** Saves collections as the content format holds them (import), all or none; each change is logged for search. */
    @Transactional
    public List<SaveOutcome> saveAll(List<CollectionContent> contents) {
        changeLog.lock();
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (CollectionContent content : contents) {
            Optional<Collection> existing = collections.find(content.id());
            if (existing.isPresent()) {
                if (existing.get().toContent().equals(content)) {
                    outcomes.add(SaveOutcome.UNCHANGED);
                } else {
                    CollectionEditing.store(em, existing.get(), content);
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
}
