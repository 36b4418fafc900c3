package org.eacplanner.probe;

import java.util.List;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;

/**
 * Progress of a run. Called on the runner's threads, or for a cancel on the thread that called
 * {@link ProbeBatch#cancel()}: a GUI marshals to its own thread (e.g. {@code Platform.runLater}) and must not
 * block here. Every method has an empty default.
 */
public interface ProbeListener {

    ProbeListener NONE = new ProbeListener() { };

    /** Once per run, before any probe starts: what the network pre-check ({@link NetworkCheck}) found. */
    default void networkChecked(NetworkCheck.Verdict verdict) {
    }

    default void started(ProbeId probe, String target) {
    }

    default void stepFinished(ProbeId probe, ProbeResult.Step step) {
    }

    /** Once per probe: its final result (passed, failed, cancelled or timed out). */
    default void finished(ProbeResult result) {
    }

    /** Once per run, after every probe finished; credentials are already cleared. */
    default void allFinished(List<ProbeResult> results) {
    }
}
