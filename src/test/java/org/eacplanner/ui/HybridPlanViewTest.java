package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.text;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.shell.MainWindowView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hybrid plan in the app: the build's version beside the version question (nothing written), the checklist's
 * shared steps and two tracks with their mailbox counts and suggested dates, deadline phrases in the panel.
 */
@ExtendWith(ApplicationExtension.class)
class HybridPlanViewTest {

    private static final Path HYBRID = Scenarios.folder().resolve("hybrid-se-eac-pilot.eacplan.json");
    private MainWindowView main;

    @Start
    void start(Stage stage) throws Exception {
        main = UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void theHybridPilotShowsBothSidesOfThePlan(FxRobot robot) {
        robot.interact(() -> main.viewModel().open(HYBRID));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("2. Microsoft environment");
        assertThat(text(robot, "#exchange-serverVersion-derived")).isEqualTo("Not answered: the rules use Exchange"
                + " Server Subscription Edition, from the build below (nothing is written here).");
        assertThat(text(robot, "#exchange-serverBuild-derived")).isEqualTo("This build is Exchange Server Subscription"
                + " Edition RTM with May 2026 Hotfix Update (build 15.2.2562.49).");
        assertThat(main.viewModel().workspace().document().assessment().exchange().serverVersion()).isNull();

        assertThat(text(robot, "#panel-INBOX-GRAPH-UPGRADE"))
                .endsWith("Deadline: since August 3, 2026 · vendor documentation");
        assertThat(text(robot, "#panel-LS-RETIREMENT"))
                .endsWith("Deadline: April 2027 · 128 days left, counted to 1 April 2027 · vendor documentation");

        robot.clickOn("7. Checklist");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#track-shared-title")).isEqualTo("Steps for every mailbox");
        assertThat(text(robot, "#track-online-title")).isEqualTo("Mailboxes in Exchange Online (280 mailboxes)");
        assertThat(text(robot, "#track-onprem-title")).isEqualTo("Mailboxes on your Exchange servers (60 mailboxes)");
        assertThat(text(robot, "#track-onprem-empty")).isEqualTo("No steps only for these mailboxes; the shared steps apply.");
        List<String> online = robot.lookup("#track-online .checklist-item").queryAll().stream().map(Node::getId).toList();
        assertThat(online).containsExactly("item-CL-GRAPH-CONSENT", "item-CL-GRAPH-RBAC", "item-CL-INBOX-GRAPH",
                "item-CL-GRAPH-UPGRADE");
        // Inbox's deadline has passed, and it is the earliest dated one: every step is due now, phase by phase
        assertThat(text(robot, "#suggested-CL-INBOX-GRAPH")).isEqualTo("Now: suggested by January 9, 2027 (the"
                + " deadline is close or has passed)");
        assertThat(text(robot, "#suggested-CL-CONFIRM-INVENTORY")).startsWith("Now: suggested by November 24, 2026");
    }

    @Test
    void aHybridOrgOnTheServiceAccountSeesWhichMailboxesEachStepConcerns(FxRobot robot) throws Exception {
        Path fixture = Path.of(HybridPlanViewTest.class.getResource("/fixtures/hybrid-service-account.eacplan.json").toURI());
        robot.interact(() -> main.viewModel().open(fixture));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#panel-LS-SVC-ACCOUNT-EXO")).startsWith("Blocker: Service account cannot sync the"
                + " Exchange Online mailboxes");
        robot.clickOn("6. Findings");
        WaitForAsyncUtils.waitForFxEvents();
        String card = robot.lookup("#finding-LS-SVC-ACCOUNT-EXO").queryAll().stream().findFirst()
                .map(n -> ((javafx.scene.Parent) n).getChildrenUnmodifiable().stream()
                        .filter(c -> c instanceof javafx.scene.control.Label).map(c -> ((javafx.scene.control.Label) c)
                                .getText()).reduce("", (a, b) -> a + "\n" + b)).orElseThrow();
        assertThat(card).contains("only the Exchange Online mailboxes", "85 users reported as syncing");

        robot.clickOn("7. Checklist");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#track-online-title")).isEqualTo("Mailboxes in Exchange Online (190 mailboxes)");
        assertThat(text(robot, "#track-onprem-title")).isEqualTo("Mailboxes on your Exchange servers (85 mailboxes)");
        assertThat(robot.lookup("#track-online #item-CL-GRAPH-UPGRADE").tryQuery()).isPresent();
        assertThat(robot.lookup("#track-onprem .checklist-item").queryAll().stream().map(Node::getId).toList())
                .containsExactly("item-CL-FIX-EXCHANGE");
        assertThat(robot.lookup("#track-onprem-empty").tryQuery()).isEmpty();
        assertThat(text(robot, "#suggested-CL-FIX-EXCHANGE")).startsWith("Now: suggested by November 24, 2026");
    }
}
