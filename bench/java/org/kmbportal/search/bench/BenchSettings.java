package org.kmbportal.search.bench;

import java.nio.file.Path;

/**
 * What the benchmark runs on and how long, from system properties ({@code mvn -Pbench verify -Dbench.resources=5000}
 * for a quick try). The defaults are those of the reported figures.
 *
 * @param runs
 *            how many times each measurement is repeated; a figure is the median of its runs
 * @param loadSeconds
 *            how long one load run lasts at one concurrency
 */
record BenchSettings(Path projectDir, Path workDir, int resources, long seed, int runs, int loadSeconds,
        int warmupSeconds, int changes, String portalJvm, String pgUrl, String pgUser, String pgPassword) {

    static BenchSettings fromSystemProperties() {
        Path project = Path.of(System.getProperty("kmb.project.dir", ".")).toAbsolutePath();
        return new BenchSettings(project, project.resolve("target/bench"),
                Integer.getInteger("bench.resources", 50_000),
                Long.getLong("bench.seed", 4L), Integer.getInteger("bench.runs", 3),
                Integer.getInteger("bench.load.seconds", 8), Integer.getInteger("bench.warmup.seconds", 15),
                Integer.getInteger("bench.changes", 24),
                System.getProperty("bench.portal.jvm", "-Xmx1g --add-modules jdk.incubator.vector"),
                System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/kmb_bench"),
                System.getProperty("bench.pg.user", "kmb"), System.getProperty("bench.pg.password", "kmb"));
    }

    Path contentDir() {
        return projectDir.resolve("content");
    }
}
