package org.eacplanner.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eacplanner.model.CatalogSource;
import org.eacplanner.model.LastEvaluation;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.CatalogStamp;
import org.eacplanner.rules.DeadlineStatus;
import org.eacplanner.rules.Finding;

/**
 * The result of evaluating an assessment as of a date: findings, the ordered checklist (always ending with a
 * Microsoft Graph item), and progress entries whose item no longer applies.
 */
public record Plan(
        LocalDate asOf,
        String catalogVersion,
        LocalDate catalogReviewedOn,
        CatalogSource catalogSource,
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
        return new LastEvaluation(asOf, catalogVersion, catalogReviewedOn, catalogSource, saved, null);
    }

    /**
     * What an item is there because of, in words: each finding's title with its rule ID after it
     * ({@code Title (LS-EWS-EXO)}); the bare ID of a finding this plan does not have.
     */
    public List<String> causes(ChecklistEntry e) {
        return e.causedBy().stream().map(id -> findings.stream().filter(f -> f.ruleId().equals(id)).findFirst()
                .map(f -> f.title() + " (" + id + ")").orElse(id)).toList();
    }

    /** The catalog this plan was evaluated with. */
    public CatalogStamp stamp() {
        return new CatalogStamp(catalogVersion, catalogReviewedOn, catalogSource);
    }

    /**
     * The executive summary's nearest deadline: of the findings with a deadline, the AHEAD or DUE one with the
     * smallest days left, else the most recent PASSED one; on a tie the one listed first.
     */
    public Optional<Finding> nearestDeadline() {
        Finding best = null;
        for (Finding f : findings) {
            if (f.deadline() != null && f.deadlineStatus() != DeadlineStatus.PASSED
                    && (best == null || f.daysLeft() < best.daysLeft())) {
                best = f;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (Finding f : findings) {
            if (f.deadline() != null && (best == null || f.deadline().isAfter(best.deadline()))) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
