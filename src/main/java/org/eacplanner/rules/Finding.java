package org.eacplanner.rules;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Severity;

/**
 * One finding as of an evaluation date (rules.md, "Evaluation result"). {@code deadline} and {@code daysLeft}
 * are null for rules without a deadline; {@code acceptance} is the file's accepted-risk entry or null.
 */
public record Finding(
        String ruleId,
        Severity severity,
        Area area,
        String title,
        String detail,
        String advice,
        LocalDate deadline,
        Long daysLeft,
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
