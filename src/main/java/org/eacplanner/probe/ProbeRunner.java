package org.eacplanner.probe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.task.BlockingCalls;
import org.eacplanner.task.Threads;

/**
 * Runs probes in parallel on its own threads (never the caller's), each bounded by the whole-probe limit and
 * cancellable. Owns one HTTP client built from the settings, a worker pool and a watchdog; {@link #close()}
 * shuts them down. One runner serves many runs with the same settings; build a new one when preferences change
 * (building one reads the trust store: do it off the GUI thread).
 */
public final class ProbeRunner implements AutoCloseable {

    private final ProbeSettings settings;
    private final ProbeHttp http;
    private final Clock clock;
    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog;
    private final Set<ProbeBatch> running = ConcurrentHashMap.newKeySet();

    public ProbeRunner(ProbeSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public ProbeRunner(ProbeSettings settings, Clock clock) {
        BlockingCalls.check("probe run");
        this.settings = settings;
        this.clock = clock;
        this.http = new ProbeHttp(settings);
        this.workers = Executors.newCachedThreadPool(Threads.daemon("probe"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(Threads.daemon("probe-watchdog"));
    }

    public ProbeSettings settings() {
        return settings;
    }

    /**
     * Starts {@code probes} (all of probes.md when empty) and returns at once. The credentials are cleared when
     * the last probe finished (or was stopped).
     */
    public ProbeBatch start(ProbeInputs inputs, ProbeCredentials credentials, Collection<ProbeId> probes,
            ProbeListener listener) {
        ProbeListener l = listener == null ? ProbeListener.NONE : listener;
        ProbeCredentials creds = credentials == null ? ProbeCredentials.none() : credentials;
        RootsInForce roots = RootsInForce.of(inputs.approvedRoots());
        List<ProbeRun> runs = new ArrayList<>();
        List<CompletableFuture<ProbeResult>> futures = new ArrayList<>();
        CompletableFuture<NetworkCheck.Verdict> network = new CompletableFuture<>();
        workers.execute(() -> {
            NetworkCheck.Verdict v = NetworkCheck.Verdict.online("unchecked", List.of());
            try {
                v = NetworkCheck.check(settings, inputs, workers);
                l.networkChecked(v);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopped: the probes go on and are stopped themselves
            } catch (RuntimeException | Error e) {
                v = NetworkCheck.Verdict.online("unchecked: " + Errors.describe(e), List.of());
            } finally {
                network.complete(v);
            }
        });
        for (Probe probe : Probes.select(probes, clock)) {
            ProbeRun run = new ProbeRun(probe.id(), inputs, settings, creds, http, roots, l, clock);
            runs.add(run);
            futures.add(launch(probe, run, l, network));
        }
        ProbeBatch batch = new ProbeBatch(runs, futures, network, (b, all) -> all.whenComplete((v, e) -> {
            creds.clear();
            running.remove(b);
            l.allFinished(b.resultsNow());
        }));
        if (!batch.isDone()) {
            running.add(batch);
        }
        return batch;
    }

    /** Runs and waits: the results in the order of probes.md. */
    public List<ProbeResult> run(ProbeInputs inputs, ProbeCredentials credentials, Collection<ProbeId> probes) {
        return start(inputs, credentials, probes, ProbeListener.NONE).await();
    }

    private CompletableFuture<ProbeResult> launch(Probe probe, ProbeRun run, ProbeListener l,
            CompletableFuture<NetworkCheck.Verdict> network) {
        CompletableFuture<ProbeResult> done = new CompletableFuture<>();
        run.token().register(() -> {
            // cancel or timeout: deliver at once what finished; the worker's late result is dropped
            CancelToken.Reason why = run.token().reason();
            done.complete(run.stop(why));
        });
        var timer = watchdog.schedule(run.token()::timeOut, settings.probeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        workers.execute(() -> {
            try {
                run.target(probe.target(run));
                // offline, a probe with something to reach is not run (one without a target skips on its own)
                NetworkCheck.Verdict verdict = network.get(settings.probeTimeout().toMillis(), TimeUnit.MILLISECONDS);
                if (verdict.offline() && run.target() != null) {
                    done.complete(run.notRunOffline(verdict));
                    return;
                }
                l.started(probe.id(), run.target());
                probe.run(run);
                done.complete(run.finish(null));
            } catch (ProbeProblem.Stopped s) {
                done.complete(run.stop(s.why()));
            } catch (ProbeProblem p) {
                done.complete(run.finish(p));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.complete(run.stop(CancelToken.Reason.CANCELLED));
            } catch (ExecutionException | TimeoutException e) {
                done.complete(run.stop(CancelToken.Reason.TIMED_OUT)); // the pre-check did not end within the limit
            } catch (Exception | LinkageError e) {
                done.complete(run.finish(ProbeProblem.error(ProbeText.of("probe.unexpected", Errors.describe(e)),
                        ProbeText.of("probe.advice.report"))));
            } finally {
                timer.cancel(false);
            }
        });
        return done.whenComplete((r, e) -> {
            timer.cancel(false);
            if (r != null) {
                l.finished(r);
            }
        });
    }

    /** Cancels the probes still running (each reports its cancellation) and stops the threads. */
    @Override
    public void close() {
        running.forEach(ProbeBatch::cancel);
        workers.shutdownNow();
        watchdog.shutdownNow();
        http.close();
    }
}
