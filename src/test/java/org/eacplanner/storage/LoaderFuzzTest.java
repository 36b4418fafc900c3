package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;

/**
 * 6,000 mutated or truncated versions of the scenarios (deterministic, {@link FuzzCorpus#SEED}): each either loads
 * or is refused with {@link AssessmentLoadException} naming the file and where; nothing else is thrown, and no file
 * takes over 5 s. {@code LoadFuzzBenchmark} runs the same corpus and reports the slowest.
 */
class LoaderFuzzTest {

    static final int CASES = 6_000;
    static final long LIMIT_SECONDS = 5;

    @Test
    void everyMutatedFileLoadsOrIsRefusedWithAPlaceInBoundedTime() {
        AssessmentReader reader = new AssessmentReader();
        ExecutorService executor = FuzzOutcome.executor();
        List<String> bugs = new ArrayList<>();
        Map<String, Integer> results = new TreeMap<>();
        long slowest = 0;
        try {
            for (FuzzCorpus.Case c : (Iterable<FuzzCorpus.Case>) FuzzCorpus.ofScenarios().cases(CASES)::iterator) {
                FuzzOutcome o = FuzzOutcome.run(reader, c, executor, LIMIT_SECONDS);
                slowest = Math.max(slowest, o.nanos());
                if (o.isBug()) {
                    bugs.add(c.name() + ": " + o.bug());
                    if (o.bug().startsWith("took over")) {
                        executor.shutdownNow();
                        executor = FuzzOutcome.executor();
                    }
                } else {
                    results.merge(o.result(), 1, Integer::sum);
                }
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(bugs).as("cases that did something else than load or refuse with a place").isEmpty();
        assertThat(slowest).as("slowest case, ns").isLessThan(LIMIT_SECONDS * 1_000_000_000L);
        assertThat(results.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
        assertThat(results).as("the corpus reaches every stage of the loader")
                .containsKeys("loaded", "loaded read-only", "refused NOT_JSON", "refused NOT_OURS", "refused SCHEMA");
    }
}
