package org.eacplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.ui.UiTestSupport.click;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.shell.MainWindowView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The configurations editor with the keyboard only: Alt+A adds one with the cursor in its name, Tab walks the
 * settings in order, arrows choose in yes/no and drop-downs. The typed configurations are the scenario's, to the field.
 */
@ExtendWith(ApplicationExtension.class)
class ConfigurationsKeyboardViewTest {

    private MainWindowView main;

    @Start
    void start(Stage stage) throws Exception {
        main = UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void threeConfigurationsTypedWithTheKeyboardAreSavedToTheField(FxRobot robot) throws Exception {
        click(robot, "#newAssessment");
        robot.clickOn("3. Lightning Sync");
        WaitForAsyncUtils.waitForFxEvents();

        Path scenario = Scenarios.folder().resolve("exo-service-account.eacplan.json");
        ArrayNode expected = (ArrayNode) new ObjectMapper().readTree(scenario.toFile())
                .path("lightningSync").path("configurations").deepCopy();
        // A third, which syncs events the users select and no contacts: what does not apply is disabled and stays
        // unanswered (the format writes null for it).
        expected.add(new ObjectMapper().readTree("""
                {"name": "Service Managers", "assignedProfiles": ["Service Manager", "Support Lead"],
                 "assignedUsers": 12, "syncContacts": false, "contactsDirection": null, "syncEvents": true, "eventsDirection": "EXCHANGE_TO_SALESFORCE",
                 "syncDeletedEvents": false, "syncPrivateEvents": false, "eventsScope": "USERS_SELECT",
                 "contactFilter": null}"""));
        assertThat(expected).hasSize(3);

        for (JsonNode c : expected) {
            robot.press(KeyCode.ALT).press(KeyCode.A).release(KeyCode.A).release(KeyCode.ALT);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(focusedId(robot)).as("Alt+A puts the cursor in the name").isEqualTo("config-name");
            robot.write(c.path("name").asText());
            next(robot);
            robot.write(String.join(", ", texts(c.path("assignedProfiles"))));
            next(robot);
            robot.write(c.path("assignedUsers").asText());
            next(robot);
            yesNo(robot, "config-syncContacts", c.path("syncContacts").asBoolean());
            next(robot);
            if (c.path("syncContacts").asBoolean()) {
                pick(robot, "config-contactsDirection", SyncDirection.valueOf(c.path("contactsDirection").asText()));
                next(robot);
                assertThat(focusedId(robot)).isEqualTo("config-contactFilter");
                robot.write(c.path("contactFilter").asText());
                next(robot);
            } else {
                assertThat(robot.lookup("#config-contactsDirection").queryAs(Control.class).isDisabled())
                        .as("contacts direction does not apply").isTrue();
                assertThat(robot.lookup("#config-contactFilter").queryAs(Control.class).isDisabled()).isTrue();
            }
            yesNo(robot, "config-syncEvents", c.path("syncEvents").asBoolean());
            next(robot);
            pick(robot, "config-eventsDirection", SyncDirection.valueOf(c.path("eventsDirection").asText()));
            next(robot);
            pick(robot, "config-eventsScope", EventsScope.valueOf(c.path("eventsScope").asText()));
            next(robot);
            yesNo(robot, "config-syncDeletedEvents", c.path("syncDeletedEvents").asBoolean());
            next(robot);
            yesNo(robot, "config-syncPrivateEvents", c.path("syncPrivateEvents").asBoolean());
        }

        var typed = main.viewModel().workspace().document().assessment().lightningSync().configurations();
        JsonNode saved = new ObjectMapper().readTree(AssessmentJson.writer().writeValueAsString(
                main.viewModel().workspace().document().assessment())).path("lightningSync").path("configurations");
        assertThat(typed).hasSize(3);
        assertThat(saved).isEqualTo(expected);
    }

    @Test
    void removingAndUndoingShowTheConfigurationThatIsSelectedNow(FxRobot robot) {
        click(robot, "#newAssessment");
        robot.clickOn("3. Lightning Sync");
        WaitForAsyncUtils.waitForFxEvents();
        for (String name : new String[] {"Sales reps", "Managers"}) {
            click(robot, "#addConfiguration");
            WaitForAsyncUtils.waitForFxEvents();
            robot.write(name);
            robot.type(KeyCode.TAB).type(KeyCode.TAB); // past the profiles, to the number of users
            robot.write("12a"); // no number: marked, and unknown
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#config-assignedUsers-error").queryAs(Label.class).getText())
                .isNotEmpty();
        click(robot, "#removeConfiguration");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#config-name").queryAs(TextField.class).getText())
                .isEqualTo("Sales reps");
        assertThat(robot.lookup("#config-assignedUsers").queryAs(TextField.class).getText())
                .as("the removed one's typing is not carried over").isEmpty();
        assertThat(robot.lookup("#config-assignedUsers-error").queryAs(Label.class).getText())
                .isEmpty();
        robot.interact(() -> main.viewModel().workspace().document().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.viewModel().workspace().document().assessment().lightningSync().configurations())
                .extracting(c -> c.name()).containsExactly("Sales reps", "Managers");
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void next(FxRobot robot) {
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String focusedId(FxRobot robot) {
        Node n = robot.targetWindow().getScene().getFocusOwner();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }

    /** Moves a yes/no answer with the left arrow (from "I don't know": once is No, twice Yes). */
    private static void yesNo(FxRobot robot, String id, boolean yes) {
        assertThat(focusedId(robot)).startsWith(id + "-");
        robot.type(KeyCode.LEFT);
        if (yes) {
            robot.type(KeyCode.LEFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot)).isEqualTo(id + (yes ? "-yes" : "-no"));
    }

    /** Moves the focused drop-down down to {@code value} with the arrow key, without opening it. */
    private static void pick(FxRobot robot, String id, Enum<?> value) {
        assertThat(focusedId(robot)).isEqualTo(id);
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = robot.lookup("#" + id).queryAs(ComboBox.class);
        for (int i = 0; i < box.getItems().size() && box.getValue() != value; i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(box.getValue()).as(id).isEqualTo(value);
    }
}
