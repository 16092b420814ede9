package org.kmbportal.search.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.kmbportal.library.ResourceContent;
import org.kmbportal.search.LuceneOnlyIndexing;

/**
 * The CPU time of the portal's own part of a rebuild, mapping each resource to its Lucene document, in this process:
 * {@code count} generated resources (5,000) mapped {@code rounds} times (5) after one unmeasured round, on one
 * thread; prints each round's microseconds per resource and their median. Lucene's part (analysis, the HNSW graph)
 * is left out: it is the same whatever the mapping's code.
 */
public final class MappingProfile {

    private MappingProfile() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LibraryGenerator generator = LibraryGenerator.fromContent(settings.contentDir(), settings.seed());
        List<ResourceContent> library = IntStream.range(0, count).mapToObj(generator::resource).toList();
        LuceneOnlyIndexing lucene = new LuceneOnlyIndexing(generator.taxonomy(), library, i -> null);
        lucene.mappingCpuNanos();
        List<Double> perResource = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double micros = lucene.mappingCpuNanos() / 1e3 / count;
            perResource.add(micros);
            System.out.printf("round %d: %.1f µs CPU per resource%n", r + 1, micros);
        }
        Collections.sort(perResource);
        System.out.printf("median: %.1f µs CPU per resource%n", perResource.get(perResource.size() / 2));
    }
}
