package org.kmbportal.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kmbportal.library.ChangeCounter;
import org.kmbportal.library.ChangeLog;
import org.kmbportal.library.LibraryChange;
import org.kmbportal.library.SaveOutcome;

/** Reads and changes collections. */
@ApplicationScoped
public class CollectionService {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

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

    /** Saves collections as the content format holds them (import), all or none; each change is logged for search. */
    @Transactional
    public List<SaveOutcome> saveAll(List<CollectionContent> contents) {
        ChangeCounter counter = changeLog.lock();
        List<SaveOutcome> outcomes = new ArrayList<>();
        for (CollectionContent content : contents) {
            Optional<Collection> existing = find(content.id());
            if (existing.isPresent()) {
                if (existing.get().toContent().equals(content)) {
                    outcomes.add(SaveOutcome.UNCHANGED);
                } else {
                    existing.get().apply(content);
                    changeLog.record(counter, content.id(), LibraryChange.Kind.SAVED);
                    outcomes.add(SaveOutcome.UPDATED);
                }
            } else {
                Collection created = new Collection();
                created.apply(content);
                em.persist(created);
                changeLog.record(counter, content.id(), LibraryChange.Kind.SAVED);
                outcomes.add(SaveOutcome.CREATED);
            }
        }
        return outcomes;
    }
}
