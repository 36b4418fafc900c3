package org.eacplanner.ui.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.choose;
import static org.eacplanner.ui.UiTestSupport.click;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.ImportRecord;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.UiTestSupport;
import org.eacplanner.ui.shell.MainWindowView;
import org.eacplanner.ui.wizard.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Import from Exchange in the window: a collector's folder is read off the FX thread, its answers are offered in the
 * step's review, all but one are accepted and applied in one edit (the findings panel changes, the import is
 * recorded), and one Undo takes it all back.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeImportViewTest {

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    private static List<String> panel(FxRobot robot) {
        return UiTestSupport.panelFindings(robot).stream().map(Finding::ruleId).toList();
    }

    @Test
    void importAcceptAllButOneApplyAndUndo(FxRobot robot) throws Exception {
        click(robot, "#newAssessment");
        robot.clickOn("2. Microsoft environment");
        choose(robot, "exchange-deployment", Deployment.ON_PREMISES);
        MainWindowView main = (MainWindowView) robot.lookup("#mainWindow").query().getProperties()
                .get(MainWindowView.class);
        robot.interact(() -> main.viewModel().workspace().wizard().jumpTo(Step.LIVE_CHECKS));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> before = panel(robot);
        assertThat(before).doesNotContain("CA-NOT-APPROVED", "CERT-EXPIRING");
        assertThat(robot.lookup("#collector-ON_PREMISES").tryQuery()).isPresent();

        LiveChecksViewModel vm = (LiveChecksViewModel) robot.lookup("#liveChecksStep").query().getProperties()
                .get(LiveChecksViewModel.class);
        Path folder = Path.of(getClass().getResource("/exchange/collected-onpremises-2016").toURI());
        robot.interact(() -> vm.exchangeImport().read(List.of(folder)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.exchangeImport().resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.proposals().rows()).extracting(r -> r.field().text()).contains("exchange.serverBuild",
                "exchange.certificateApproved", "exchange.certificateExpiresOn", "lightningSync.impersonationGranted");
        assertThat(robot.lookup("#importOutcome").queryAll()).hasSize(1);
        for (ProposalsViewModel.ProposalRow row : List.copyOf(vm.proposals().rows())) {
            String field = row.field().text();
            String id = (field.equals("exchange.certificateExpiresOn") ? "reject-" : "accept-") + field;
            Node button = robot.lookup((Node n) -> id.equals(n.getId())).query();
            robot.interact(() -> button.requestFocus());
            robot.clickOn(button);
        }
        click(robot, "#applyProposals");
        WaitForAsyncUtils.waitForFxEvents();

        var doc = main.viewModel().workspace().document();
        assertThat(doc.assessment().exchange().serverBuild()).isEqualTo("15.1.2507.44");
        assertThat(doc.assessment().exchange().certificateApproved()).isFalse();
        assertThat(doc.assessment().exchange().certificateExpiresOn()).as("rejected").isNull();
        assertThat(doc.assessment().imports()).singleElement().satisfies((ImportRecord r) -> {
            assertThat(r.applied()).extracting(ImportRecord.Answer::path).contains("$.exchange.serverBuild")
                    .doesNotContain("$.exchange.certificateExpiresOn");
            assertThat(r.sources()).extracting(ImportRecord.Source::file).contains("Get-ExchangeServer.xml");
        });
        List<String> after = panel(robot);
        assertThat(after).contains("CA-NOT-APPROVED").doesNotContain("CERT-EXPIRING");
        assertThat(vm.proposals().rows()).isEmpty();

        robot.clickOn("Edit");
        robot.clickOn("Undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(doc.assessment().exchange().serverBuild()).isNull();
        assertThat(doc.assessment().imports()).isEmpty();
        assertThat(panel(robot)).isEqualTo(before);
    }
}
