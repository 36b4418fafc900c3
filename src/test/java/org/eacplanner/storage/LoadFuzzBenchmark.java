package org.eacplanner.storage;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;

/**
 * Runs the loader's fuzz corpus and prints how each case ended and the slowest cases. Run with
 * {@code bench/load-fuzz.sh [CASES]} (default 6,000, the test's corpus). Target: slowest case under 1 s.
 */
public final class LoadFuzzBenchmark {

    private LoadFuzzBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : LoaderFuzzTest.CASES;
        AssessmentReader reader = new AssessmentReader();
        for (var scenario : Scenarios.files()) {
            for (int i = 0; i < 20; i++) {
                reader.read(Files.readAllBytes(scenario), "warm-up");
            }
        }
        FuzzCorpus corpus = FuzzCorpus.ofScenarios();
        ExecutorService executor = FuzzOutcome.executor();
        List<FuzzOutcome> outcomes = new ArrayList<>(count);
        Map<String, Integer> results = new TreeMap<>();
        long started = System.nanoTime();
        long bytes = 0;
        try {
            for (int i = 0; i < count; i++) {
                FuzzCorpus.Case c = corpus.make(i);
                bytes += c.bytes().length;
                FuzzOutcome o = FuzzOutcome.run(reader, c, executor, LoaderFuzzTest.LIMIT_SECONDS);
                outcomes.add(new FuzzOutcome(new FuzzCorpus.Case(c.index(), c.name(), new byte[0]), o.nanos(),
                        o.result(), o.bug()));
                results.merge(o.isBug() ? "BUG" : o.result(), 1, Integer::sum);
            }
        } finally {
            executor.shutdownNow();
        }
        long total = System.nanoTime() - started;
        outcomes.sort(Comparator.comparingLong(FuzzOutcome::nanos).reversed());
        long[] sorted = outcomes.stream().mapToLong(FuzzOutcome::nanos).sorted().toArray();
        System.out.printf("%d cases, %.1f MB, in %.1f s (seed %x)%n", count, bytes / 1e6, total / 1e9, FuzzCorpus.SEED);
        results.forEach((k, v) -> System.out.printf("  %-20s %6d%n", k, v));
        System.out.printf("median %.2f ms, 99th percentile %.1f ms%n", sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6);
        System.out.println("slowest:");
        outcomes.stream().limit(5).forEach(o -> System.out.printf("  %8.1f ms  %s -> %s%n", o.nanos() / 1e6,
                o.input().name(), o.isBug() ? "BUG " + o.bug() : o.result()));
        System.out.printf("SLOWEST %.3f s (target under 1 s)%n", sorted[sorted.length - 1] / 1e9);
        outcomes.stream().filter(FuzzOutcome::isBug).forEach(o -> System.out.println("BUG " + o.input().name() + ": " + o.bug()));
    }
}
