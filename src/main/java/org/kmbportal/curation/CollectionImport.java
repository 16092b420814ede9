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
     * Imports one collection file for the calling curator (mentor or editor alike): a new id becomes their collection,
     * under their name and private whatever the file says (it may be someone else's export: nothing is published,
     * or credited to another curator, without the importer choosing it on the collection's page); an id they may edit
     * is updated, keeping who can open it (visibility and organizations) as it is.
     */
    @Transactional
    public SaveOutcome importFile(CollectionContent content) {
        Optional<Collection> existing = collections.find(content.id());
        if (existing.isEmpty()) {
            editing.create(CollectionDraft.of(withAccess(content, "", Visibility.PRIVATE), Set.of()), content.id());
            return SaveOutcome.CREATED;
        }
        if (!CollectionAccess.canEdit(existing.get(), collections.viewer())) {
            throw new CollectionException("curation.idTaken", "The id '" + content.id()
                    + "' belongs to a collection you may not change.").said("api.curation.idNotYours", content.id());
        }
        Collection collection = collections.editable(content.id());
        CollectionContent kept = withAccess(content, content.curator(), collection.getVisibility());
        if (collection.toContent().equals(kept)) {
            return SaveOutcome.UNCHANGED;
        }
        editing.update(content.id(), -1, CollectionDraft.of(kept, collection.getSharedWith()));
        return SaveOutcome.UPDATED;
    }

    /** The content with this curator (empty: the importer's name) and visibility. */
    private static CollectionContent withAccess(CollectionContent content, String curator, Visibility visibility) {
        return new CollectionContent(content.id(), content.title(), content.language(), content.published(),
                content.terms(), curator, content.description(), visibility, content.items(),
                curator.equals(content.curator()) ? content.curatorTranslated() : "");
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
