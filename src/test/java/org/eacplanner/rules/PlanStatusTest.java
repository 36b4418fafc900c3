package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;

/** The plan's state and its most urgent risks, from evaluation results alone. */
class PlanStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    /** A finding with a deadline {@code days} ahead of today (negative: passed), or none when null. */
    private static Finding finding(String id, Severity severity, Integer days, boolean accepted) {
        LocalDate deadline = days == null ? null : TODAY.plusDays(days);
        DeadlineStatus status = days == null ? null : days < 0 ? DeadlineStatus.PASSED : days == 0 ? DeadlineStatus.DUE
                : DeadlineStatus.AHEAD;
        return new Finding(id, severity, Area.LIFECYCLE, Side.BOTH, id + " title", "detail", "advice", deadline,
                days == null ? null : (long) days, days == null ? null : DeadlinePrecision.DAY, null, status, null, null,
                List.of(), accepted, false, null);
    }

    @Test
    void aPassedDeadlineOutranksABlockerWithAHundredDaysLeft() {
        Finding blocker = finding("BLOCKER-100", Severity.BLOCKER, 100, false);
        Finding passed = finding("WARNING-PASSED", Severity.WARNING, -415, false);
        Finding soon = finding("WARNING-10", Severity.WARNING, 10, false);
        Finding undated = finding("BLOCKER-UNDATED", Severity.BLOCKER, null, false);
        Finding gap = finding("GAP", Severity.GAP, -5, false);
        assertThat(PlanStatus.risks(List.of(blocker, undated, soon, gap, passed))).extracting(Finding::ruleId)
                .containsExactly("WARNING-PASSED", "WARNING-10", "BLOCKER-100", "BLOCKER-UNDATED");
    }

    @Test
    void noBlockersAndAWarning415DaysOutOfSupportIsAtRiskNotOnTrack() {
        assertThat(PlanStatus.of(List.of(finding("EXCHANGE-EOL", Severity.WARNING, -415, false),
                finding("INFO", Severity.INFO, null, false)))).isEqualTo(PlanStatus.AT_RISK);
    }

    @Test
    void anOpenBlockerPastItsDeadlineIsBrokenNowAndAcceptedOnesDoNotCount() {
        assertThat(PlanStatus.of(List.of(finding("LS-EWS-EXO", Severity.BLOCKER, -68, false))))
                .isEqualTo(PlanStatus.BROKEN_NOW);
        assertThat(PlanStatus.of(List.of(finding("LS-EWS-EXO", Severity.BLOCKER, -68, true))))
                .isEqualTo(PlanStatus.ON_TRACK);
        assertThat(PlanStatus.of(List.of(finding("FIREWALL", Severity.BLOCKER, null, false))))
                .isEqualTo(PlanStatus.AT_RISK);
    }

    @Test
    void warningsFarAheadAndGapsAloneAreOnTrack() {
        assertThat(PlanStatus.of(List.of(finding("LATER", Severity.WARNING, PlanStatus.AT_RISK_DAYS + 1, false),
                finding("GAP", Severity.GAP, -3, false)))).isEqualTo(PlanStatus.ON_TRACK);
        assertThat(PlanStatus.of(List.of(finding("SOON", Severity.WARNING, PlanStatus.AT_RISK_DAYS, false))))
                .isEqualTo(PlanStatus.AT_RISK);
        assertThat(PlanStatus.of(List.of())).isEqualTo(PlanStatus.ON_TRACK);
    }
}
