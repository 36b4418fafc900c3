package org.eacplanner.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.testing.Inventories.answers;
import static org.eacplanner.testing.Inventories.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eacplanner.model.ProgressStatus;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private final Planner planner = Planner.forLocale(Locale.ENGLISH);

    private Plan plan(Map<String, Object> answers) {
        return planner.evaluate(assessment(answers), AS_OF);
    }

    private static List<String> ids(List<ChecklistEntry> entries) {
        return entries.stream().map(ChecklistEntry::itemId).toList();
    }

    @Test
    void lightningSyncOnExchangeOnlineGivesTheFullMigrationPlanEndingWithTheGraphUpgrade() {
        Plan plan = plan(answers("lightningSync.inUse", true, "lightningSync.connectionMethod", "USER_OAUTH",
                "org.cloud", "COMMERCIAL", "exchange.deployment", "EXCHANGE_ONLINE"));
        assertThat(ids(plan.checklist())).containsExactly("CL-CONFIRM-INVENTORY", "CL-EAC-LICENSES", "CL-NOTIFY-USERS",
                "CL-RUN-READINESS", "CL-REVIEW-DIFFERENCES", "CL-MOVE-SETTINGS", "CL-ASSIGN-USERS",
                "CL-VALIDATE-PILOT", "CL-TURN-OFF-LS", "CL-GRAPH-CONSENT", "CL-GRAPH-UPGRADE");
        assertThat(plan.checklist()).allSatisfy(e -> {
            assertThat(e.applicable()).isTrue();
            assertThat(e.status()).isEqualTo(ProgressStatus.TODO);
            assertThat(e.title()).isNotBlank();
        });
        // order numbers restart at 1 in each phase
        assertThat(plan.checklist().stream().map(e -> e.phase() + "." + e.order()).toList()).containsExactly(
                "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "4.1", "4.2");
    }

    @Test
    void governmentCloudSetsUpEacByHandAndUnknownDeploymentEndsWithTheGraphPlan() {
        Plan plan = plan(answers("lightningSync.inUse", true, "org.cloud", "GOVERNMENT_CLOUD"));
        assertThat(ids(plan.checklist())).contains("CL-SET-UP-EAC", "CL-FILL-GAPS")
                .doesNotContain("CL-RUN-READINESS", "CL-REVIEW-DIFFERENCES", "CL-MOVE-SETTINGS", "CL-GRAPH-UPGRADE")
                .endsWith("CL-GRAPH-PLAN");
    }

    @Test
    void findingDrivenItemsListTheirCauses() {
        Plan plan = plan(answers("lightningSync.inUse", true, "lightningSync.connectionMethod", "SERVICE_ACCOUNT",
                "org.cloud", "COMMERCIAL", "exchange.deployment", "ON_PREMISES", "exchange.ewsEnabled", false,
                "exchange.inbound443Open", false, "lightningSync.usersSyncing", 10, "lightningSync.usersWithErrors", 2,
                "eac.reportsDependOnActivityRecords", true));
        ChecklistEntry fix = plan.checklist().stream().filter(e -> e.itemId().equals("CL-FIX-EXCHANGE")).findFirst()
                .orElseThrow();
        assertThat(fix.causedBy()).containsExactly("EWS-DISABLED", "FIREWALL-443");
        assertThat(plan.checklist().stream().filter(e -> e.itemId().equals("CL-FILL-GAPS")).findFirst().orElseThrow()
                .causedBy()).containsExactly("GAP-IMPERSONATION", "GAP-SERVER-SETTINGS", "GAP-SERVER-VERSION");
        assertThat(ids(plan.checklist())).contains("CL-FIX-SYNC-ERRORS", "CL-REVIEW-REPORTS");
        assertThat(plan.checklist().get(0).causedBy()).isEmpty();
    }

    @Test
    void progressIsMergedAndEntriesThatNoLongerApplyAreKept() {
        Plan plan = plan(answers("lightningSync.inUse", false, "org.cloud", "COMMERCIAL", "checklist", List.of(
                Map.of("itemId", "CL-CONFIRM-INVENTORY", "status", "DONE", "owner", "Dana", "dueDate", "2026-12-01",
                        "notes", "both admins agreed"),
                Map.of("itemId", "CL-TURN-OFF-LS", "status", "IN_PROGRESS", "owner", "Sam"),
                Map.of("itemId", "CL-FROM-A-NEWER-CATALOG", "status", "TODO"))));
        ChecklistEntry confirm = plan.checklist().get(0);
        assertThat(confirm.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(confirm.owner()).isEqualTo("Dana");
        assertThat(confirm.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(confirm.notes()).isEqualTo("both admins agreed");

        assertThat(ids(plan.checklist())).doesNotContain("CL-TURN-OFF-LS").contains("CL-SET-UP-EAC");
        assertThat(ids(plan.notApplicable())).containsExactly("CL-TURN-OFF-LS", "CL-FROM-A-NEWER-CATALOG");
        ChecklistEntry turnOff = plan.notApplicable().get(0);
        assertThat(turnOff.applicable()).isFalse();
        assertThat(turnOff.order()).isNull();
        assertThat(turnOff.phase()).isEqualTo(3);
        assertThat(turnOff.owner()).isEqualTo("Sam");
        assertThat(plan.notApplicable().get(1).phase()).isNull();
    }

    @Test
    void anAcceptedFindingStillCausesItsItemAndTheItemSaysSo() {
        Plan plan = plan(answers("exchange.deployment", "ON_PREMISES", "exchange.ewsEnabled", false,
                "acceptedRisks", List.of(Map.of("ruleId", "EWS-DISABLED", "rationale", "turned on next week",
                        "acceptedBy", "Dana", "acceptedOn", "2026-11-20", "expires", "2026-12-31"))));
        ChecklistEntry fix = plan.checklist().stream().filter(e -> e.itemId().equals("CL-FIX-EXCHANGE")).findFirst()
                .orElseThrow();
        assertThat(fix.causedBy()).containsExactly("EWS-DISABLED");
        assertThat(fix.detail()).contains("EWS-DISABLED");
        assertThat(plan.openBlockers()).isZero();
    }
}
