package org.eacplanner.checklist;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.LastEvaluation;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;

/**
 * The result of evaluating an assessment as of a date: findings, the ordered checklist (always ending with a
 * Microsoft Graph item), and progress entries whose item no longer applies.
 */
public record Plan(
        LocalDate asOf,
        String catalogVersion,
        List<Finding> findings,
        List<ChecklistEntry> checklist,
        List<ChecklistEntry> notApplicable) {

    public Plan {
        findings = List.copyOf(findings);
        checklist = List.copyOf(checklist);
        notApplicable = List.copyOf(notApplicable);
    }

    /** Blockers that are not accepted (or whose acceptance lapsed): these decide the exit code. */
    public long openBlockers() {
        return findings.stream().filter(Finding::isOpenBlocker).count();
    }

    /** What a save writes as {@code lastEvaluation}: the date, the catalog version and each finding in plan order. */
    public LastEvaluation snapshot() {
        List<LastEvaluation.SavedFinding> saved = findings.stream()
                .map(f -> new LastEvaluation.SavedFinding(f.ruleId(), f.severity(), f.accepted(), null))
                .toList();
        return new LastEvaluation(asOf, catalogVersion, null, null, saved, null);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
