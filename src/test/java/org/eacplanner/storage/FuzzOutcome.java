package org.eacplanner.storage;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * What the loader did with one fuzz case: loaded it, refused it properly (the app's own error, each problem
 * located by line and column or JSON path), or did something else, which is a bug.
 */
record FuzzOutcome(FuzzCorpus.Case input, long nanos, String result, String bug) {

    /**
     * A JSON path below the root, or line and column; the whole file ({@code $}) only for its size and for the
     * line that counts the problems not listed.
     */
    private static final Pattern WHERE = Pattern.compile("^(\\$[.\\[].*|line \\d+, column \\d+)$");

    boolean isBug() {
        return bug != null;
    }

    /** Runs one case on {@code executor}, giving up after {@code limitSeconds}. */
    static FuzzOutcome run(AssessmentReader reader, FuzzCorpus.Case input, ExecutorService executor, long limitSeconds) {
        long start = System.nanoTime();
        Future<String> result = executor.submit(() -> load(reader, input));
        try {
            String outcome = result.get(limitSeconds, TimeUnit.SECONDS);
            long nanos = System.nanoTime() - start;
            return outcome.startsWith("BUG ") ? new FuzzOutcome(input, nanos, null, outcome.substring(4))
                    : new FuzzOutcome(input, nanos, outcome, null);
        } catch (TimeoutException e) {
            result.cancel(true);
            return new FuzzOutcome(input, System.nanoTime() - start, null, "took over " + limitSeconds + " s");
        } catch (ExecutionException e) {
            return new FuzzOutcome(input, System.nanoTime() - start, null, "threw " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh single-thread executor whose thread does not keep the JVM alive if a case never ends. */
    static ExecutorService executor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-loader");
            t.setDaemon(true);
            return t;
        });
    }

    private static String load(AssessmentReader reader, FuzzCorpus.Case input) {
        String name = "fuzz-" + input.index() + ".eacplan.json";
        try {
            LoadedAssessment loaded = reader.read(input.bytes(), name);
            new AssessmentWriter().toBytes(loaded.assessment());
            return loaded.readOnly() ? "loaded read-only" : "loaded";
        } catch (AssessmentLoadException e) {
            if (!e.file().equals(name) || !e.getMessage().startsWith(name + ": ")) {
                return "BUG the message does not name the file: " + e.getMessage();
            }
            if (e.problems().isEmpty()) {
                return "BUG refused without a problem: " + e.getMessage();
            }
            for (LoadProblem p : e.problems()) {
                boolean placed = p.where() != null && (WHERE.matcher(p.where()).matches()
                        || p.where().equals("$") && e.kind() == AssessmentLoadException.Kind.TOO_LARGE
                        || p.where().equals("$") && p.message().matches("\\.\\.\\. and [0-9,]+ more problems?"));
                if (!placed || p.message() == null
                        || p.message().isBlank()) {
                    return "BUG a problem without a place or a message: " + p;
                }
            }
            return "refused " + e.kind();
        } catch (Throwable t) {
            return "BUG threw " + t;
        }
    }
}
