package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.answer;
import static org.eacplanner.ui.UiTestSupport.choose;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.date;
import static org.eacplanner.ui.UiTestSupport.panelFindings;
import static org.eacplanner.ui.UiTestSupport.text;
import static org.eacplanner.ui.UiTestSupport.type;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.wizard.Step;
import org.eacplanner.ui.wizard.StepState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** live blockers, accepting a risk until it lapses, keyboard-only input. */
@ExtendWith(ApplicationExtension.class)
class LiveFindingsViewTest {

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    private static List<String> ids(FxRobot robot, Severity severity) {
        return panelFindings(robot).stream().filter(f -> f.severity() == severity).map(Finding::ruleId).toList();
    }

    @Test
    void aBlockerAppearsWithAnAnswerAndGoesWhenTheAnswerChanges(FxRobot robot) {
        click(robot, "#newAssessment");
        robot.clickOn("2. Microsoft environment");
        choose(robot, "exchange-deployment", Deployment.ON_PREMISES);
        assertThat(ids(robot, Severity.BLOCKER)).isEmpty();

        answer(robot, "exchange-ewsEnabled", false);
        assertThat(ids(robot, Severity.BLOCKER)).containsExactly("EWS-DISABLED");
        assertThat(text(robot, "#count-BLOCKER")).isEqualTo("1 blocker");
        String title = UiTestSupport.panelFindings(robot).get(0).title();
        assertThat(text(robot, "#lastChange")).as("by title, not rule ID").isEqualTo("New: " + title);
        assertThat(workspace(robot).wizard().state(Step.MICROSOFT)).isEqualTo(StepState.HAS_BLOCKERS);

        answer(robot, "exchange-ewsEnabled", true);
        assertThat(ids(robot, Severity.BLOCKER)).isEmpty();
        assertThat(text(robot, "#count-BLOCKER")).isEqualTo("No blockers");
        assertThat(text(robot, "#lastChange")).isEqualTo("No longer applies: " + title);
        robot.clickOn("3. Lightning Sync");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lastChange").query().isVisible()).as("cleared when the user moves on").isFalse();
        assertThat(workspace(robot).wizard().state(Step.MICROSOFT)).isNotEqualTo(StepState.HAS_BLOCKERS);
    }

    @Test
    void anAcceptedBlockerIsMarkedAcceptedAndCountsAgainAfterItsExpiry(FxRobot robot) {
        UiTestSupport.newOnPremisesWithPort443Closed(robot);

        click(robot, "#accept-FIREWALL-443");
        type(robot, "acceptRationale", "Firewall change booked for next week");
        type(robot, "acceptBy", "Dana Admin");
        UiTestSupport.date(robot, "acceptExpires", LocalDate.of(2026, 12, 15));
        click(robot, "#acceptOk");
        WaitForAsyncUtils.waitForFxEvents();

        Finding accepted = panelFindings(robot).stream().filter(f -> f.ruleId().equals("FIREWALL-443")).findFirst().orElseThrow();
        assertThat(accepted.accepted()).isTrue();
        assertThat(accepted.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(robot.lookup("#acceptance-FIREWALL-443").queryAs(Label.class).getText())
                .contains("Accepted as a known risk by Dana Admin", "December 15, 2026", "Firewall change booked");
        assertThat(text(robot, "#count-BLOCKER")).as("counted apart").endsWith(", 1 accepted");
        assertThat(workspace(robot).wizard().state(Step.MICROSOFT)).as("an accepted blocker does not mark its step")
                .isNotEqualTo(StepState.HAS_BLOCKERS);

        date(robot, "findingsAsOf", LocalDate.of(2026, 12, 16));
        Finding lapsed = panelFindings(robot).stream().filter(f -> f.ruleId().equals("FIREWALL-443")).findFirst().orElseThrow();
        assertThat(lapsed.accepted()).isFalse();
        assertThat(lapsed.acceptanceLapsed()).isTrue();
        assertThat(lapsed.isOpenBlocker()).isTrue();
        assertThat(workspace(robot).wizard().state(Step.MICROSOFT)).isEqualTo(StepState.HAS_BLOCKERS);
        assertThat(robot.lookup("#acceptance-FIREWALL-443").queryAs(Label.class).getText()).contains("lapsed");
    }

    @Test
    void theOrganizationStepCanBeCompletedWithTheKeyboardAlone(FxRobot robot) {
        // Start page: the default button starts a new assessment; focus lands in the step list.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // Tab into the first question and type; Tab moves on, typing fills each text question.
        robot.type(KeyCode.TAB);
        robot.write("Keyboard test");
        robot.type(KeyCode.TAB);
        robot.write("Client Co");
        robot.type(KeyCode.TAB);
        robot.write("Kim Keys");
        robot.type(KeyCode.TAB);
        robot.write("Keys Ltd");
        robot.type(KeyCode.TAB);
        robot.write("kim@keys.example");
        robot.type(KeyCode.TAB); // notes (a text area: Tab leaves it)
        robot.write("typed without a mouse");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        robot.write("Keys Org");
        robot.type(KeyCode.TAB);
        robot.write("00D5g000004XyZa");
        robot.type(KeyCode.TAB); // edition: a drop-down, chosen with the arrow keys
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        var a = assessment(robot);
        assertThat(a.title()).isEqualTo("Keyboard test");
        assertThat(a.client().name()).isEqualTo("Client Co");
        assertThat(a.preparedBy().email()).isEqualTo("kim@keys.example");
        assertThat(a.notes()).isEqualTo("typed without a mouse");
        assertThat(a.org().name()).isEqualTo("Keys Org");
        assertThat(a.org().orgId()).isEqualTo("00D5g000004XyZa");
        assertThat(a.org().edition()).isNotNull();

        // Enter on a text question is Next.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT); // back to the org ID field
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#stepTitle")).isEqualTo("Microsoft environment");
    }

    private static org.eacplanner.ui.wizard.Workspace workspace(FxRobot robot) {
        return ((org.eacplanner.ui.shell.MainWindowView) robot.lookup("#mainWindow").query().getProperties()
                .get(org.eacplanner.ui.shell.MainWindowView.class)).viewModel().workspace();
    }

    private static org.eacplanner.model.Assessment assessment(FxRobot robot) {
        return workspace(robot).document().assessment();
    }
}
