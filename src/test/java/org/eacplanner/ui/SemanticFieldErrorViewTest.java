package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.panelFindings;
import static org.eacplanner.ui.UiTestSupport.text;
import static org.eacplanner.ui.UiTestSupport.type;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.eacplanner.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A cross-field check of the format shows at the field while typing, and the panel already counts the answer out. */
@ExtendWith(ApplicationExtension.class)
class SemanticFieldErrorViewTest {

    private org.eacplanner.ui.shell.MainWindowView main;

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Start
    void start(Stage stage) throws Exception {
        main = UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void moreUsersWithErrorsThanSyncingIsMarkedAtTheFieldAndGivesNoWarning(FxRobot robot) throws Exception {
        click(robot, "#newAssessment");
        robot.clickOn("3. Lightning Sync");
        UiTestSupport.answer(robot, "lightningSync-inUse", true);
        type(robot, "lightningSync-usersSyncing", "10");
        type(robot, "lightningSync-usersWithErrors", "50");
        assertThat(text(robot, "#lightningSync-usersWithErrors-error")).startsWith("More users with errors than users"
                + " syncing");
        assertThat(robot.lookup("#lightningSync-usersWithErrors-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(panelFindings(robot)).extracting(Finding::ruleId).doesNotContain("LS-SYNC-ERRORS");

        // saved and opened again: the value is a draft, shown in its field with the reason
        java.nio.file.Path file = dir.resolve("draft.eacplan.json");
        robot.interact(() -> main.viewModel().save(file, () -> { }));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> main.viewModel().open(file));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("3. Lightning Sync");
        assertThat(robot.lookup("#lightningSync-usersWithErrors").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("50");
        assertThat(text(robot, "#lightningSync-usersWithErrors-error")).startsWith("More users with errors than users"
                + " syncing");
        assertThat(panelFindings(robot)).extracting(Finding::ruleId).doesNotContain("LS-SYNC-ERRORS");

        type(robot, "lightningSync-usersSyncing", "60");
        assertThat(robot.lookup("#lightningSync-usersWithErrors-error").queryAs(Label.class).isVisible()).isFalse();
        assertThat(panelFindings(robot)).extracting(Finding::ruleId).contains("LS-SYNC-ERRORS");

        // corrected, the drafted answer is what a save writes
        java.nio.file.Path fixed = dir.resolve("fixed.eacplan.json");
        robot.interact(() -> main.viewModel().save(fixed, () -> { }));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.eacplanner.model.Assessment saved = org.eacplanner.storage.AssessmentJson.mapper().readValue(fixed.toFile(),
                org.eacplanner.model.Assessment.class);
        assertThat(saved.lightningSync().usersWithErrors()).isEqualTo(50);
        assertThat(saved.lightningSync().usersSyncing()).isEqualTo(60);
        assertThat(saved.drafts()).doesNotContainKey("$.lightningSync.usersWithErrors");
    }
}
