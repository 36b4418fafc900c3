package org.eacplanner.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.eacplanner.ui.App;
import org.eacplanner.ui.AppContext;
import org.eacplanner.ui.common.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, driven by the robot: start page, then Next, Next, Back and a jump in the step list. */
@ExtendWith(ApplicationExtension.class)
class WizardNavigationViewTest {

    @Start
    void start(Stage stage) throws Exception {
        Preferences node = Preferences.userRoot().node("org/eacplanner/test/" + getClass().getSimpleName());
        node.clear();
        App.show(new AppContext(new UiSettings(node), Locale.ENGLISH), stage);
    }

    @Test
    void nextNextBackAndJump(FxRobot robot) {
        assertThat(robot.lookup("#startPage").tryQuery()).isPresent();

        robot.clickOn("#newAssessment");
        assertShownStep(robot, Step.ORGANIZATION, "Organization", "Step 1 of 8");

        robot.clickOn("#nextButton");
        assertShownStep(robot, Step.MICROSOFT, "Microsoft environment", "Step 2 of 8");

        robot.clickOn("#nextButton");
        assertShownStep(robot, Step.LIGHTNING_SYNC, "Lightning Sync", "Step 3 of 8");

        robot.clickOn("#backButton");
        assertShownStep(robot, Step.MICROSOFT, "Microsoft environment", "Step 2 of 8");

        robot.clickOn("7. Checklist");
        assertShownStep(robot, Step.CHECKLIST, "Checklist", "Step 7 of 8");
    }

    @Test
    void keyboardOnlyStartsAnAssessmentAndMovesOn(FxRobot robot) {
        // The New button is the start page's default button: Enter starts an assessment.
        robot.type(KeyCode.ENTER);
        assertShownStep(robot, Step.ORGANIZATION, "Organization", "Step 1 of 8");
        // Enter is Next on every step.
        robot.type(KeyCode.ENTER);
        assertShownStep(robot, Step.MICROSOFT, "Microsoft environment", "Step 2 of 8");
    }

    private static void assertShownStep(FxRobot robot, Step step, String title, String counter) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stepTitle").queryAs(Label.class).getText()).isEqualTo(title);
        assertThat(robot.lookup("#stepCounter").queryAs(Label.class).getText()).isEqualTo(counter);
        assertThat(robot.lookup("#stepContent").queryAs(VBox.class).getUserData()).isEqualTo(step);
        @SuppressWarnings("unchecked")
        ListView<Step> list = robot.lookup("#stepList").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(step);
    }
}
