package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.eacplanner.checklist.Planner;
import org.eacplanner.compare.Comparer;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.FieldPath;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.findings.FindingsStepView;
import org.eacplanner.ui.shell.MainWindowView;
import org.eacplanner.ui.wizard.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files in the real window: autosave and recovery after a crash, review mode, a file of a newer format, the
 * recent-files list, and the comparison window.
 */
@ExtendWith(ApplicationExtension.class)
class FilesViewTest {

    private static final Path SCENARIO = Scenarios.folder().resolve("exo-service-account.eacplan.json");

    private Stage stage;
    private MainWindowView main;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindowView startApp(Path recovery, Duration autosave, boolean fresh, FxRobot robot) {
        robot.interact(() -> {
            try {
                main = UiTestSupport.start(stage, getClass().getSimpleName(), recovery, autosave, fresh);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return main;
    }

    @Test
    void anEditAutosavedBeforeACrashIsRecoveredOnTheNextStart(FxRobot robot) throws Exception {
        Path recovery = dir.resolve("recovery");
        startApp(recovery, Duration.millis(300), true, robot);
        click(robot, "#newAssessment");
        type(robot, "org-name", "Recovered Robotics");
        // Autosaves follow the typing; wait for the one with the whole name.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recoveryFiles(recovery).size() == 1
                && Files.readString(recoveryFiles(recovery).get(0)).contains("\"Recovered Robotics\""));

        // The crash: the process dies; nothing is saved or discarded, no question asked.
        robot.interact(() -> main.viewModel().autosave().stop());
        startApp(recovery, Duration.millis(300), false, robot);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recover-0").tryQuery().isPresent());
        assertThat(robot.lookup("#recovery-0").queryAs(Label.class).getText()).contains("never saved");
        assertAllTextFromBundles(robot.lookup("#mainWindow").queryParent(), "start page with a recovery offer");
        click(robot, "#recover-0");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#org-name").queryAs(TextInputControl.class).getText()).isEqualTo("Recovered Robotics");
        assertThat(main.viewModel().modifiedProperty().get()).as("recovered work is not saved yet").isTrue();
        assertThat(stage.getTitle()).startsWith("\u2022");

        // A clean save removes the recovery copy.
        Path saved = dir.resolve("recovered.eacplan.json");
        robot.interact(() -> main.viewModel().save(saved, () -> { }));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recoveryFiles(recovery).isEmpty());
        assertThat(new AssessmentReader().load(saved).assessment().org().name()).isEqualTo("Recovered Robotics");
    }

    @Test
    void aFileOpenedForReviewHasEveryInputDisabledAndABanner(FxRobot robot) throws Exception {
        startApp(dir.resolve("recovery"), Duration.seconds(30), true, robot);
        Path file = Files.copy(SCENARIO, dir.resolve("review.eacplan.json"));
        byte[] before = Files.readAllBytes(file);
        robot.interact(() -> main.viewModel().openForReview(file));
        WaitForAsyncUtils.waitForFxEvents();

        Label banner = robot.lookup("#reviewReason").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("Open for review");
        assertThat(stage.getTitle()).contains("(read-only)");
        assertAllTextFromBundles(robot.lookup("#mainWindow").queryParent(), "review banner");
        assertEveryInputDisabled(robot);

        // Behind the disabled fields, the document refuses edits too; the file is never written.
        var document = main.viewModel().workspace().document();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> document.apply(Edits.answer(FieldPath.of("org.name"), "x", null))).isInstanceOf(IllegalStateException.class);
        assertThat(main.viewModel().modifiedProperty().get()).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileOfANewerFormatOpensReadOnlyWithTheBanner(FxRobot robot) throws Exception {
        startApp(dir.resolve("recovery"), Duration.seconds(30), true, robot);
        ObjectNode tree = (ObjectNode) AssessmentJson.mapper().readTree(SCENARIO.toFile());
        tree.put("schemaVersion", 99);
        tree.put("fieldFromTheFuture", "kept");
        Path file = dir.resolve("future.eacplan.json");
        Files.write(file, AssessmentJson.mapper().writeValueAsBytes(tree));
        byte[] before = Files.readAllBytes(file);

        robot.interact(() -> main.viewModel().open(file));
        WaitForAsyncUtils.waitForFxEvents();

        String reason = robot.lookup("#reviewReason").queryAs(Label.class).getText();
        assertThat(reason).contains("newer version").contains("99");
        assertThat(robot.lookup("#reviewBanner").queryAs(Parent.class).isVisible()).isTrue();
        assertThat(stage.getTitle()).contains("(read-only)");
        assertAllTextFromBundles(robot.lookup("#mainWindow").queryParent(), "banner of a newer format");
        assertEveryInputDisabled(robot);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void reviewShowsTheFindingsAsSavedOrReEvaluatedWithTheDifferencesMarked(FxRobot robot) throws Exception {
        startApp(dir.resolve("recovery"), Duration.seconds(30), true, robot);
        // A file saved by the app (so it has a lastEvaluation), then one saved finding swapped for another.
        Planner planner = Planner.forLocale(java.util.Locale.ENGLISH);
        Path file = dir.resolve("saved.eacplan.json");
        Assessment a = new AssessmentReader().load(SCENARIO).assessment();
        new AssessmentStore(planner).saveAs(null, a, file, UiTestSupport.TODAY);
        ObjectNode tree = (ObjectNode) AssessmentJson.mapper().readTree(file.toFile());
        ArrayNode saved = (ArrayNode) tree.path("lastEvaluation").path("findings");
        String gone = saved.get(0).path("ruleId").asText();
        saved.remove(0);
        saved.addObject().put("ruleId", "EXCHANGE-EOL").put("severity", "BLOCKER");
        Files.write(file, AssessmentJson.mapper().writeValueAsBytes(tree));

        robot.interact(() -> main.viewModel().openForReview(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reviewDifferences").queryAs(Label.class).getText())
                .contains("1 new", "1 no longer found");
        // Re-evaluated (the default): the finding missing from the file is marked new.
        assertThat(robot.lookup("#panel-" + gone).queryAs(Label.class).getText()).contains("New since the file was saved");

        assertAllTextFromBundles(robot.lookup("#mainWindow").queryParent(), "review, re-evaluated");

        click(robot, "#findingsAsSaved");
        Label stale = robot.lookup("#saved-EXCHANGE-EOL").queryAs(Label.class);
        assertThat(stale.getText()).contains("No longer found when re-evaluated");
        assertAllTextFromBundles(robot.lookup("#mainWindow").queryParent(), "review, as saved");
        assertThat(robot.lookup("#saved-" + gone).tryQuery()).isEmpty();

        click(robot, "#findingsReEvaluated");
        assertThat(robot.lookup("#panel-" + gone).tryQuery()).isPresent();
    }

    @Test
    void openedFilesAreListedOnTheStartPageWithClientDateAndBlockers(FxRobot robot) throws Exception {
        startApp(dir.resolve("recovery"), Duration.seconds(30), true, robot);
        Path file = dir.resolve("acme.eacplan.json");
        Assessment a = new AssessmentReader().load(SCENARIO).assessment();
        new AssessmentStore(Planner.forLocale(java.util.Locale.ENGLISH)).saveAs(null, a, file, UiTestSupport.TODAY);

        robot.interact(() -> main.viewModel().open(file));
        robot.interact(() -> main.viewModel().showStartPage());
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<org.eacplanner.storage.FileSummary> recent = robot.lookup("#recentFiles").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recent.getItems().size() == 1);
        var item = recent.getItems().get(0);
        assertThat(item.client()).isEqualTo(a.client().name());
        assertThat(item.blockers()).isPositive();
        String shown = robot.lookup("#recentFiles .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getAccessibleText()).filter(t -> t != null)
                .findFirst().orElse("");
        assertThat(shown).contains(a.title(), a.client().name(), item.blockers() + " open blocker", file.toString());
        assertAllTextFromBundles(robot.lookup("#mainWindow").queryParent(), "start page with recent files");

        // Enter on the list opens the file again.
        click(robot, "#recentFiles");
        robot.interact(() -> recent.getSelectionModel().select(0));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.viewModel().fileProperty().get().path()).isEqualTo(file);
    }

    @Test
    void theComparisonWindowListsWhatDiffers(FxRobot robot) throws Exception {
        startApp(dir.resolve("recovery"), Duration.seconds(30), true, robot);
        Planner planner = Planner.forLocale(java.util.Locale.ENGLISH);
        Assessment before = new AssessmentReader().load(SCENARIO).assessment();
        Assessment after = new AssessmentReader().load(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"))
                .assessment();
        var c = new Comparer(planner).compare("old.eacplan.json", before, "new.eacplan.json", after, UiTestSupport.TODAY);
        robot.interact(() -> main.showComparison(c));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(c.findings().added()).as("the two scenarios differ in findings").isNotEmpty();
        assertThat(c.inventory()).as("and in answers").isNotEmpty();
        assertThat(robot.lookup("#compareFindingCounts").queryAs(Label.class).getText())
                .contains(c.findings().added().size() + " added");
        for (var f : c.findings().added()) {
            assertThat(robot.lookup("#finding-added-" + f.ruleId()).queryAs(Label.class).getText()).contains(f.ruleId());
        }
        for (var ch : c.inventory()) {
            assertThat(robot.lookup(n -> ("inventory-" + ch.path()).equals(n.getId())).tryQuery()).isPresent();
        }
        assertAllTextFromBundles(robot.lookup("#compareFindingCounts").query().getScene().getRoot(), "comparison window");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** no text under {@code root} that is not from a bundle (see NoHardCodedTextViewTest). */
    private static void assertAllTextFromBundles(Parent root, String where) throws IOException {
        BundleTextScan scan = BundleTextScan.english();
        scan.scan(root, where);
        assertThat(scan.offenders()).as("texts not from a bundle").isEmpty();
    }

    /** Every input of every step but Export (its options are not part of the assessment) is disabled. */
    private void assertEveryInputDisabled(FxRobot robot) {
        for (Step step : Step.values()) {
            if (step == Step.EXPORT) {
                continue;
            }
            robot.interact(() -> main.viewModel().workspace().wizard().jumpTo(step));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> inputs = new ArrayList<>();
            collectInputs(robot.lookup("#stepContent").queryAs(Parent.class), inputs);
            if (step.takesAnswers() || step == Step.CHECKLIST) {
                assertThat(inputs).as(step + " has inputs").isNotEmpty();
            }
            assertThat(inputs).as(step + ": enabled inputs").allSatisfy(n -> assertThat(n.isDisabled())
                    .as(n.getId() + " " + n.getClass().getSimpleName()).isTrue());
        }
    }

    private static void collectInputs(Parent parent, List<Node> into) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains(FindingsStepView.VIEW_CONTROL) || n instanceof Hyperlink) {
                continue;
            }
            if (n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof CheckBox
                    || n instanceof ButtonBase || n instanceof javafx.scene.control.TableView
                    || n instanceof javafx.scene.control.Spinner) {
                into.add(n);
            }
            if (n instanceof Parent p && !(n instanceof ComboBoxBase) && !(n instanceof TextInputControl)) {
                collectInputs(p, into);
            }
        }
    }

    private static List<Path> recoveryFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".recovery.json")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
