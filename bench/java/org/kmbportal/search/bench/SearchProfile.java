package org.kmbportal.search.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kmbportal.search.InProcessSearch;
import org.kmbportal.search.SearchResult;
import org.kmbportal.search.bench.QueryMix.SearchCase;

/**
 * The CPU time of one search, in this process, on a copy of an index the benchmark left: the 400 searches of the
 * load's mix, one after the other on one thread, {@code rounds} times after one unmeasured round. Prints the median
 * and p95 of each round's per-search CPU times (ThreadMXBean: what the machine's other work moves least) and its
 * wall-clock figures, and writes every answer (ids in order, total, strong count, facets, snippets) to a file, so
 * that two builds can be shown to answer alike ({@code diff}).
 * <p>
 * Arguments: the index root ({@code target/bench/data/index} of a full run), the answers' file, the rounds (5).
 */
public final class SearchProfile {

    private SearchProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path indexRoot = Path.of(args[0]);
        Path answers = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LibraryGenerator generator = LibraryGenerator.fromContent(settings.contentDir(), settings.seed());
        List<String> topics = generator.taxonomy().vocabulary("topics").orElseThrow().terms().stream()
                .map(t -> t.key()).toList();
        List<SearchCase> cases = QueryMix.cases(400, topics, settings.seed());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (InProcessSearch search = InProcessSearch.copyOf(indexRoot, generator.taxonomy())) {
            System.out.println("documents: " + search.documentCount());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(answers))) {
                for (SearchCase c : cases) {
                    out.println(describe(c, search.search(c.request())));
                }
            }
            List<Double> roundCpu = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                List<Double> cpu = new ArrayList<>();
                List<Double> wall = new ArrayList<>();
                for (SearchCase c : cases) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    search.search(c.request());
                    wall.add((System.nanoTime() - w0) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - t0) / 1e6);
                }
                double total = cpu.stream().mapToDouble(Double::doubleValue).sum();
                roundCpu.add(total / cpu.size());
                Collections.sort(cpu);
                Collections.sort(wall);
                System.out.printf("round %d: cpu mean %.2f ms p50 %.2f p95 %.2f | wall p50 %.2f p95 %.2f | load %s%n",
                        r + 1, total / cpu.size(), pct(cpu, 50), pct(cpu, 95), pct(wall, 50), pct(wall, 95),
                        Files.readString(Path.of("/proc/loadavg")).strip());
            }
            Collections.sort(roundCpu);
            System.out.printf("median of rounds' mean cpu per search: %.2f ms%n", roundCpu.get(roundCpu.size() / 2));
        }
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get((int) Math.ceil(sorted.size() * p / 100.0) - 1);
    }

    private static String describe(SearchCase c, SearchResult result) {
        StringBuilder line = new StringBuilder(c.path()).append(" [").append(c.language()).append("] total=")
                .append(result.total()).append(" strong=").append(result.strong()).append(" suggestion=")
                .append(result.suggestion()).append(" corrected=").append(result.corrected()).append('\n');
        for (SearchResult.Hit hit : result.hits()) {
            line.append("  ").append(hit).append('\n');
        }
        line.append("  facets=").append(result.facets());
        return line.toString();
    }
}
