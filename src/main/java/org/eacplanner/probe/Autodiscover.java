package org.eacplanner.probe;

import java.util.ArrayList;
import java.util.List;

/** The candidate Autodiscover bases: the settings' override, else probes.md's defaults. */
final class Autodiscover {

    private Autodiscover() {
    }

    /** For AUTODISCOVER_JSON: {@code https://autodiscover.{domain}}, then Exchange Online. */
    static List<String> jsonBases(ProbeRun run) {
        List<String> override = run.settings().endpoints().autodiscoverBases();
        if (override != null) {
            return strip(override);
        }
        return List.of("https://autodiscover." + run.inputs().domain(), "https://outlook.office365.com");
    }

    /** For AUTODISCOVER_XML: {@code https://{domain}}, then {@code https://autodiscover.{domain}}. */
    static List<String> xmlBases(ProbeRun run) {
        List<String> override = run.settings().endpoints().autodiscoverBases();
        if (override != null) {
            return strip(override);
        }
        return List.of("https://" + run.inputs().domain(), "https://autodiscover." + run.inputs().domain());
    }

    private static List<String> strip(List<String> bases) {
        List<String> out = new ArrayList<>();
        bases.forEach(b -> out.add(ProbeEndpoints.stripSlash(b.trim())));
        return out;
    }

    /**
     * Ends a failed candidate's step: WARN while other candidates remain (a later one may answer), else the
     * problem's own outcome.
     */
    static void candidateFailed(StepTimer step, ProbeProblem p, boolean last) {
        HttpSteps.rethrowStop(p);
        if (last) {
            step.problem(p);
        } else {
            step.putAll(p.evidence());
            step.warn(ProbeText.of("probe.autodiscover.nextCandidate", p.reason()), p.advice());
        }
    }
}
