package org.eacplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.edit.Edits;
import org.eacplanner.rules.FieldPath;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.wizard.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save, Save As and Open through the view model, with the real store, without a window. */
class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private final Planner planner = Planner.forLocale(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final List<Throwable> errors = new ArrayList<>();
    private final MainWindowViewModel vm = new MainWindowViewModel(() -> new Workspace(planner, clock),
            () -> new AssessmentStore(planner), TaskRunner.sameThread(), errors::add);

    @Test
    void aNewAssessmentIsSavedAsThenSavedInPlaceAndOpensAgain() throws Exception {
        vm.newAssessment();
        vm.workspace().document().apply(Edits.answer(FieldPath.of("title"), "Saved from the app", null));
        assertThat(vm.modifiedProperty().get()).isTrue();
        assertThat(vm.canSaveInPlace()).isFalse();

        Path file = dir.resolve("saved.eacplan.json");
        boolean[] done = {false};
        vm.save(file, () -> done[0] = true);
        assertThat(errors).isEmpty();
        assertThat(done[0]).isTrue();
        assertThat(Files.readString(file)).contains("\"title\": \"Saved from the app\"");
        assertThat(vm.modifiedProperty().get()).isFalse();
        assertThat(vm.canSaveInPlace()).isTrue();

        vm.workspace().document().apply(Edits.answer(FieldPath.of("notes"), "second save", null));
        vm.save(null, () -> { });
        assertThat(Files.readString(file)).contains("second save");
        assertThat(Files.exists(dir.resolve("saved.eacplan.json.bak"))).isTrue();

        vm.newAssessment();
        vm.open(file);
        assertThat(errors).isEmpty();
        assertThat(vm.workspace().document().assessment().notes()).isEqualTo("second save");
        assertThat(vm.fileProperty().get().path()).isEqualTo(file);
        assertThat(vm.modifiedProperty().get()).isFalse();
    }

    @Test
    void aBrokenFileIsReportedAndLeftAsItWas() throws Exception {
        Path broken = dir.resolve("broken.eacplan.json");
        Files.writeString(broken, "{\"format\": \"eac-migration-assessment\", ");
        byte[] before = Files.readAllBytes(broken);
        vm.open(broken);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getMessage()).contains("broken.eacplan.json", "line 1");
        assertThat(Files.readAllBytes(broken)).isEqualTo(before);
        assertThat(vm.fileProperty().get()).isNull();
    }
}
