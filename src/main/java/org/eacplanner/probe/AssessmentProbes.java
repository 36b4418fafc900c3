package org.eacplanner.probe;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeResult;

/**
 * Saving probe results into an assessment (probes.md, {@code --save}): replaces earlier results of the same probe
 * and target, updates {@code updatedAt} and {@code lastEvaluation}, and changes no inventory answer.
 */
public final class AssessmentProbes {

    private AssessmentProbes() {
    }

    public static Assessment withResults(Assessment a, List<ProbeResult> results, Planner planner, LocalDate asOf,
            Instant now) {
        List<ProbeResult> probes = new ArrayList<>();
        for (ProbeResult old : a.probes()) {
            boolean replaced = results.stream().anyMatch(n -> n.probeId() == old.probeId()
                    && Objects.equals(n.target(), old.target()));
            if (!replaced) {
                probes.add(old);
            }
        }
        probes.addAll(results);
        Assessment updated = a.withProbes(probes);
        return updated.stamped(now, planner.evaluate(updated, asOf).snapshot());
    }
}
