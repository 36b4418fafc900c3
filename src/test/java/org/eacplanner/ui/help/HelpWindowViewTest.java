package org.eacplanner.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eacplanner.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class HelpWindowViewTest {

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void f1OpensTheHelpOfTheCurrentStepAndEscapeClosesIt(FxRobot robot) {
        click(robot, "#newAssessment");
        robot.clickOn("5. Live checks and import");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage help = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Help"))
                .findFirst().orElseThrow();
        assertThat(help.getTitle()).isEqualTo("Help \u2014 5. Live checks and import");
        assertThat(robot.from(help.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("When nothing resolves", "From your desktop, not from Salesforce");
        robot.interact(help::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(help.isShowing()).isFalse();
    }
}
