package org.kmbportal.search.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kmbportal.matching.InProcessMatching;
import org.kmbportal.matching.Match;
import org.kmbportal.search.InProcessSearch;

/**
 * The CPU time of one {@code POST /api/match}, in this process, on a copy of an index the benchmark left: the 200
 * profiles of the matching figure ({@link MatchLatency}, same seed), one after the other on one thread, {@code rounds}
 * times after one unmeasured round. Prints each round's CPU and wall-clock figures per match and writes every answer
 * (ids, titles, scores, reasons, in order) to a file, so that two builds can be shown to answer alike ({@code cmp}).
 * <p>
 * Arguments: the index root ({@code target/bench/data/index} of a full run), the answers' file, the rounds (5).
 * {@code -Dbench.match.varied=true}: the varied challenges of {@link MatchLatency} (one to three sentences, nearly all
 * distinct): about 140 texts, sent in the same order each round, are more than the searcher keeps (64), so each
 * one's relevance is worked out again. {@code -Dbench.match.profiles=40}: that many profiles (on a busy machine);
 * fewer texts than the searcher keeps, so the measured rounds time the ranking with each text's relevance kept.
 * {@code -Dbench.match.mix=long} (stop 57; {@code one}, {@code varied} as the property above): a paragraph of 60 to
 * 150 words each ({@link MatchLatency.Mix#LONG}), every text distinct.
 */
public final class MatchProfile {

    private MatchProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path indexRoot = Path.of(args[0]);
        Path answers = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LibraryGenerator generator = LibraryGenerator.fromContent(settings.contentDir(), settings.seed());
        MatchLatency.Mix mix = MatchLatency.Mix.named(System.getProperty("bench.match.mix",
                Boolean.getBoolean("bench.match.varied") ? "varied" : "one"));
        List<String> bodies = new MatchLatency(URI.create("http://127.0.0.1/"), generator.taxonomy(),
                settings.seed(), Integer.getInteger("bench.match.profiles", 200), mix).bodies();
        System.out.println("challenges: " + mix.name().toLowerCase(java.util.Locale.ROOT));
        try (InProcessSearch search = InProcessSearch.copyOf(indexRoot, generator.taxonomy())) {
            System.out.println("documents: " + search.documentCount());
            // Ranker adds up its overlaps in the order of a Map.of, which changes from one JVM to the next: two runs'
            // answers compare only when this order is the same (scores can differ in the last bit otherwise).
            System.out.println("Map.of order: " + java.util.Map.of("topics", 0.45, "program_models", 0.25,
                    "populations", 0.20, "settings", 0.10).keySet());
            InProcessMatching matching = new InProcessMatching(search.challengeSearch(), generator.taxonomy());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(answers))) {
                for (String body : bodies) {
                    out.println(body);
                    for (Match m : matching.match(body)) {
                        out.println("  " + m);
                    }
                }
            }
            CpuRounds.run(rounds, bodies, matching::match, "match");
        }
    }

}
