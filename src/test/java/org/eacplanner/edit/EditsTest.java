package org.eacplanner.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;

/** The typed changes keep every other field, fields of a newer format included, and replace rather than duplicate. */
class EditsTest {

    private static Assessment scenario() throws Exception {
        Assessment a = AssessmentJson.mapper().readValue(Scenarios.folder().resolve("hybrid-se-eac-pilot.eacplan.json")
                .toFile(), Assessment.class);
        // a field of a newer format at the top and in a configuration, which every edit must keep
        Map<String, Object> future = Map.of("fieldFromTheFuture", "kept");
        return new Assessment(a.format(), a.schemaVersion(), a.id(), a.title(), a.createdAt(), a.updatedAt(),
                a.preparedBy(), a.client(), a.org(), a.exchange(), a.lightningSync(), a.eac(), a.probes(), a.checklist(),
                a.acceptedRisks(), a.notes(), a.drafts(), a.approvedRoots(), a.lastEvaluation(), a.imports(), future);
    }

    @Test
    void acceptingTwiceReplacesAndWithdrawingRemovesOnlyThatRule() throws Exception {
        Assessment a = scenario();
        Assessment once = Edits.acceptRisk("LS-RETIREMENT", "Moving in March", "Kim", LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 3, 31)).apply(a);
        Assessment twice = Edits.acceptRisk("LS-RETIREMENT", "Moving in April", "Kim", LocalDate.of(2026, 12, 8), null)
                .andThen(Edits.acceptRisk("HYBRID-COEXISTENCE", "Exchange team", "Ann", LocalDate.of(2026, 12, 8), null))
                .apply(once);
        assertThat(twice.acceptedRisks()).extracting(r -> r.ruleId() + " " + r.rationale())
                .containsExactly("LS-RETIREMENT Moving in April", "HYBRID-COEXISTENCE Exchange team");
        Assessment withdrawn = Edits.withdrawRisk("LS-RETIREMENT").apply(twice);
        assertThat(withdrawn.acceptedRisks()).extracting(r -> r.ruleId()).containsExactly("HYBRID-COEXISTENCE");
        assertThat(Edits.withdrawRisk("NO-SUCH-RULE").apply(withdrawn)).isSameAs(withdrawn);
        assertThat(withdrawn.unknownFields()).containsEntry("fieldFromTheFuture", "kept");
        assertThat(withdrawn.exchange()).isEqualTo(a.exchange());
    }

    @Test
    void progressCreatesAnEntryOnceAndChangesOneFieldAtATime() throws Exception {
        Assessment a = scenario();
        Assessment b = Edits.progress("CL-CONFIRM-INVENTORY", Edits.status(ProgressStatus.IN_PROGRESS))
                .andThen(Edits.progress("CL-CONFIRM-INVENTORY", Edits.owner("Kim")))
                .andThen(Edits.progress("CL-CONFIRM-INVENTORY", Edits.dueDate(LocalDate.of(2027, 1, 15))))
                .andThen(Edits.progress("CL-CONFIRM-INVENTORY", Edits.notes("  ")))
                .apply(a);
        assertThat(b.checklist()).singleElement().satisfies(e -> {
            assertThat(e.itemId()).isEqualTo("CL-CONFIRM-INVENTORY");
            assertThat(e.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
            assertThat(e.owner()).isEqualTo("Kim");
            assertThat(e.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
            assertThat(e.notes()).as("blank clears").isNull();
        });
        assertThat(Edits.progress("CL-CONFIRM-INVENTORY", Edits.owner("Kim")).apply(b)).isSameAs(b);
        assertThat(Edits.progress("CL-CONFIRM-INVENTORY", Edits.owner("")).apply(b).checklist().get(0).owner()).isNull();
    }

    @Test
    void configurationsAreAddedMovedEditedAndRemovedAsValues() throws Exception {
        Assessment a = scenario();
        List<SyncConfiguration> before = a.lightningSync().configurations();
        Assessment added = Edits.configurations(list -> list.add(SyncConfiguration.EMPTY.with(Field.NAME, "New")))
                .apply(a);
        assertThat(added.lightningSync().configurations()).hasSize(before.size() + 1).last()
                .extracting(SyncConfiguration::name).isEqualTo("New");
        int last = before.size();
        Assessment edited = Edits.configurationField(last, Field.CONTACTS_DIRECTION, SyncDirection.BOTH)
                .andThen(Edits.configurationField(last, Field.ASSIGNED_PROFILES, List.of("Sales User", "Manager")))
                .andThen(Edits.configurations(list -> list.add(0, list.remove(last))))
                .apply(added);
        SyncConfiguration first = edited.lightningSync().configurations().get(0);
        assertThat(first.name()).isEqualTo("New");
        assertThat(first.contactsDirection()).isEqualTo(SyncDirection.BOTH);
        assertThat(first.assignedProfiles()).containsExactly("Sales User", "Manager");
        assertThat(edited.lightningSync().configurations().subList(1, before.size() + 1)).isEqualTo(before);
        assertThat(Edits.configurations(list -> list.remove(0)).apply(edited).lightningSync().configurations())
                .isEqualTo(before);
        assertThat(edited.lightningSync().usersSyncing()).isEqualTo(a.lightningSync().usersSyncing());
        assertThatThrownBy(() -> first.with(Field.ASSIGNED_USERS, "many")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assignedUsers takes a Integer");
        for (Field f : Field.values()) {
            assertThat(first.with(f, f.read(first))).as(f.key()).isEqualTo(first);
        }
    }
}
