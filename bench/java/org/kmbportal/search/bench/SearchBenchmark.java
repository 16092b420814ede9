package org.kmbportal.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.kmbportal.library.PracticeGuideContent;
import org.kmbportal.library.ResearchSummaryContent;
import org.kmbportal.library.ResourceContent;
import org.kmbportal.library.SummarySection;
import org.kmbportal.search.BenchVectors;
import org.kmbportal.search.InProcessSearch;
import org.kmbportal.search.LuceneOnlyIndexing;
import org.kmbportal.search.bench.QueryMix.SearchCase;

/**
 * The search speed benchmark of issue 4 ({@code mvn -Pbench verify}; see {@code bench/README.md}): generates a large
 * library, puts it in PostgreSQL, and measures the portal's full rebuild against Lucene alone, search latency under
 * load against the in-process floor and PostgreSQL full-text search, publish-to-searchable time, memory, and the
 * refusal of hostile queries. Every figure is the median of several runs; the table goes to
 * {@code target/bench/results.md}.
 */
public final class SearchBenchmark {

    private static final int[] CLIENTS = {1, 2, 8};

    private final BenchSettings settings;
    private final Results results = new Results();
    private final DatabaseLoader database;
    private final PortalRuns portals;
    private final LibraryGenerator generator;
    private double luceneRate;

    private SearchBenchmark(BenchSettings settings) {
        this.settings = settings;
        this.database = new DatabaseLoader(settings);
        this.portals = new PortalRuns(settings);
        this.generator = LibraryGenerator.fromContent(settings.contentDir(), settings.seed());
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        long start = System.nanoTime();
        new SearchBenchmark(settings).run();
        System.out.printf("Benchmark finished in %.1f min%n", (System.nanoTime() - start) / 60e9);
    }

    private void run() throws Exception {
        List<String> only = List.of(System.getProperty("bench.only", "all").split(","));
        if (!only.contains("all")) {
            partial(only);
            return;
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        step("Empty database " + settings.pgUrl() + "; first portal start creates the schema");
        database.resetDatabase();
        portals.createSchema();
        prepareLibrary();

        PostgresFullText postgres = new PostgresFullText(database);
        step("PostgreSQL full-text table and GIN index");
        double ftsSeconds = postgres.build();

        rebuilds();

        step("Portal restart with its index in place (serves the rest of the benchmark)");
        PortalRuns.Start serving = portals.start("bench-serve");
        try {
            HttpSearchTarget portal = new HttpSearchTarget(serving.portal().base());
            searchFigures(serving, portal, postgres);
            match(portal);
            publish(portal);
        } finally {
            serving.portal().stop();
        }
        startWithAndWithoutModel();
        results.note(String.format("PostgreSQL full-text table and GIN index built in %.0f s.", ftsSeconds));
        results.note("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, shared; load average before "
                + loadBefore + ", after " + Files.readString(Path.of("/proc/loadavg")).strip()
                + ". Portal JVM options: " + settings.portalJvm() + "; Java " + System.getProperty("java.version")
                + ".");
        System.out.println();
        System.out.println(results.markdown());
        results.write(settings.workDir().resolve("results.md"));
        System.out.println("Written to " + settings.workDir().resolve("results.md"));
    }

    /** Generates the library, loads it into the database, and times Lucene alone indexing it. */
    private void prepareLibrary() throws Exception {
        int n = settings.resources();
        step("Generating " + n + " resources");
        long start = System.nanoTime();
        List<ResourceContent> library = IntStream.range(0, n).parallel().mapToObj(generator::resource).toList();
        double generated = (System.nanoTime() - start) / 1e9;
        describe(library);
        int distinct = Math.min(n, Integer.getInteger("bench.vectors.distinct", 1000));
        step("Encoding " + distinct + " of them with the sentence-embedding model (the others' vectors derive from"
                + " these)");
        start = System.nanoTime();
        BenchVectors vectors = BenchVectors.sample(library, distinct, settings.seed());
        double encodedSeconds = (System.nanoTime() - start) / 1e9;
        results.add("7", "resource texts encoded by the model in the benchmark's JVM, per second (all threads)",
                Results.number(distinct / encodedSeconds, 0), 1);
        step("Loading them into PostgreSQL with JDBC batches");
        start = System.nanoTime();
        database.load(n, library::get, vectors::vector, BenchVectors.modelId());
        double loaded = (System.nanoTime() - start) / 1e9;
        results.note(String.format("Generated in %.0f s, inserted into PostgreSQL (with change log and stored"
                + " vectors) in %.0f s. Stored vectors: %d encoded by the model, the rest those moved by seeded"
                + " noise (BenchVectors).", generated, loaded, distinct));
        queryEmbedding();

        if (!Boolean.parseBoolean(System.getProperty("bench.lucene", "true"))) {
            // -Dbench.lucene=false (in bench.jvm) leaves out the reference, on a machine too busy for both.
            luceneRate = Double.NaN;
            return;
        }
        step("Lucene alone, same documents, in this process");
        LuceneOnlyIndexing lucene = new LuceneOnlyIndexing(generator.taxonomy(), library, vectors::vector);
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < settings.runs(); r++) {
            rates.add(lucene.run());
            System.out.printf("  run %d: %.0f documents/s%n", r + 1, rates.get(r));
        }
        luceneRate = Results.median(rates);
    }

