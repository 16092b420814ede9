package org.kmbportal.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * What the sentence-embedding model costs (issue 11): time to load, memory, a query's embedding (p50, p95), and how
 * many resources per second the index can embed (title and notes, as the index does). Run by bench/embedding.sh.
 */
public final class EmbeddingBenchmark {

    private static final String[] OPENINGS = {"how do we", "what can a small program do to",
            "is there evidence that we should",
            "our coordinators want to", "comment pouvons-nous", "what works to"};
    private static final String[] MIDDLES = {"keep volunteer mentors", "support youth leaving foster care",
            "measure the quality of", "end a match well and", "recruit male mentors for", "train new mentors to"};
    private static final String[] ENDINGS = {"when staff keep leaving", "in a rural community with no evaluator",
            "for teens who are anxious or depressed", "after the first three months", "with almost no budget",
            "so that funders see real outcomes"};

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long rssBefore = rssKb();
        long start = System.nanoTime();
        EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        model.embed("warm up");
        double loadMs = (System.nanoTime() - start) / 1e6;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        long rssAfter = rssKb();

        Random random = new Random(11);
        double[] queryMs = new double[rounds];
        for (int i = 0; i < rounds + 20; i++) {
            String query = OPENINGS[random.nextInt(OPENINGS.length)] + " " + MIDDLES[random.nextInt(MIDDLES.length)]
                    + " " + ENDINGS[random.nextInt(ENDINGS.length)] + "?";
            long t = System.nanoTime();
            model.embed(query);
            if (i >= 20) {
                queryMs[i - 20] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(queryMs);

        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                // The index embeds the title and the notes: about the first 1,500 characters of what a file says.
                texts.add(text.substring(0, Math.min(1_500, text.length())));
            }
        }
        long embedStart = System.nanoTime();
        for (String text : texts) {
            model.embed(text);
        }
        double perSecond = texts.size() / ((System.nanoTime() - embedStart) / 1e9);

        System.out.printf("model load (first use)      %8.0f ms%n", loadMs);
        System.out.printf("heap after load             %+8.0f MB%n", (heapAfter - heapBefore) / 1e6);
        System.out.printf("resident memory after load  %+8.0f MB%n", (rssAfter - rssBefore) / 1e3);
        System.out.printf("query embedding p50         %8.1f ms (%d questions)%n", queryMs[rounds / 2], rounds);
        System.out.printf("query embedding p95         %8.1f ms%n", queryMs[(int) Math.ceil(rounds * 0.95) - 1]);
        System.out.printf("resources embedded          %8.1f per second (%d texts of up to 1,500 characters)%n",
                perSecond, texts.size());
        System.out.println("JVM: " + ManagementFactory.getRuntimeMXBean().getVmVersion() + ", "
                + runtime.availableProcessors() + " processors");
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
