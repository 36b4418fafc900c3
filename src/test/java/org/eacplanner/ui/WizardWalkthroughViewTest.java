package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.answer;
import static org.eacplanner.ui.UiTestSupport.choose;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.date;
import static org.eacplanner.ui.UiTestSupport.panelFindings;
import static org.eacplanner.ui.UiTestSupport.tick;
import static org.eacplanner.ui.UiTestSupport.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.eacplanner.cli.CliMain;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.ConnectionMethod;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.EacAuthMethod;
import org.eacplanner.model.EacLicense;
import org.eacplanner.model.Edition;
import org.eacplanner.model.MicrosoftCloud;
import org.eacplanner.model.Product;
import org.eacplanner.model.SalesforceCloud;
import org.eacplanner.model.ServiceAccountAuth;
import org.eacplanner.model.Severity;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.model.UserInterface;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * a whole assessment typed through the UI (the answers of the exo-service-account
 * scenario), evaluated as of its date; the panel shows exactly the expected findings and the Checklist step
 * the same items as `evaluate` on the scenario file.
 */
@ExtendWith(ApplicationExtension.class)
class WizardWalkthroughViewTest {

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void typingAScenarioGivesItsFindingsAndChecklist(FxRobot robot) throws Exception {
        click(robot, "#newAssessment");

        // 1. Organization
        type(robot, "title", "Acme Robotics — Lightning Sync to EAC");
        type(robot, "client-name", "Acme Robotics");
        type(robot, "preparedBy-name", "Jordan Lee");
        type(robot, "preparedBy-company", "Northwind Consulting");
        type(robot, "preparedBy-email", "jordan.lee@northwind.example");
        type(robot, "notes", "Sync has been failing for Exchange Online mailboxes since October.");
        type(robot, "org-name", "Acme Robotics");
        type(robot, "org-orgId", "00D5g000004XyZa");
        choose(robot, "org-edition", Edition.ENTERPRISE);
        choose(robot, "org-cloud", SalesforceCloud.COMMERCIAL);
        type(robot, "org-instance", "NA224");
        type(robot, "org-myDomain", "acmerobotics.my.salesforce.com");
        tick(robot, "org-products", Product.SALES_CLOUD);
        tick(robot, "org-userInterfaces", UserInterface.LIGHTNING);
        tick(robot, "org-userInterfaces", UserInterface.MOBILE);
        type(robot, "org-userCount", "240");
        click(robot, "#nextButton");

        // 2. Microsoft: the server answers first, while they are still asked, then Exchange Online hides them.
        type(robot, "exchange-ewsUrl", "https://outlook.office365.com/EWS/Exchange.asmx");
        answer(robot, "exchange-ewsEnabled", true);
        answer(robot, "exchange-ewsOverSsl", true);
        answer(robot, "exchange-autodiscoverEnabled", true);
        tick(robot, "exchange-authMethods", AuthMethod.OAUTH);
        type(robot, "exchange-certificateAuthority", "DigiCert Global Root G2");
        answer(robot, "exchange-certificateApproved", true);
        answer(robot, "exchange-inbound443Open", true);
        choose(robot, "exchange-deployment", Deployment.EXCHANGE_ONLINE);
        assertThat(robot.lookup("#exchange-ewsUrl-question").query().isVisible()).isFalse();
        choose(robot, "exchange-microsoftCloud", MicrosoftCloud.WORLDWIDE);
        type(robot, "exchange-tenantDomain", "acmerobotics.example");
        click(robot, "#nextButton");

        // 3. Lightning Sync, with its two configurations
        answer(robot, "lightningSync-inUse", true);
        choose(robot, "lightningSync-connectionMethod", ConnectionMethod.SERVICE_ACCOUNT);
        type(robot, "lightningSync-serviceAccountEmail", "sf-sync@acmerobotics.example");
        answer(robot, "lightningSync-impersonationGranted", true);
        choose(robot, "lightningSync-serviceAccountAuth", ServiceAccountAuth.BASIC);
        type(robot, "lightningSync-usersSyncing", "205");
        type(robot, "lightningSync-usersWithErrors", "0");
        addConfiguration(robot, "Sales reps", "Sales User", "180", SyncDirection.SALESFORCE_TO_EXCHANGE);
        addConfiguration(robot, "Managers", "Sales Manager", "25", SyncDirection.BOTH);
        click(robot, "#nextButton");

        // 4. Einstein Activity Capture
        answer(robot, "eac-enabled", false);
        tick(robot, "eac-licenses", EacLicense.STANDARD);
        type(robot, "eac-configurations", "0");
        choose(robot, "eac-microsoftAuthMethod", EacAuthMethod.NONE);
        answer(robot, "eac-emailCaptureWanted", true);
        answer(robot, "eac-reportsDependOnActivityRecords", true);

        Path scenario = Scenarios.folder().resolve("exo-service-account.eacplan.json");
        JsonNode expected = new ObjectMapper().readTree(Scenarios.expectedFor(scenario).toFile());
        date(robot, "panelAsOf", LocalDate.parse(expected.get("asOf").asText()));

        Map<Severity, Set<String>> shown = panelFindings(robot).stream().collect(Collectors.groupingBy(
                Finding::severity, Collectors.mapping(Finding::ruleId, Collectors.toCollection(TreeSet::new))));
        // The typed answers give exactly the findings of `evaluate` on the scenario file, with the catalog in use
        // (ScenarioTest and check-scenarios hold that file's findings to its expected file).
        JsonNode fromFile = evaluate(scenario, expected.get("asOf").asText());
        for (Severity severity : Severity.values()) {
            List<String> wanted = new ArrayList<>();
            fromFile.get("findings").forEach(f -> {
                if (f.get("severity").asText().equals(severity.name())) {
                    wanted.add(f.get("ruleId").asText());
                }
            });
            assertThat(shown.getOrDefault(severity, Set.of())).as(severity.name()).containsExactlyInAnyOrderElementsOf(wanted);
        }

        // 7. Checklist: the same items as `evaluate` on the scenario file, in the same order.
        robot.clickOn("7. Checklist");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> items = new ArrayList<>();
        for (Node n : robot.lookup(".checklist-item").queryAll()) {
            if (n.getId().startsWith("item-") && !isNotApplicable(n)) {
                items.add(n.getId().substring(5));
            }
        }
        List<String> evaluated = new ArrayList<>();
        evaluate(scenario, expected.get("asOf").asText()).get("checklist").forEach(i -> evaluated.add(i.get("itemId").asText()));
        assertThat(items).isEqualTo(evaluated).endsWith(expected.get("checklistEndsWith").asText());
    }

    private static boolean isNotApplicable(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if ("notApplicable".equals(p.getId())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode evaluate(Path file, String asOf) throws Exception {
        StringWriter out = new StringWriter();
        CliMain.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "evaluate", "--format", "json",
                "--as-of", asOf, file.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    /** Adds a configuration and answers its name, profiles, users and contacts in the form beside the list. */
    private static void addConfiguration(FxRobot robot, String name, String profiles, String users,
            SyncDirection contacts) {
        click(robot, "#addConfiguration");
        type(robot, "config-name", name);
        type(robot, "config-assignedProfiles", profiles);
        type(robot, "config-assignedUsers", users);
        answer(robot, "config-syncContacts", true);
        choose(robot, "config-contactsDirection", contacts);
    }
}
