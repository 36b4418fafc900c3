package org.eacplanner.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.testing.Inventories.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rules.md "Suggested target dates": anchor, lead times 60/45/30/14 and the three cases. */
class SuggestedDatesTest {

    private static final Planner PLANNER = Planner.forLocale(Locale.ENGLISH);
    private static final LocalDate LS_RETIREMENT = LocalDate.of(2027, 4, 1);
    private static final int[] LEAD = {0, 60, 45, 30, 14};

    private static List<ChecklistEntry> checklist(LocalDate asOf) {
        return PLANNER.evaluate(assessment(Map.of("lightningSync.inUse", true, "exchange.deployment", "ON_PREMISES")),
                asOf).checklist();
    }

    @Test
    void roomForEveryPhase() {
        for (ChecklistEntry e : checklist(LocalDate.of(2026, 12, 3))) {
            assertThat(e.suggestedBy()).as(e.itemId()).isEqualTo(LS_RETIREMENT.minusDays(LEAD[e.phase()]));
            assertThat(e.urgent()).isFalse();
        }
    }

    @Test
    void closeDeadlineSharesTheDaysLeft() {
        LocalDate asOf = LS_RETIREMENT.minusDays(30);
        for (ChecklistEntry e : checklist(asOf)) {
            assertThat(e.suggestedBy()).as(e.itemId()).isEqualTo(asOf.plusDays(30 * (60 - LEAD[e.phase()]) / 60));
            assertThat(e.suggestedBy()).isBeforeOrEqualTo(LS_RETIREMENT);
            assertThat(e.urgent()).isTrue();
        }
    }

    @Test
    void passedDeadlineRestartsThePhases() {
        LocalDate asOf = LS_RETIREMENT.plusDays(10);
        List<ChecklistEntry> items = checklist(asOf);
        for (ChecklistEntry e : items) {
            assertThat(e.suggestedBy()).as(e.itemId()).isEqualTo(asOf.plusDays(60 - LEAD[e.phase()]));
            assertThat(e.urgent()).isTrue();
        }
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).suggestedBy()).isAfterOrEqualTo(items.get(i - 1).suggestedBy());
        }
    }
}
