package org.eacplanner.rules;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Severity;

/**
 * One finding as of an evaluation date (rules.md, "Evaluation result"). The deadline keys are all null for rules
 * without a deadline; {@code deadlineText} is the ISO date for {@code DAY}, the month in the output language for
 * {@code MONTH}; {@code deadlinePhrase} is {@code <when> · <status> · <evidence>}. {@code acceptance} is the file's
 * accepted-risk entry or null.
 */
public record Finding(
        String ruleId,
        Severity severity,
        Area area,
        Side side,
        String title,
        String detail,
        String advice,
        LocalDate deadline,
        Long daysLeft,
        DeadlinePrecision deadlinePrecision,
        String deadlineText,
        DeadlineStatus deadlineStatus,
        Evidence deadlineEvidence,
        String deadlinePhrase,
        List<String> sources,
        boolean accepted,
        boolean acceptanceLapsed,
        AcceptedRisk acceptance) {

    public Finding {
        sources = List.copyOf(sources);
    }

    /** A blocker that counts toward the {@code evaluate} exit code: not accepted (or its acceptance lapsed). */
    public boolean isOpenBlocker() {
        return severity == Severity.BLOCKER && !accepted;
    }
}
