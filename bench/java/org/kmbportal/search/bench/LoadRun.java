package org.kmbportal.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.kmbportal.search.bench.QueryMix.SearchCase;

/**
 * Closed-loop load: a number of clients, each sending its next search as soon as the previous one is answered, for a
 * fixed time. Every client walks the same list of searches from its own starting point. Latency is measured around
 * each call, in the client.
 */
final class LoadRun {

    /** Something that answers searches, with one {@link Client} per concurrent client. */
    interface Target extends AutoCloseable {
        String name();

        Client client() throws Exception;
    }

    /** One client's connection to a target; returns the total number of hits (for sanity checks). */
    interface Client extends AutoCloseable {
        long search(SearchCase search) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Latency percentiles in milliseconds, searches per second, and failures. */
    record Outcome(double p50, double p95, double perSecond, int searches, int errors) {
    }

    private LoadRun() {
    }

    static Outcome run(Target target, int clients, double seconds, List<SearchCase> cases) throws Exception {
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        List<Throwable> firstError = new ArrayList<>();
        int[] counts = new int[clients];
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[200_000];
            latencies.add(mine);
            Client connection = target.client();
            Thread thread = new Thread(() -> {
                int next = client * cases.size() / clients;
                try (connection) {
                    while (System.nanoTime() < deadline && counts[client] < mine.length) {
                        SearchCase search = cases.get(next++ % cases.size());
                        long begin = System.nanoTime();
                        try {
                            connection.search(search);
                        } catch (Exception e) {
                            if (errors.getAndIncrement() == 0) {
                                synchronized (firstError) {
                                    firstError.add(e);
                                }
                            }
                        }
                        mine[counts[client]++] = System.nanoTime() - begin;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }, target.name() + "-client-" + c);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        java.util.Arrays.sort(all);
        if (!firstError.isEmpty()) {
            System.out.println("  first error of " + errors.get() + " on " + target.name() + ": " + firstError.get(0));
        }
        return new Outcome(percentile(all, 0.50) / 1e6, percentile(all, 0.95) / 1e6, total / elapsed, total,
                errors.get());
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(long[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
