package org.kmbportal.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The sentence embedding of each item's revision, encoded once: a revision already encoded (by this node, another
 * node or an earlier start) is read from the database ({@link MeaningStore}); only a new revision is encoded, and its
 * vector is stored at once. So a rebuild of an unchanged library encodes nothing, and publishing encodes one text. When
 * the model is not available nothing is read or stored and items are indexed by their words alone. The store failing
 * never stops indexing: the vector is then encoded again next time.
 */
@ApplicationScoped
public class MeaningVectors {

    private static final Logger LOG = Logger.getLogger(MeaningVectors.class.getName());

    @Inject
    MeaningStore store;

    private final AtomicLong encoded = new AtomicLong();

    /** How many item texts this node has encoded since it started (not queries). */
    long encodedCount() {
        return encoded.get();
    }

    /**
     * The vectors of these entries, by id: stored ones reused, the others encoded and stored. Needs the database:
     * call it from a thread that may use it.
     */
    Map<String, float[]> of(Collection<IndexEntry> entries) {
        Map<String, float[]> vectors = stored(entries);
        Map<String, Map.Entry<Long, float[]>> fresh = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            if (!vectors.containsKey(entry.id())) {
                float[] vector = encode(entry);
                if (vector != null) {
                    vectors.put(entry.id(), vector);
                    fresh.put(entry.id(), Map.entry(entry.version(), vector));
                }
            }
        }
        keep(fresh);
        return vectors;
    }

    /** The stored vectors of these entries' very revisions, by id (empty when the model is not available). */
    Map<String, float[]> stored(Collection<IndexEntry> entries) {
        Map<String, float[]> vectors = new HashMap<>();
        if (entries.isEmpty() || !SentenceEncoder.available()) {
            return vectors;
        }
        Map<String, Long> versions = new HashMap<>();
        entries.forEach(e -> versions.put(e.id(), e.version()));
        try {
            for (MeaningVector stored : store.find(versions.keySet(), SentenceEncoder.MODEL_ID)) {
                if (versions.get(stored.itemId) == stored.itemVersion) {
                    float[] vector = stored.floats();
                    if (vector.length == SentenceEncoder.DIMENSIONS) {
                        vectors.put(stored.itemId, vector);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stored sentence embeddings could not be read; encoding them again", e);
        }
        return vectors;
    }

    /** Encodes one entry's text (any thread; no database), or null when the model is not available. */
    float[] encode(IndexEntry entry) {
        float[] vector = SentenceEncoder.embed(DocumentMapper.meaningText(entry));
        if (vector != null) {
            encoded.incrementAndGet();
        }
        return vector;
    }

    /** Stores freshly encoded vectors (item id to revision and vector), replacing other revisions'. */
    void keep(Map<String, Map.Entry<Long, float[]>> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        try {
            store.keep(fresh, SentenceEncoder.MODEL_ID);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sentence embeddings of " + fresh.size()
                    + " items could not be stored; they will be encoded again at the next rebuild", e);
        }
    }
}
