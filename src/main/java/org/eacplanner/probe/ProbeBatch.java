package org.eacplanner.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;

/** A started run: cancel it (all or one probe), wait for it, or read the results as they are. */
public final class ProbeBatch {

    private final List<ProbeRun> runs;
    private final List<CompletableFuture<ProbeResult>> futures;
    private final CompletableFuture<Void> all;
    private final CompletableFuture<NetworkCheck.Verdict> network;

    /** {@code whenAll} adds the run's end (clearing credentials, the listener's allFinished) before completion. */
    ProbeBatch(List<ProbeRun> runs, List<CompletableFuture<ProbeResult>> futures,
            CompletableFuture<NetworkCheck.Verdict> network,
            BiFunction<ProbeBatch, CompletableFuture<Void>, CompletableFuture<Void>> whenAll) {
        this.network = network;
        this.runs = List.copyOf(runs);
        this.futures = List.copyOf(futures);
        this.all = whenAll.apply(this, CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)));
    }

    /** Cancels every probe still running; each reports ERROR with {@code cancelled: true} at once. */
    public void cancel() {
        runs.forEach(r -> r.token().cancel());
    }

    public void cancel(ProbeId probe) {
        runs.stream().filter(r -> r.id() == probe).forEach(r -> r.token().cancel());
    }

    /** What the network pre-check found; null while it runs (or when the run was stopped before it ended). */
    public NetworkCheck.Verdict network() {
        return network.isDone() && !network.isCompletedExceptionally() ? network.join() : null;
    }

    public boolean isDone() {
        return all.isDone();
    }

    /** Completes when every probe has a result. */
    public CompletableFuture<Void> completion() {
        return all;
    }

    /** Waits for every result (each probe is bounded by its own limit, so this ends). */
    public List<ProbeResult> await() {
        all.join();
        return resultsNow();
    }

    /** Waits at most {@code max}; throws {@link TimeoutException} when some probe has not finished. */
    public List<ProbeResult> await(Duration max) throws TimeoutException, InterruptedException {
        try {
            all.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return resultsNow();
    }

    /** The results of the probes that finished so far, in the order they were started. */
    public List<ProbeResult> resultsNow() {
        List<ProbeResult> out = new ArrayList<>();
        for (CompletableFuture<ProbeResult> f : futures) {
            ProbeResult r = f.getNow(null);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
