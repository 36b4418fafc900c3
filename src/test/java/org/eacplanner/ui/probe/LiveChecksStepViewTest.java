package org.eacplanner.ui.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.stage.Stage;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.probe.DnsResponder;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.probe.SilentServer;
import org.eacplanner.ui.UiTestSupport;
import org.eacplanner.ui.shell.MainWindowView;
import org.eacplanner.ui.wizard.Step;
import org.eacplanner.ui.wizard.StepWhy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * while probes wait on a local server that accepts and never answers, the window
 * stays responsive, and Cancel ends the running probes, shown as cancelled, long before the read timeout.
 * Loopback only.
 */
@ExtendWith(ApplicationExtension.class)
class LiveChecksStepViewTest {

    private static final int READ_TIMEOUT_S = 60;
    /** Generous: the probe runner promises about 1 s; a busy 2-core machine must not make this flaky. */
    private static final long CANCEL_WITHIN_S = 20;

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void theWindowStaysResponsiveWhileProbesRunAndCancelEndsThem(FxRobot robot) throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            newAssessmentAtLiveChecks(robot);
            LiveChecksViewModel vm = (LiveChecksViewModel) robot.lookup("#liveChecksStep").query().getProperties()
                    .get(LiveChecksViewModel.class);
            robot.interact(() -> {
                vm.settings().proxyModeProperty().set(ProxySettings.Mode.NONE);
                vm.settings().readTimeoutProperty().set(Integer.toString(READ_TIMEOUT_S));
            });
            type(robot, "live-email", "admin@acme.com");
            type(robot, "live-ewsUrl", "https://127.0.0.1:" + silent.port() + "/EWS/Exchange.asmx");
            click(robot, "#probe-ALL");
            click(robot, "#probe-EWS_AUTH");
            click(robot, "#probe-TLS_CERT");

            click(robot, "#liveRun");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> silent.connections() >= 2);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cellTexts(robot).contains("Running"));
            assertThat(vm.isRunning()).isTrue();

            type(robot, "live-tenant", "contoso.com");
            assertThat(robot.lookup("#live-tenant").queryAs(TextField.class).getText()).isEqualTo("contoso.com");
            click(robot, "#probe-USER_REALM");
            assertThat(robot.lookup("#probe-USER_REALM").queryAs(CheckBox.class).isSelected()).isTrue();
            assertThat(vm.isRunning()).as("still waiting on the silent server").isTrue();

            long t0 = System.nanoTime();
            click(robot, "#liveCancel");
            WaitForAsyncUtils.waitFor(CANCEL_WITHIN_S, TimeUnit.SECONDS, () -> !vm.isRunning());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(ms).as("Cancel to stop").isLessThan(TimeUnit.SECONDS.toMillis(CANCEL_WITHIN_S));
            List<LiveChecksViewModel.Row> rows = new ArrayList<>();
            robot.interact(() -> vm.tree().getChildren().stream().map(TreeItem::getValue).forEach(rows::add));
            assertThat(rows).extracting(LiveChecksViewModel.Row::probe).containsExactly(ProbeId.EWS_AUTH, ProbeId.TLS_CERT);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.cancelled()).as(r.probe().name()).isTrue();
                assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            });
            assertThat(Collections.frequency(cellTexts(robot), "Cancelled")).isEqualTo(2);
            assertThat(robot.lookup("#liveRun").query().isDisabled()).as("can run again").isFalse();
        }
    }

    @Test
    void offlineTheStepShowsOneDiagnosisAndNoCheckReadsAsAFailure(FxRobot robot) throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true)) {
            MainWindowView main = newAssessmentAtLiveChecks(robot);
            LiveChecksViewModel vm = (LiveChecksViewModel) robot.lookup("#liveChecksStep").query().getProperties()
                    .get(LiveChecksViewModel.class);
            robot.interact(() -> {
                vm.settings().proxyModeProperty().set(ProxySettings.Mode.NONE);
                vm.settings().readTimeoutProperty().set("2");
                vm.inputs().dnsServerProperty().set(dns.address().toString());
            });
            type(robot, "live-email", "admin@acme.example");
            assertThat(robot.lookup("#liveOffline").query().isVisible()).isFalse();
            click(robot, "#liveRun");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.isRunning());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(robot.lookup("#liveOffline").query().isVisible()).isTrue();
            assertThat(robot.lookup("#liveOfflineText").queryAs(Label.class).getText())
                    .contains("The DNS server " + dns.address() + " set under Advanced: endpoints does not answer");
            assertThat(robot.lookup("#liveOffline").queryAll()).hasSize(1);
            assertThat(cellTexts(robot)).contains("Skipped").doesNotContain("Failed", "Error", "Warning");
            assertThat(main.viewModel().workspace().wizard().why(Step.LIVE_CHECKS))
                    .isEqualTo(StepWhy.of("checksNone"));
        }
    }

    private static MainWindowView newAssessmentAtLiveChecks(FxRobot robot) {
        click(robot, "#newAssessment");
        MainWindowView main = (MainWindowView) robot.lookup("#mainWindow").query().getProperties()
                .get(MainWindowView.class);
        robot.interact(() -> main.viewModel().workspace().wizard().jumpTo(Step.LIVE_CHECKS));
        WaitForAsyncUtils.waitForFxEvents();
        return main;
    }

    private static List<String> cellTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (javafx.scene.Node n : robot.lookup("#liveTree").query().lookupAll(".tree-table-cell")) {
            if (n instanceof TreeTableCell<?, ?> c && c.isVisible() && c.getText() != null) {
                texts.add(c.getText());
            }
        }
        return texts;
    }
}
