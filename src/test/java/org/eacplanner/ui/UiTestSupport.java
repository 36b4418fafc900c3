package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eacplanner.rules.Finding;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.shell.MainWindowView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the real main window for UI tests, and the few robot moves every wizard test needs. */
public final class UiTestSupport {

    /** The tests' today: the scenarios' evaluation date. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private UiTestSupport() {
    }

    /**
     * Starts the app with a loaded catalog kept in {@code catalogFolder}, and checks the stored one as the app does
     * after its first frame.
     */
    public static MainWindowView startWithCatalogs(Stage stage, String prefsName, java.nio.file.Path catalogFolder) {
        Preferences node = Preferences.userRoot().node("org/eacplanner/test/" + prefsName);
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AppContext context = new AppContext(new UiSettings(node), Locale.ENGLISH, clock, TaskRunner.sameThread());
        context.useCatalogStore(new org.eacplanner.storage.CatalogStore(catalogFolder));
        MainWindowView main = App.show(context, stage);
        context.catalogChoice().start();
        return main;
    }

    public static MainWindowView start(Stage stage, String prefsName) throws Exception {
        return start(stage, prefsName, java.nio.file.Files.createTempDirectory("eac-recovery"),
                org.eacplanner.ui.shell.Autosave.INTERVAL, true);
    }

    /**
     * Starts the app with its own settings node ({@code fresh}: emptied first), autosaving to {@code recovery}
     * every {@code autosave}.
     */
    public static MainWindowView start(Stage stage, String prefsName, java.nio.file.Path recovery,
            javafx.util.Duration autosave, boolean fresh) throws Exception {
        Preferences node = Preferences.userRoot().node("org/eacplanner/test/" + prefsName);
        if (fresh) {
            node.clear();
        }
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AppContext context = new AppContext(new UiSettings(node), Locale.ENGLISH, clock, TaskRunner.sameThread());
        context.setAutosave(new org.eacplanner.storage.RecoveryStore(recovery), autosave);
        MainWindowView main = App.show(context, stage);
        context.catalogChoice().start(); // as the app does after its first frame
        return main;
    }

    /**
     * Waits until the main window's menus are complete: the menu bar gets its items and JavaFX's own skin a frame
     * after the window is shown (MainWindowView.menuBar); tests that use menus or shortcuts call this first.
     */
    public static void awaitMenus(FxRobot robot) throws Exception {
        MainWindowView main = (MainWindowView) robot.lookup("#mainWindow").query().getProperties()
                .get(MainWindowView.class);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            boolean[] ready = {false};
            WaitForAsyncUtils.asyncFx(() -> ready[0] = main.menusReady()).get();
            return ready[0];
        });
    }

    /** Focuses the node (which scrolls it into view) and clicks it. */
    public static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Replaces a text field's content by typing. */
    public static void type(FxRobot robot, String id, String text) {
        click(robot, "#" + id);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses a value in a combo box by opening it and moving to the entry with the keyboard. */
    public static void choose(FxRobot robot, String id, Enum<?> value) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = robot.lookup("#" + id).queryAs(ComboBox.class);
        click(robot, "#" + id);
        int target = box.getItems().indexOf(value);
        robot.type(KeyCode.HOME); // the open list starts at its first entry, whatever was shown before
        for (int i = 0; i < target; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).as(id).isEqualTo(value);
    }

    /** Answers a yes/no question: true, false, or null for "I don't know". */
    public static void answer(FxRobot robot, String id, Boolean value) {
        click(robot, "#" + id + (value == null ? "-unknown" : value ? "-yes" : "-no"));
    }

    /** Ticks one of several choices. */
    public static void tick(FxRobot robot, String id, Enum<?> value) {
        click(robot, "#" + id + "-" + value.name());
    }

    /** Sets a date picker by typing the date in the picker's own format. */
    public static void date(FxRobot robot, String id, LocalDate date) {
        DatePicker picker = robot.lookup("#" + id).queryAs(DatePicker.class);
        click(robot, "#" + id);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(picker.getConverter().toString(date));
        robot.type(KeyCode.TAB); // leaving the field commits the typed date (Enter would also press a dialog's default button)
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue()).isEqualTo(date);
    }

    /** A new assessment for Exchange on premises with port 443 closed (a blocker), left on the Findings step. */
    public static void newOnPremisesWithPort443Closed(FxRobot robot) {
        click(robot, "#newAssessment");
        robot.clickOn("2. Microsoft environment");
        choose(robot, "exchange-deployment", org.eacplanner.model.Deployment.ON_PREMISES);
        answer(robot, "exchange-inbound443Open", false);
        robot.clickOn("6. Findings");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The findings the live panel shows. */
    public static java.util.List<Finding> panelFindings(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#panelFindings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n.getUserData() instanceof Finding).map(n -> (Finding) n.getUserData()).toList();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
