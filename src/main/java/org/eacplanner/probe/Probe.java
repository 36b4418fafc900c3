package org.eacplanner.probe;

import org.eacplanner.model.ProbeId;

/**
 * One live check of probes.md. {@link #run} adds steps to the {@link ProbeRun} as it goes (so that a cancelled
 * or timed-out probe keeps the steps it finished) and may throw {@link ProbeProblem} to end the current step.
 */
public interface Probe {

    ProbeId id();

    /** What the probe runs against, as probes.md says for {@code target}. */
    String target(ProbeRun run);

    void run(ProbeRun run) throws Exception;
}
