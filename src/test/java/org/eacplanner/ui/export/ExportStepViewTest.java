package org.eacplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eacplanner.export.Exporter;
import org.eacplanner.task.ExecutorTaskRunner;
import org.eacplanner.ui.App;
import org.eacplanner.ui.AppContext;
import org.eacplanner.ui.UiTestSupport;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.shell.MainWindowView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * exporting from the Export step runs on a real background thread, so the window answers
 * clicks and typing while the export is held; then the PDF (read back with PDFBox) and the HTML (jsoup) are
 * there, with "Open file" and "Open folder". The export is held by a gate the test opens, not by PDF speed.
 */
@ExtendWith(ApplicationExtension.class)
class ExportStepViewTest {

    private static final long TIMEOUT_S = 120;

    @TempDir
    Path dir;

    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(Platform::runLater);
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile Exporter exporter;

    @Start
    void start(Stage stage) throws Exception {
        Preferences node = Preferences.userRoot().node("org/eacplanner/test/" + getClass().getSimpleName());
        node.clear();
        Clock clock = Clock.fixed(UiTestSupport.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AppContext context = new AppContext(new UiSettings(node), Locale.ENGLISH, clock, tasks);
        context.setFileOpener(opened::add);
        context.setExportAction((a, asOf, format, options, target) -> {
            started.countDown();
            if (!gate.await(TIMEOUT_S, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            if (exporter == null) {
                exporter = new Exporter();
            }
            exporter.exportTo(a, asOf, format, options, target);
        });
        stage.setWidth(1024);
        stage.setHeight(700);
        App.show(context, stage);
    }

    @AfterEach
    void stop() {
        gate.countDown();
        tasks.close();
    }

    @Test
    void thePdfExportRunsInTheBackgroundWhileTheWindowAnswersThenOffersItsFolder(FxRobot robot) throws Exception {
        openExampleAtTheExportStep(robot);
        click(robot, "#export-format-PDF");
        Path target = dir.resolve("acme.plan.pdf");
        type(robot, "exportTarget", target.toString());
        gate = new CountDownLatch(1);

        click(robot, "#exportButton");
        assertThat(started.await(TIMEOUT_S, TimeUnit.SECONDS)).as("the export started").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportBusy").query().isVisible()).as("progress shown while exporting").isTrue();
        assertThat(robot.lookup("#exportButton").query().isDisabled()).as("one export at a time").isTrue();

        // The export is still held on its worker thread: the window must answer the keyboard and the mouse.
        CheckBox sources = robot.lookup("#export-section-SOURCES").queryAs(CheckBox.class);
        assertThat(sources.isSelected()).isTrue();
        click(robot, "#export-section-SOURCES");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> !sources.isSelected());
        type(robot, "exportConsultant", "Dana Consultant");
        assertThat(robot.lookup("#exportConsultant").queryAs(TextField.class).getText()).isEqualTo("Dana Consultant");
        assertThat(gate.getCount()).as("the UI answered before the export finished").isEqualTo(1);
        assertThat(target).doesNotExist();

        gate.countDown();
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#exportResult").query().isVisible());
        assertThat(robot.lookup("#exportBusy").query().isVisible()).isFalse();
        assertThat(robot.lookup("#exportResultText").queryAs(Label.class).getText()).contains(target.toString());
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Acme Robotics");
        }

        click(robot, "#exportOpenFolder");
        click(robot, "#exportOpenFile");
        assertThat(opened).containsExactly(dir, target);
    }

    @Test
    void theHtmlExportCarriesTheCoverDetailsAndNoScript(FxRobot robot) throws Exception {
        openExampleAtTheExportStep(robot);
        click(robot, "#export-format-HTML");
        type(robot, "exportConsultant", "Dana Consultant");
        type(robot, "exportCompany", "Northwind Advisory");
        type(robot, "exportClient", "Acme Robotics Europe");
        Path target = dir.resolve("acme.plan.html");
        type(robot, "exportTarget", target.toString());
        click(robot, "#exportButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#exportResult").query().isVisible());

        Document html = Jsoup.parse(target.toFile());
        assertThat(html.select("script")).isEmpty();
        assertThat(html.text()).contains("Acme Robotics Europe", "Dana Consultant", "Northwind Advisory");
    }

