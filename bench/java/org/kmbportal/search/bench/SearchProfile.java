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
        }
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
