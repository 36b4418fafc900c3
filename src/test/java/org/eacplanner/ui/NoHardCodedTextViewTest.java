package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.eacplanner.ui.wizard.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * every text the views show comes from a resource bundle. The scene graph
 * of the start page and of every step (with an example open, so findings and checklist are filled) is scanned by
 * {@link BundleTextScan}. The start page's recovery offer and recent files, the review banner and the comparison
 * window are scanned where FilesViewTest brings them up.
 */
@ExtendWith(ApplicationExtension.class)
class NoHardCodedTextViewTest {

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void everyVisibleTextComesFromABundle(FxRobot robot) throws Exception {
        BundleTextScan scan = BundleTextScan.english();
        UiTestSupport.awaitMenus(robot);
        scan.scan(robot.lookup("#mainWindow").queryParent(), "start page");
        UiTestSupport.click(robot, "#openExample");
        robot.clickOn("Exchange Online with a service account (EWS)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wizard").tryQuery()).as("the example opened in the wizard").isPresent();
        var main = (org.eacplanner.ui.shell.MainWindowView) robot.lookup("#mainWindow").query().getProperties()
                .get(org.eacplanner.ui.shell.MainWindowView.class);
        for (Step step : Step.values()) {
            robot.interact(() -> main.viewModel().workspace().wizard().jumpTo(step));
            WaitForAsyncUtils.waitForFxEvents();
            scan.scan(robot.lookup("#mainWindow").queryParent(), step.name());
        }
        assertThat(scan.offenders()).as("texts not from a bundle").isEmpty();
    }
}
