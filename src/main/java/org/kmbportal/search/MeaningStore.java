package org.kmbportal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The stored sentence embeddings, one per item revision and model (table {@code meaning_vector}, Flyway V19). Each
 * call runs in a short transaction of its own, whatever thread asks, like {@link LibraryReader}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MeaningStore {

    @Inject
    EntityManager em;

    /** Every stored vector of these items made by this model, whatever their revision. */
    public List<MeaningVector> find(Collection<String> itemIds, String model) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM MeaningVector m WHERE m.model = :model AND m.itemId IN :ids",
                MeaningVector.class).setParameter("model", model).setParameter("ids", List.copyOf(itemIds))
                .getResultList();
    }

    /**
     * Keeps these revisions' vectors (item id to revision and vector) in place of any other revision's of the same
     * items and model.
     */
    public void keep(Map<String, Map.Entry<Long, float[]>> vectors, String model) {
        if (vectors.isEmpty()) {
            return;
        }
        em.createQuery("DELETE FROM MeaningVector m WHERE m.model = :model AND m.itemId IN :ids")
                .setParameter("model", model).setParameter("ids", new ArrayList<>(vectors.keySet())).executeUpdate();
        vectors.forEach((id, revision) -> em
                .persist(new MeaningVector(id, revision.getKey(), model, revision.getValue())));
    }
}
