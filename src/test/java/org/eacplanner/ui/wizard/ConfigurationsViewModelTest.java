package org.eacplanner.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.wizard.ConfigurationsViewModel.Row;
import org.junit.jupiter.api.Test;

/** The configurations table's state without a window: rows in order, add, duplicate, move, remove, cells, undo. */
class ConfigurationsViewModelTest {

    private final AssessmentDocument document = new AssessmentDocument(
            Assessment.empty("c-1", Instant.parse("2026-12-01T00:00:00Z")));
    private final ConfigurationsViewModel vm = new ConfigurationsViewModel(document);

    private List<String> names() {
        return vm.rows().stream().map(r -> r.config().name()).toList();
    }

    @Test
    void editsReachTheAssessmentInOrderAndEachIsOneUndoStep() {
        assertThat(vm.rows()).isEmpty();
        assertThat(document.assessment().lightningSync().configurations()).as("unknown until one is added").isNull();

        assertThat(vm.add("Sales")).isZero();
        assertThat(vm.add("Managers")).isEqualTo(1);
        vm.set(0, Field.ASSIGNED_USERS, 120);
        vm.set(0, Field.CONTACTS_DIRECTION, SyncDirection.BOTH);
        assertThat(vm.duplicate(0)).isEqualTo(1);
        assertThat(names()).containsExactly("Sales", "Sales", "Managers");
        assertThat(vm.rows().get(1).config().assignedUsers()).isEqualTo(120);
        assertThat(vm.rows().get(1).config().contactsDirection()).isEqualTo(SyncDirection.BOTH);

        assertThat(vm.move(2, -1)).isEqualTo(1);
        assertThat(vm.move(0, -1)).as("the first cannot move up").isZero();
        assertThat(names()).containsExactly("Sales", "Managers", "Sales");
        vm.remove(2);
        assertThat(document.assessment().lightningSync().configurations()).extracting(c -> c.name())
                .containsExactly("Sales", "Managers");
        assertThat(vm.rows()).extracting(Row::index).containsExactly(0, 1);

        document.undo();
        assertThat(names()).containsExactly("Sales", "Managers", "Sales");
        vm.set(0, Field.ASSIGNED_USERS, null);
        assertThat(vm.rows().get(0).config().assignedUsers()).as("I don't know").isNull();
    }
}
