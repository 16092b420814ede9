package org.kmbportal.search.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.IntStream;

import org.kmbportal.library.ResourceContent;
import org.kmbportal.search.BenchVectors;
import org.kmbportal.search.LuceneOnlyIndexing;

/**
 * The indexing part of a full rebuild with stored vectors, in this process ({@link LuceneOnlyIndexing}: the portal's
 * mapping, analyzers, writer settings and threads, no database): the CPU time of the whole JVM per resource, which
 * the machine's other work moves far less than the wall-clock rate, and that rate, for {@code rounds} rounds after one
 * unmeasured.
 * <p>
 * Arguments: the number of resources (50000), the resources the model encodes for real (200; the others' vectors
 * derive from them, as in the benchmark), the rounds (3).
 */
public final class RebuildProfile {

    private RebuildProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int distinct = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LibraryGenerator generator = LibraryGenerator.fromContent(settings.contentDir(), settings.seed());
        List<ResourceContent> library = IntStream.range(0, n).parallel().mapToObj(generator::resource).toList();
        BenchVectors vectors = BenchVectors.sample(library, distinct, settings.seed());
        LuceneOnlyIndexing lucene = new LuceneOnlyIndexing(generator.taxonomy(), library, vectors::vector);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        for (int r = 0; r <= rounds; r++) {
            long cpu = os.getProcessCpuTime();
            double rate = lucene.run();
            double cpuMicros = (os.getProcessCpuTime() - cpu) / 1e3 / n;
            System.out.printf("round %d%s: %.0f resources/s, JVM CPU %.0f µs per resource | load %s%n", r,
                    r == 0 ? " (unmeasured)" : "", rate, cpuMicros,
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        }
    }
}
