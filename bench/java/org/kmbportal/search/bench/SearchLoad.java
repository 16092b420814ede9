package org.kmbportal.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kmbportal.search.bench.QueryMix.SearchCase;

/**
 * The benchmark's search load against portals already running (stop 46): the same 400 searches ({@link QueryMix},
 * seed 4), the same closed-loop clients ({@link LoadRun}), each target in turn run after run so that the machine's
 * other work falls on all alike. A target is a base address, or a base address followed by {@code |dnt}: the same
 * portal asked with {@code DNT: 1}, so that it keeps no search signal (what a search costs without that write); and
 * {@code |pid=N} to report the CPU time the portal's process N used per search ({@code -Dload.pid} for all).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) -Dkmb.project.dir=$PWD org.kmbportal.search.bench.SearchLoad \
 *     CLIENTS SECONDS RUNS WARMUP_SECONDS http://127.0.0.1:8510/ 'http://127.0.0.1:8510/|dnt' ...
 * </pre>
 */
public final class SearchLoad {

    private SearchLoad() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int runs = Integer.parseInt(args[2]);
        double warmup = Double.parseDouble(args[3]);
        BenchSettings settings = BenchSettings.fromSystemProperties();
        List<String> topics = LibraryGenerator.fromContent(settings.contentDir(), settings.seed()).taxonomy()
                .vocabulary("topics").orElseThrow().terms().stream().map(t -> t.key()).toList();
        List<SearchCase> cases = QueryMix.cases(400, topics, settings.seed());
        List<Target> targets = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String[] parts = args[i].split("\\|");
            List<String> options = List.of(parts).subList(1, parts.length);
            long pid = options.stream().filter(o -> o.startsWith("pid=")).mapToLong(o -> Long.parseLong(o.substring(4)))
                    .findFirst().orElse(Long.getLong("load.pid", 0));
            targets.add(new Target(URI.create(parts[0]), options.contains("dnt"), pid));
        }
        for (Target target : targets) {
            LoadRun.run(target, clients, warmup, cases);
        }
        Map<String, List<LoadRun.Outcome>> outcomes = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            for (Target target : targets) {
                String load = Files.readString(Path.of("/proc/loadavg")).strip();
                long cpuBefore = cpuTicks(target.pid());
                LoadRun.Outcome outcome = LoadRun.run(target, clients, seconds, cases);
                double cpuPerSearch = (cpuTicks(target.pid()) - cpuBefore) * 10.0 / outcome.searches();
                outcomes.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(outcome);
                cpu.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(cpuPerSearch);
                System.out.printf("run %d, %d clients, %-32s p50 %6.1f ms  p95 %6.1f ms  %5.1f/s  (%d, %d errors)"
                        + "  portal CPU %.1f ms a search  load %s%n", r + 1, clients, target.name(), outcome.p50(),
                        outcome.p95(), outcome.perSecond(), outcome.searches(), outcome.errors(), cpuPerSearch,
                        load);
            }
        }
        for (Map.Entry<String, List<LoadRun.Outcome>> e : outcomes.entrySet()) {
            System.out.printf("median of %d, %-32s p50 %6.1f ms  p95 %6.1f ms  %5.1f/s  portal CPU %.1f ms a search%n",
                    e.getValue().size(), e.getKey(),
                    Results.median(e.getValue().stream().map(LoadRun.Outcome::p50).toList()),
                    Results.median(e.getValue().stream().map(LoadRun.Outcome::p95).toList()),
                    Results.median(e.getValue().stream().map(LoadRun.Outcome::perSecond).toList()),
                    Results.median(cpu.get(e.getKey())));
        }
    }

    /**
     * The user and system CPU time of a process in clock ticks (1/100 s), from {@code /proc/<pid>/stat}; 0 without
     * {@code -Dload.pid}.
     */
    private static long cpuTicks(long pid) throws java.io.IOException {
        if (pid == 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** {@code GET /api/search} as {@link HttpSearchTarget} sends it, with {@code DNT: 1} when asked. */
    private record Target(URI base, boolean doNotTrack, long pid) implements LoadRun.Target {

        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        @Override
        public String name() {
            return base + (doNotTrack ? " (DNT)" : "");
        }

        @Override
        public LoadRun.Client client() {
            return search -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(search.path()))
                        .timeout(Duration.ofSeconds(30)).header("Accept-Language", search.language()).GET();
                if (doNotTrack) {
                    request.header("DNT", "1");
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " for " + search.path());
                }
                return response.body().length();
            };
        }

        @Override
        public void close() {
        }
    }
}
