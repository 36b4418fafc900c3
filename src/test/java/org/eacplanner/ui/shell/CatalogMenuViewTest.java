package org.eacplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.answer;
import static org.eacplanner.ui.UiTestSupport.click;
import static org.eacplanner.ui.UiTestSupport.panelFindings;
import static org.eacplanner.ui.UiTestSupport.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.Finding;
import org.eacplanner.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Catalog menu: the status bar names the catalog; a loaded one re-words the plan; a refused one changes nothing. */
@ExtendWith(ApplicationExtension.class)
class CatalogMenuViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    private static CatalogChoice choice(FxRobot robot) {
        return (CatalogChoice) robot.lookup("#mainWindow").query().getProperties().get(CatalogChoice.class);
    }

    private Path catalog(String name, String version, String title) throws Exception {
        ObjectNode root;
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        root.put("version", version);
        for (JsonNode r : root.get("rules")) {
            if (r.get("id").asText().equals("LS-RETIREMENT")) {
                ((ObjectNode) r.at("/texts/en")).put("title", title);
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, JSON.writeValueAsBytes(root));
        return file;
    }

    private static String retirementTitle(FxRobot robot) {
        return panelFindings(robot).stream().filter(f -> f.ruleId().equals("LS-RETIREMENT")).map(Finding::title)
                .findFirst().orElseThrow();
    }

    @Test
    void aLoadedCatalogIsNamedInTheStatusBarAndWordsThePlanUntilTheShippedOneIsBack(FxRobot robot) throws Exception {
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · shipped");
        click(robot, "#newAssessment");
        robot.clickOn("3. Lightning Sync");
        answer(robot, "lightningSync-inUse", true);
        assertThat(retirementTitle(robot)).isEqualTo("Lightning Sync retires in April 2027");

        Path newer = catalog("newer.json", "2026.12.1", "Re-issued: Lightning Sync ends in {when}");
        robot.interact(() -> choice(robot).load(newer));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12.1 · reviewed 2026-12-03 · loaded from file");
        assertThat(retirementTitle(robot)).isEqualTo("Re-issued: Lightning Sync ends in April 2027");

        Path older = catalog("older.json", "2026.09", "Old");
        robot.interact(() -> choice(robot).load(older));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea problems = robot.lookup("#catalogProblems").queryAs(TextArea.class);
        assertThat(problems.getText()).contains("$.version", "older than the shipped catalog 2026.12");
        robot.interact(() -> problems.getScene().getWindow().hide());
        assertThat(text(robot, "#catalogStatus")).endsWith("loaded from file");
        assertThat(retirementTitle(robot)).startsWith("Re-issued");

        robot.interact(() -> choice(robot).useShipped());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#catalogStatus")).isEqualTo("Catalog 2026.12 · reviewed 2026-12-03 · shipped");
        assertThat(retirementTitle(robot)).isEqualTo("Lightning Sync retires in April 2027");
    }
}
