package org.eacplanner.probe;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.LastEvaluation;
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
                    && java.util.Objects.equals(n.target(), old.target()));
            if (!replaced) {
                probes.add(old);
            }
        }
        probes.addAll(results);
        Assessment updated = new Assessment(a.format(), a.schemaVersion(), a.id(), a.title(), a.createdAt(), now,
                a.preparedBy(), a.client(), a.org(), a.exchange(), a.lightningSync(), a.eac(), probes, a.checklist(),
                a.acceptedRisks(), a.notes(), a.drafts(), a.approvedRoots(), a.lastEvaluation(), a.unknownFields());
        Plan plan = planner.evaluate(updated, asOf);
        LastEvaluation last = new LastEvaluation(asOf, plan.catalogVersion(), plan.catalogReviewedOn(), plan.catalogSource(), plan.findings().stream()
                .map(f -> new LastEvaluation.SavedFinding(f.ruleId(), f.severity(), f.accepted(), null)).toList(), null);
        return new Assessment(a.format(), a.schemaVersion(), a.id(), a.title(), a.createdAt(), now, a.preparedBy(),
                a.client(), a.org(), a.exchange(), a.lightningSync(), a.eac(), probes, a.checklist(), a.acceptedRisks(),
                a.notes(), a.drafts(), a.approvedRoots(), last, a.unknownFields());
    }

    /** The assessment with the org's own approved-CA list (from {@link ApprovedRootsLoader}), or null to use the snapshot. */
    public static Assessment withApprovedRoots(Assessment a, org.eacplanner.model.ApprovedRoots roots) {
        return new Assessment(a.format(), a.schemaVersion(), a.id(), a.title(), a.createdAt(), a.updatedAt(),
                a.preparedBy(), a.client(), a.org(), a.exchange(), a.lightningSync(), a.eac(), a.probes(), a.checklist(),
                a.acceptedRisks(), a.notes(), a.drafts(), roots, a.lastEvaluation(), a.unknownFields());
    }
}