    @Test
    void exportingOverAnExistingFileAsksFirstAndCancelKeepsIt(FxRobot robot) throws Exception {
        openExampleAtTheExportStep(robot);
        click(robot, "#export-format-HTML");
        Path target = dir.resolve("acme.plan.html");
        Files.writeString(target, "the client's copy");
        type(robot, "exportTarget", target.toString());

        click(robot, "#exportButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> robot.lookup("#exportReplace").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("acme.plan.html already exists");
        robot.type(KeyCode.ENTER); // Cancel is the default button
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(target)).isEqualTo("the client's copy");
        assertThat(robot.lookup("#exportButton").query().isDisabled()).isFalse();

        click(robot, "#exportButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> robot.lookup("#exportReplace").tryQuery().isPresent());
        click(robot, "#exportReplace");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#exportResult").query().isVisible());
        assertThat(Files.readString(target)).contains("<html").doesNotContain("the client's copy");
    }

    @Test
    void aTargetThatCannotBeWrittenIsReportedAtTheStepWithItsPath(FxRobot robot) throws Exception {
        openExampleAtTheExportStep(robot);
        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = aFile.resolve("plan.csv");
        click(robot, "#export-format-CSV");
        type(robot, "exportTarget", target.toString());
        click(robot, "#exportButton");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#exportFailure").query().isVisible());
        assertThat(robot.lookup("#exportFailure").queryAs(Label.class).getText())
                .isEqualTo("Could not write " + target + ": part of the path is a file, not a folder.");
        assertThat(robot.lookup("#exportResult").query().isVisible()).isFalse();
    }

    @Test
    void theStepIsKeyboardOnlyCtrlETabAndAltX(FxRobot robot) throws Exception {
        openExampleAtTheExportStep(robot);
        click(robot, "#export-format-CSV");
        Path target = dir.resolve("checklist.csv");
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 40 && !"exportButton".equals(visited.isEmpty() ? null : visited.get(visited.size() - 1)); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = robot.lookup("#exportStep").query().getScene().getFocusOwner();
            visited.add(focused == null ? null : focused.getId());
            if ("exportTarget".equals(visited.get(visited.size() - 1))) {
                robot.interact(() -> ((TextField) focused).setText(target.toString()));
            }
        }
        assertThat(visited).as("Tab reaches every input of the step, in order").containsSubsequence(
                "exportLanguage", "exportRedact", "exportTarget", "exportChooseTarget", "exportButton");
        assertThat(visited).as("disabled for CSV: paper, cover, sections").doesNotContain("exportPaper",
                "exportConsultant", "export-section-SUMMARY");

        robot.press(KeyCode.ALT).press(KeyCode.X).release(KeyCode.X).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS,
                () -> robot.lookup("#exportResult").query().isVisible());
        assertThat(Files.readString(target)).startsWith("phase,order,side,suggestedBy,id,title,status,owner,due,notes");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> "exportOpenFile".equals(
                robot.lookup("#exportStep").query().getScene().getFocusOwner().getId()));
    }

    private static void openExampleAtTheExportStep(FxRobot robot) throws Exception {
        click(robot, "#openExample");
        robot.clickOn("Exchange Online with a service account (EWS)");
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> robot.lookup("#wizard").tryQuery().isPresent());
        MainWindowView main = (MainWindowView) robot.lookup("#mainWindow").query().getProperties()
                .get(MainWindowView.class);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> "Acme Robotics".equals(
                main.viewModel().workspace().document().assessment().client().name()));
        org.eacplanner.ui.UiTestSupport.awaitMenus(robot);
        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> robot.lookup("#exportStep").tryQuery()
                .map(Node::isVisible).orElse(false));
    }
}
