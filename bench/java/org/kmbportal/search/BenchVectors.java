package org.kmbportal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.kmbportal.library.ResourceContent;

/**
 * Sentence embeddings for the generated library, as the portal stores them (table {@code meaning_vector}). Encoding
 * 50,000 texts would take this 2-core machine most of an hour, and a rebuild with stored vectors never encodes: so
 * the model encodes a sample of the generated resources for real ({@code distinct} of them), and resource <i>i</i>
 * gets sample vector <i>i</i> mod {@code distinct}, moved by seeded noise and made unit length again, so that no two
 * vectors are equal and the HNSW graph is built over as many distinct points as the library has resources. Also
 * times a query's embedding in this JVM, as search computes it.
 */
public final class BenchVectors {

    private final float[][] sample;
    private final long seed;

    private BenchVectors(float[][] sample, long seed) {
        this.sample = sample;
        this.seed = seed;
    }

    /** Encodes the first {@code distinct} resources' texts (title and notes, as the index reads them). */
    public static BenchVectors sample(List<ResourceContent> library, int distinct, long seed) {
        if (!SentenceEncoder.available()) {
            throw new IllegalStateException("The sentence-embedding model did not load in the benchmark's JVM");
        }
        int n = Math.min(distinct, library.size());
        float[][] sample = new float[n][];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> sample[i] = SentenceEncoder
                .embed(DocumentMapper.meaningText(LibraryReader.entry(library.get(i), 1))));
        return new BenchVectors(sample, seed);
    }

    public static String modelId() {
        return SentenceEncoder.MODEL_ID;
    }

    /** The stored vector of resource {@code i}. */
    public float[] vector(int i) {
        float[] base = sample[i % sample.length];
        if (i < sample.length) {
            return base;
        }
        Random random = new Random(seed * 31 + i);
        float[] v = Arrays.copyOf(base, base.length);
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] += (float) (random.nextGaussian() * 0.02);
            norm += v[d] * v[d];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= scale;
        }
        return v;
    }

    /** The stored form of a vector (as the portal writes it). */
    public static byte[] bytes(float[] vector) {
        return MeaningVector.toBytes(vector);
    }

    /** Milliseconds for each query's embedding, as search computes it (after a warm-up of the list once). */
    public static List<Double> queryEmbeddingMillis(List<String> queries) {
        queries.forEach(q -> HybridRanking.queryMeaning(q, "en"));
        List<Double> times = new ArrayList<>();
        for (String q : queries) {
            long start = System.nanoTime();
            SentenceEncoder.embed(q);
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }
}
