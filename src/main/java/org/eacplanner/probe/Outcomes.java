package org.eacplanner.probe;

import java.util.Collection;
import java.util.List;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeResult;

/** probes.md: a probe's outcome is its worst step (ERROR over FAIL over WARN over PASS); SKIPPED steps do not count. */
public final class Outcomes {

    private static final List<Outcome> WORST_FIRST = List.of(Outcome.ERROR, Outcome.FAIL, Outcome.WARN, Outcome.PASS);

    private Outcomes() {
    }

    /** The worst counted outcome; {@code SKIPPED} when every step was skipped or there are none. */
    public static Outcome worst(Collection<ProbeResult.Step> steps) {
        for (Outcome o : WORST_FIRST) {
            if (steps.stream().anyMatch(s -> s.outcome() == o)) {
                return o;
            }
        }
        return Outcome.SKIPPED;
    }

    /** The reason of the first step with the probe's outcome (null when it passed). */
    public static String reasonOf(Collection<ProbeResult.Step> steps, Outcome outcome) {
        if (outcome == Outcome.PASS) {
            return null;
        }
        return steps.stream().filter(s -> s.outcome() == outcome).map(ProbeResult.Step::reason)
                .filter(r -> r != null).findFirst().orElse(null);
    }
}
