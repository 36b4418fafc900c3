package org.eacplanner.probe;

import java.util.List;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;

/**
 * Progress of a run, called on the runner's worker threads (a GUI marshals to its own thread, e.g. with
 * {@code Platform.runLater}). Every method has an empty default.
 */
public interface ProbeListener {

    ProbeListener NONE = new ProbeListener() { };

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
