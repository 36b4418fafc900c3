package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.type;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.shell.MainWindowView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialogs that can lose work: withdrawing an accepted risk asks first, and the exit prompt saves by default. */
@ExtendWith(ApplicationExtension.class)
class DialogsViewTest {

    private MainWindowView main;
    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        main = UiTestSupport.start(stage, getClass().getSimpleName());
    }

    private java.util.List<AcceptedRisk> risks() {
        return main.viewModel().workspace().document().assessment().acceptedRisks();
    }

    @Test
    void withdrawingAnAcceptedRiskAsksFirstAndUndoBringsItBack(FxRobot robot) {
        UiTestSupport.newOnPremisesWithPort443Closed(robot);
        click(robot, "#accept-FIREWALL-443");
        type(robot, "acceptRationale", "Firewall change booked for next week");
        click(robot, "#acceptOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(risks()).extracting(AcceptedRisk::ruleId).containsExactly("FIREWALL-443");

        click(robot, "#withdraw-FIREWALL-443");
        Button ok = robot.lookup("#withdrawOk").queryButton();
        assertThat(ok.isDefaultButton()).as("the destructive choice is not the default").isFalse();
        robot.type(KeyCode.ENTER); // the default: Cancel
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(risks()).as("cancelled: still accepted").hasSize(1);

        click(robot, "#withdraw-FIREWALL-443");
        robot.clickOn("#withdrawOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(risks()).isEmpty();

        robot.interact(() -> main.viewModel().workspace().document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(risks()).extracting(AcceptedRisk::rationale).containsExactly("Firewall change booked for next week");
        assertThat(robot.lookup("#acceptance-FIREWALL-443").tryQuery()).isPresent();
    }

    @Test
    void theExitPromptSavesByDefault(FxRobot robot) throws Exception {
        Path file = folder.resolve("client.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        robot.interact(() -> main.viewModel().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "org-name", "Renamed before exit");
        UiTestSupport.awaitMenus(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Button save = robot.lookup("#unsavedSave").queryButton();
        assertThat(save.isDefaultButton()).isTrue();
        assertThat(robot.lookup("#unsavedDiscard").queryButton().getText()).isEqualTo("_Don't save");
        assertThat(robot.lookup("#unsavedCancel").tryQuery()).isPresent();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(file)).contains("\"Renamed before exit\"");
        assertThat(stage.isShowing()).as("saved, then the window closed").isFalse();
    }
}
