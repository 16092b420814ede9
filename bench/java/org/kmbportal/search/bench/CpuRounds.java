package org.kmbportal.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rounds of the same work, each item timed in this thread's CPU time and in wall time: each round's mean, p50 and
 * p95 and the load average printed, then the median of the rounds' means (the in-process profiles' figure).
 */
final class CpuRounds {

    private CpuRounds() {
    }

    static <T> void run(int rounds, List<T> items, Consumer<T> work, String per) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> roundCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Double> cpu = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            for (T item : items) {
                long t0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                work.accept(item);
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
        System.out.printf("median of rounds' mean cpu per %s: %.2f ms%n", per, roundCpu.get(roundCpu.size() / 2));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get((int) Math.ceil(sorted.size() * p / 100.0) - 1);
    }
}