    /** A query's embedding, as search computes it, in this JVM (the model is the portal's, with its settings). */
    private void queryEmbedding() {
        step("A query's embedding");
        List<String> topics = generator.taxonomy().vocabulary("topics").orElseThrow().terms().stream()
                .map(t -> t.key()).toList();
        List<String> queries = QueryMix.cases(400, topics, settings.seed()).stream().map(SearchCase::query)
                .filter(q -> !q.isBlank()).toList();
        List<Double> times = new ArrayList<>(BenchVectors.queryEmbeddingMillis(queries));
        java.util.Collections.sort(times);
        double p50 = times.get(times.size() / 2);
        double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
        results.add("7", "a query's embedding (" + times.size() + " queries of the search mix), one thread",
                String.format("p50 %.1f ms, p95 %.1f ms", p50, p95), 1, "p95 ≤ 10 ms", p95 <= 10);
    }

    /** Restarts with the index in place, with and without the model (-Dkmb.semantic=false), alternately. */
    private void startWithAndWithoutModel() {
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int r = 0; r < Math.max(3, settings.runs()); r++) {
            step("Restart with the model, run " + (r + 1));
            PortalRuns.Start a = portals.start("bench-model-" + (r + 1));
            a.portal().stop();
            with.add(a.readySeconds());
            step("Restart without the model (-Dkmb.semantic=false), run " + (r + 1));
            PortalRuns.Start b = portals.start("bench-nomodel-" + (r + 1), "-Dkmb.semantic=false");
            b.portal().stop();
            without.add(b.readySeconds());
        }
        double difference = Results.median(with) - Results.median(without);
        results.add("7", "restart to /health/ready with the index in place, with the model", seconds(Results.median(
                with)), with.size());
        results.add("7", "  the same without the model (-Dkmb.semantic=false)", seconds(Results.median(without)),
                without.size());
        results.add("7", "start-up time the model adds", seconds(difference), with.size(), "≤ 3 s", difference <= 3);
    }

    private void rebuilds() {
        List<Double> rates = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<Double> merges = new ArrayList<>();
        for (int r = 0; r < settings.runs(); r++) {
            step("Portal first start without an index, run " + (r + 1));
            PortalRuns.Start start = portals.startWithoutIndex("bench-build-" + (r + 1));
            double merge = PortalRuns.awaitMerged(start.portal());
            start.portal().stop();
            merges.add(merge);
            if (start.builtItems() != settings.resources()) {
                throw new IllegalStateException("The portal indexed " + start.builtItems() + " items, not "
                        + settings.resources());
            }
            rates.add(start.buildRate());
            ready.add(start.readySeconds());
            System.out.printf("  built %d items in %.1f s (%.0f/s); ready after %.1f s; merged into one segment in"
                    + " %.1f s more%n", start.builtItems(), start.buildSeconds(), start.buildRate(),
                    start.readySeconds(), merge);
        }
        double rate = Results.median(rates);
        results.add("1", "full rebuild from the database with stored vectors (portal's first start), resources/s",
                Results.number(rate, 0), rates.size(), "≥ 1,000/s", rate >= 1000);
        results.add("1", "Lucene alone, same documents and mapping, in-process, documents/s",
                Results.number(luceneRate, 0), settings.runs());
        results.add("1", "portal rebuild rate ÷ Lucene alone", Results.number(rate / luceneRate, 2), 0, "≥ 0.5",
                rate / luceneRate >= 0.5);
        results.add("1", "first start to /health/ready, building the index of " + Results.number(
                settings.resources(), 0) + " resources", seconds(Results.median(ready)), ready.size());
        results.add("1", "then the build's segments merged into one, in the background after ready",
                seconds(Results.median(merges)), merges.size());
    }

    private void searchLoad(HttpSearchTarget portal, InProcessTarget floor, PostgresFullText postgres)
            throws Exception {
        List<String> topics = generator.taxonomy().vocabulary("topics").orElseThrow().terms().stream()
                .map(t -> t.key()).toList();
        List<SearchCase> cases = QueryMix.cases(400, topics, settings.seed());
        List<LoadRun.Target> targets = List.of(portal, floor, postgres);
        for (int i = 0; i < 3; i++) {
            SearchCase c = cases.get(i);
            System.out.printf("  %s → portal %d, in-process %d, postgresql %d hits%n", c.path(),
                    portal.search(c), floor.client().search(c), postgres.client().search(c));
        }
        for (LoadRun.Target target : targets) {
            step("Warming up " + target.name());
            LoadRun.run(target, 2, settings.warmupSeconds(), cases);
        }
        Map<String, List<LoadRun.Outcome>> outcomes = new LinkedHashMap<>();
        for (int r = 0; r < settings.runs(); r++) {
            for (int clients : CLIENTS) {
                for (LoadRun.Target target : targets) {
                    LoadRun.Outcome outcome = LoadRun.run(target, clients, settings.loadSeconds(), cases);
                    outcomes.computeIfAbsent(target.name() + "@" + clients, k -> new ArrayList<>()).add(outcome);
                    System.out.printf(
                            "  run %d, %d clients, %-11s p50 %6.1f ms  p95 %6.1f ms  %6.0f/s  (%d, %d errors)%n",
                            r + 1, clients, target.name(), outcome.p50(), outcome.p95(), outcome.perSecond(),
                            outcome.searches(), outcome.errors());
                }
            }
        }
        for (int clients : CLIENTS) {
            for (LoadRun.Target target : targets) {
                List<LoadRun.Outcome> runs = outcomes.get(target.name() + "@" + clients);
                double p50 = Results.median(runs.stream().map(LoadRun.Outcome::p50).toList());
                double p95 = Results.median(runs.stream().map(LoadRun.Outcome::p95).toList());
                double rate = Results.median(runs.stream().map(LoadRun.Outcome::perSecond).toList());
                int errors = runs.stream().mapToInt(LoadRun.Outcome::errors).sum();
                String value = String.format("p50 %.1f ms, p95 %.1f ms, %.0f searches/s%s", p50, p95, rate,
                        errors == 0 ? "" : ", " + errors + " errors");
                String figure = switch (target.name()) {
                    case "portal" -> "GET /api/search (facets, highlights), " + clients + " client" + (clients > 1
                            ? "s"
                            : "");
                    case "in-process" -> "  same searches, SearchService in-process (floor), " + clients;
                    default -> "  same searches, PostgreSQL full-text search, " + clients;
                };
                if (target.name().equals("portal") && clients == 2) {
                    results.add("2", figure, value, runs.size(), "p95 ≤ 53 ms (goal 25)", p95 <= 53 && errors == 0);
                } else {
                    results.add("2", figure, value, runs.size());
                }
            }
        }
    }

    private void hostile(HttpSearchTarget portal) throws Exception {
        step("Hostile queries");
        for (HostileQueries.Refusal refusal : new HostileQueries(portal).measure(15)) {
            results.add("5", "hostile query: " + refusal.kind() + " (answer " + refusal.status() + ")",
                    Results.number(refusal.medianMillis(), 1) + " ms", refusal.runs(), "< 200 ms",
                    refusal.medianMillis() < 200 && refusal.status() < 500);
        }
    }

    /**
     * Only some figures ({@code match}, {@code publish}), on the database and index that the last full run left:
     * nothing is generated or rebuilt.
     */
    private void partial(List<String> only) throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        step("Portal start on the last full run's database and index");
        PortalRuns.Start serving = portals.start("bench-serve");
        try {
            HttpSearchTarget portal = new HttpSearchTarget(serving.portal().base());
            if (only.contains("search")) {
                PostgresFullText postgres = new PostgresFullText(database);
                step("PostgreSQL full-text table and GIN index");
                postgres.build();
                searchFigures(serving, portal, postgres);
            }
            if (only.contains("match")) {
                match(portal);
            }
            if (only.contains("publish")) {
                publish(portal);
            }
        } finally {
            serving.portal().stop();
        }
        if (only.contains("model")) {
            queryEmbedding();
            startWithAndWithoutModel();
        }
        results.note("Only " + String.join(" and ", only) + " (-Dbench.only), on the database and index of the last"
                + " full run. Load average before " + loadBefore + ", after "
                + Files.readString(Path.of("/proc/loadavg")).strip() + ".");
        System.out.println(results.markdown());
        results.write(settings.workDir().resolve("results-" + String.join("-", only) + ".md"));
    }

    /**
     * On the serving portal: its restart time, the search load against the in-process floor and PostgreSQL, its
     * memory before and after that load, and the hostile queries.
     */
    private void searchFigures(PortalRuns.Start serving, HttpSearchTarget portal, PostgresFullText postgres)
            throws Exception {
        results.add("1", "restart to /health/ready with the index in place", seconds(serving.readySeconds()), 1);
        PortalRuns.Memory started = PortalRuns.memory(serving.portal().pid());
        try (InProcessSearch floor = InProcessSearch.copyOf(portals.indexDir(), generator.taxonomy())) {
            searchLoad(portal, new InProcessTarget(floor), postgres);
        }
        PortalRuns.Memory loaded = PortalRuns.memory(serving.portal().pid());
        results.add("4", "portal resident memory (VmRSS) after start", memory(started), 1);
        results.add("4", "portal resident memory (VmRSS) after the search load", memory(loaded), 1);
        hostile(portal);
    }

    private void match(HttpSearchTarget portal) throws Exception {
        for (String mix : System.getProperty("bench.match.mixes", "one,varied").split(",")) {
            match(portal, MatchLatency.Mix.named(mix));
        }
    }

    /**
     * Matching latency; {@code varied}: one to three challenge sentences per profile, nearly all texts distinct (the
     * portal's cache of challenge relevance rarely answers), else one sentence of 18 (as before stop 28); {@code long}
     * (stop 57, only with {@code -Dbench.match.mixes=one,varied,long}): a paragraph of 60 to 150 words each.
     */
    private void match(HttpSearchTarget portal, MatchLatency.Mix mix) throws Exception {
        step("POST /api/match against the whole library" + switch (mix) {
            case ONE -> "";
            case VARIED -> ", varied challenges";
            case LONG -> ", long paragraphs";
        });
        List<Double> p50s = new ArrayList<>();
        List<Double> p95s = new ArrayList<>();
        long distinct = 0;
        for (int r = 0; r < settings.runs(); r++) {
            MatchLatency latency = new MatchLatency(portal.base(), generator.taxonomy(), settings.seed() + r, 200,
                    mix);
            distinct = latency.distinctChallenges();
            long[] millis = latency.measure(r == 0 ? 50 : 10);
            p50s.add(LoadRun.percentile(millis, 0.5));
            p95s.add(LoadRun.percentile(millis, 0.95));
            System.out.printf("  run %d: p50 %d ms, p95 %d ms (%d distinct challenge texts)%n", r + 1,
                    Math.round(p50s.get(r)), Math.round(p95s.get(r)), distinct);
        }
        double p95 = Results.median(p95s);
        results.add("6", "POST /api/match, a profile against all " + String.format("%,d", settings.resources())
                + " resources, 1 client (200 profiles a run, " + distinct + " distinct challenge texts"
                + switch (mix) {
                    case ONE -> " of one sentence";
                    case VARIED -> " of one to three sentences";
                    case LONG -> " of 60 to 150 words";
                } + ")",
                String.format("p50 %.0f ms, p95 %.0f ms",
                        Results.median(p50s), p95),
                p95s.size(), "p95 ≤ 100 ms", p95 <= 100);
    }

    private void publish(HttpSearchTarget portal) throws Exception {
        step("Publish-to-searchable, cross-node path (" + settings.changes() + " changes)");
        // A partial run publishes on the last full run's data: fresh words, so as not to reuse its resources' ids.
        long seed = System.getProperty("bench.only", "all").equals("all") ? settings.seed() : System.nanoTime();
        PublishLatency latency = new PublishLatency(database, portal, seed);
        List<Double> times = latency.crossNode(settings.changes(), settings.resources());
        long[] sorted = times.stream().mapToLong(t -> Math.round(t * 1000)).sorted().toArray();
        double median = Results.median(times);
        double p95 = LoadRun.percentile(sorted, 0.95) / 1000;
        results.add("3", "publish-to-searchable, cross-node (database change + change log, found by the 250 ms poll)",
                String.format("median %.0f ms, p95 %.0f ms (min %.0f, max %.0f)", median, p95, sorted[0] / 1000.0,
                        sorted[sorted.length - 1] / 1000.0),
                times.size(), "≤ 1 s", p95 <= 1000);
        step("Publish-to-searchable, same node through the editorial API (" + settings.changes() + " changes)");
        List<Double> same = latency.sameNode(settings.changes(), portal.base());
        long[] sameSorted = same.stream().mapToLong(t -> Math.round(t * 1000)).sorted().toArray();
        double sameP95 = LoadRun.percentile(sameSorted, 0.95) / 1000;
        results.add("3", "publish-to-searchable, same node (editor publishes through the editorial API)",
                String.format("median %.0f ms, p95 %.0f ms (min %.0f, max %.0f)", Results.median(same), sameP95,
                        sameSorted[0] / 1000.0, sameSorted[sameSorted.length - 1] / 1000.0),
                same.size(), "≤ 1 s", sameP95 <= 1000);
    }

    private void describe(List<ResourceContent> library) {
        long chars = 0;
        int french = 0;
        int guides = 0;
        for (ResourceContent r : library) {
            chars += text(r).length();
            french += r.language().equals("fr") ? 1 : 0;
            guides += r.isSummary() ? 0 : 1;
        }
        results.note(String.format("Library: %,d resources (%,d research summaries, %,d practice guides), %.0f%% in"
                + " French, %.1f KB of text each on average, study years 1965-2025; generated from the shipped"
                + " library's text (seed %d).", library.size(), library.size() - guides, guides,
                100.0 * french / library.size(), chars / 1024.0 / library.size(), settings.seed()));
    }

    private static String text(ResourceContent r) {
        StringBuilder text = new StringBuilder(r.title());
        switch (r) {
            case ResearchSummaryContent summary -> {
                for (SummarySection section : SummarySection.values()) {
                    text.append(summary.section(section));
                }
            }
            case PracticeGuideContent guide -> text.append(guide.summary()).append(guide.body());
        }
        return text.toString();
    }

    private static String seconds(double value) {
        return Results.number(value, 1) + " s";
    }

    private static String memory(PortalRuns.Memory memory) {
        return String.format("%.0f MiB (anonymous %.0f MiB, mapped files %.0f MiB)", memory.rss(), memory.anonymous(),
                memory.files());
    }

    private static void step(String what) {
        System.out.println("== " + what);
    }
}
