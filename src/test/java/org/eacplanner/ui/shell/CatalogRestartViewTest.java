package org.eacplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eacplanner.rules.Catalog;
import org.eacplanner.storage.CatalogStore;
import org.eacplanner.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A loaded catalog across restarts: a re-issue stays in use after a restart; a copy of the shipped catalog is used
 * until the next start, which gives way to the shipped one, says so once and deletes the stored copy.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogRestartViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Path catalog(String name, String version) throws Exception {
        ObjectNode root;
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        root.put("version", version);
        Path file = dir.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(root));
        return file;
    }

    private void startApp(FxRobot robot, Path settings) {
        robot.interact(() -> UiTestSupport.startWithCatalogs(stage, getClass().getSimpleName(), settings));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static CatalogChoice choice(FxRobot robot) {
        return (CatalogChoice) robot.lookup("#mainWindow").query().getProperties().get(CatalogChoice.class);
    }

    private static long dialogs(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().lookup("#catalogRefusedDialog") != null).count();
    }

    @Test
    void aReissueStaysAfterARestartAndACopyOfTheShippedOneGivesWayOnce(FxRobot robot) throws Exception {
        Path settings = dir.resolve("settings");
        startApp(robot, settings);
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · shipped");

        Path reissue = catalog("reissue.json", "2026.12.1");
        robot.interact(() -> choice(robot).load(reissue));
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12.1 · reviewed 2026-12-03 · loaded from file");
        assertThat(settings.resolve(CatalogStore.FILE)).exists();

        startApp(robot, settings); // a restart: the same settings folder, a new window
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12.1 · reviewed 2026-12-03 · loaded from file");
        assertThat(dialogs(robot)).isZero();

        Path same = catalog("same.json", "2026.12");
        robot.interact(() -> choice(robot).load(same));
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · loaded from file");

        startApp(robot, settings);
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · shipped");
        assertThat(dialogs(robot)).isOne();
        TextArea why = robot.lookup("#catalogProblems").queryAs(TextArea.class);
        assertThat(why.getText()).contains("not older than the stored catalog 2026.12");
        assertThat(settings.resolve(CatalogStore.FILE)).doesNotExist();
        robot.interact(() -> why.getScene().getWindow().hide());

        startApp(robot, settings); // said once: the next start is quiet
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · shipped");
        assertThat(dialogs(robot)).isZero();
    }
}
