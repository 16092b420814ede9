package org.kmbportal.search.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (InProcessSearch search = InProcessSearch.copyOf(indexRoot, generator.taxonomy())) {
            System.out.println("documents: " + search.documentCount());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(answers))) {
                for (SearchCase c : cases) {
                    out.println(describe(c, search.search(c.request())));
                }
            }
            CpuRounds.run(rounds, cases, c -> search.search(c.request()), "search");
            int clients = Integer.getInteger("bench.search.clients", 0);
            for (int run = 0; clients > 0 && run < rounds; run++) {
                printLoad(search, cases, clients);
            }
            int slowest = Integer.getInteger("bench.search.slowest", 0);
            if (slowest > 0) {
                printSlowest(cases, search, slowest);
            }
        }
    }

    /**
     * The wall-clock latency of the floor under load ({@code -Dbench.search.clients=N}): N clients in this process,
     * each sending its next search when the last is answered, for {@code bench.load.seconds} (8), as the benchmark's
     * floor runs them.
     */
    private static void printLoad(InProcessSearch search, List<SearchCase> cases, int clients) throws Exception {
        LoadRun.Target target = new LoadRun.Target() {
            @Override
            public String name() {
                return "in-process";
            }

            @Override
            public LoadRun.Client client() {
                return c -> search.search(c.request()).total();
            }

            @Override
            public void close() {
            }
        };
        LoadRun.Outcome outcome = LoadRun.run(target, clients, Integer.getInteger("bench.load.seconds", 8), cases);
        System.out.printf("%d clients: p50 %.1f ms p95 %.1f ms, %.1f searches/s (%d, %d errors) | load %s%n", clients,
                outcome.p50(), outcome.p95(), outcome.perSecond(), outcome.searches(), outcome.errors(),
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /**
     * The searches that cost most ({@code -Dbench.search.slowest=N}): each distinct search's median CPU time of three,
     * the N dearest with their share of the whole mix's CPU, to show what the p95 is made of.
     */
    private static void printSlowest(List<SearchCase> cases, InProcessSearch search, int slowest) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, double[]> costs = new java.util.LinkedHashMap<>();
        double whole = 0;
        for (SearchCase c : cases) {
            double[] times = new double[3];
            for (int i = 0; i < times.length; i++) {
                long t0 = threads.getCurrentThreadCpuTime();
                search.search(c.request());
                times[i] = (threads.getCurrentThreadCpuTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(times);
            whole += times[1];
            costs.computeIfAbsent(c.path() + " [" + c.language() + "]", k -> new double[2]);
            costs.get(c.path() + " [" + c.language() + "]")[0] = times[1];
            costs.get(c.path() + " [" + c.language() + "]")[1]++;
        }
        double total = whole;
        System.out.printf("the %d dearest of %d distinct searches (median CPU of three, times in the mix):%n",
                slowest, costs.size());
        costs.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0])).limit(slowest)
                .forEach(e -> System.out.printf("  %7.2f ms x%.0f (%.1f%% of the mix)  %s%n", e.getValue()[0],
                        e.getValue()[1], 100 * e.getValue()[0] * e.getValue()[1] / total, e.getKey()));
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
