package org.eacplanner.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.testing.Inventories.assessment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Side;
import org.junit.jupiter.api.Test;

/** A hybrid plan's checklist in three parts by side, each in plan order, with the mailbox counts. */
class ChecklistTracksTest {

    @Test
    void splitsBySideAndKeepsTheCounts() {
        Assessment a = assessment(Map.of("lightningSync.inUse", true, "exchange.deployment", "HYBRID",
                "exchange.mailboxesOnline", 280, "exchange.mailboxesOnPremises", 60));
        Plan plan = Planner.forLocale(Locale.ENGLISH).evaluate(a, LocalDate.of(2026, 12, 3));
        ChecklistTracks t = ChecklistTracks.of(plan, a);
        assertThat(t.hybrid()).isTrue();
        assertThat(t.mailboxesOnline()).isEqualTo(280);
        assertThat(t.mailboxesOnPremises()).isEqualTo(60);
        assertThat(t.shared()).allMatch(e -> e.side() == Side.BOTH);
        assertThat(t.online()).allMatch(e -> e.side() == Side.EXCHANGE_ONLINE);
        assertThat(t.onPremises()).allMatch(e -> e.side() == Side.ON_PREMISES);
        assertThat(t.shared().size() + t.online().size() + t.onPremises().size()).isEqualTo(plan.checklist().size());
        assertThat(t.online()).extracting(ChecklistEntry::itemId).contains("CL-GRAPH-UPGRADE");
    }
}
