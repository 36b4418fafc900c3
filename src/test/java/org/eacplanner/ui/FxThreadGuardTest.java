package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.testing.FxThreadGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The guard every test runs with sees a save on the JavaFX thread, and not the same save run as a task. */
@ExtendWith(ApplicationExtension.class)
class FxThreadGuardTest {

    @TempDir
    Path dir;

    @Test
    void aSaveOnTheFxThreadIsSeenAndTheSameSaveAsATaskIsNot() throws Exception {
        AssessmentStore store = new AssessmentStore(Planner.forLocale(Locale.ENGLISH));
        Assessment a = Assessment.empty("guard", Instant.parse("2026-12-07T00:00:00Z"));
        LocalDate asOf = LocalDate.of(2026, 12, 7);

        WaitForAsyncUtils.asyncFx(() -> TaskRunner.sameThread().run(
                () -> store.saveAs(null, a, dir.resolve("task.eacplan.json"), asOf), f -> { }, e -> { })).get();
        assertThat(FxThreadGuard.callsOnFxThread()).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> store.saveAs(null, a, dir.resolve("direct.eacplan.json"), asOf)).get();
        assertThat(FxThreadGuard.callsOnFxThread()).singleElement().asString()
                .isEqualTo("file write direct.eacplan.json");
        FxThreadGuard.forget();
    }
}
