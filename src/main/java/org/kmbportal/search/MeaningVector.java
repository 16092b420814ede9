package org.kmbportal.search;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The stored sentence embedding of one revision of an item, made by one model ({@link MeaningStore}). */
@Entity
@Table(name = "meaning_vector")
@IdClass(MeaningVector.Key.class)
public class MeaningVector {

    /** The primary key: an item's revision and the model. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String itemId;
        long itemVersion;
        String model;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.itemVersion == itemVersion && Objects.equals(k.itemId, itemId)
                    && Objects.equals(k.model, model);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, itemVersion, model);
        }
    }

    @Id
    @Column(name = "item_id")
    String itemId;

    @Id
    @Column(name = "item_version")
    long itemVersion;

    @Id
    @Column(name = "model")
    String model;

    @Column(name = "vector")
    byte[] vector;

    protected MeaningVector() {
    }

    MeaningVector(String itemId, long itemVersion, String model, float[] vector) {
        this.itemId = itemId;
        this.itemVersion = itemVersion;
        this.model = model;
        this.vector = toBytes(vector);
    }

    float[] floats() {
        return toFloats(vector);
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
