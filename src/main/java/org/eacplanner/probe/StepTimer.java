package org.eacplanner.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeResult;

/**
 * A step in progress: collects evidence and ends with an outcome, its elapsed time measured from
 * {@link ProbeRun#begin}. The reason and advice are worded in the run's language when the step ends.
 */
public final class StepTimer {

    private final ProbeRun run;
    private final String name;
    private final long startNanos = System.nanoTime();
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private ProbeResult.Step ended;

    StepTimer(ProbeRun run, String name) {
        this.run = run;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Adds evidence (null values are left out). */
    public StepTimer put(String key, Object value) {
        if (value != null) {
            synchronized (evidence) {
                evidence.put(key, value);
            }
        }
        return this;
    }

    public StepTimer putAll(Map<String, Object> more) {
        more.forEach(this::put);
        return this;
    }

    public ProbeResult.Step pass() {
        return end(Outcome.PASS, null, null);
    }

    public ProbeResult.Step warn(ProbeText reason, ProbeText advice) {
        return end(Outcome.WARN, reason, advice);
    }

    public ProbeResult.Step fail(ProbeText reason, ProbeText advice) {
        return end(Outcome.FAIL, reason, advice);
    }

    public ProbeResult.Step skip(ProbeText reason, ProbeText advice) {
        return end(Outcome.SKIPPED, reason, advice);
    }

    public ProbeResult.Step error(ProbeText reason, ProbeText advice) {
        return end(Outcome.ERROR, reason, advice);
    }

    /** Ends the step with a problem's outcome, reason, advice and evidence. */
    public ProbeResult.Step problem(ProbeProblem p) {
        putAll(p.evidence());
        return end(p.outcome(), p.reason(), p.advice());
    }

    /** Ends the step; a step ends once (later calls return the first ending). */
    public ProbeResult.Step end(Outcome outcome, ProbeText reason, ProbeText advice) {
        synchronized (this) {
            if (ended != null) {
                return ended;
            }
            ended = build(outcome, reason, advice);
        }
        return run.record(this, ended);
    }

    private ProbeResult.Step build(Outcome outcome, ProbeText reason, ProbeText advice) {
        long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
        Map<String, Object> copy;
        synchronized (evidence) {
            copy = new LinkedHashMap<>();
            evidence.forEach((k, v) -> copy.put(k, TextCap.evidence(v)));
        }
        return new ProbeResult.Step(name, outcome, elapsed, copy, run.text(reason), run.text(advice), null);
    }
}
