package org.eacplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eacplanner.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A menu of the menu bar opens without the theme's drop shadow (which a desktop without a compositor paints white). */
@ExtendWith(ApplicationExtension.class)
class PopupStyleViewTest {

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
    }

    @Test
    void aMenuBarMenuHasThePopupSheetAndNoShadow(FxRobot robot) {
        robot.clickOn("File");
        WaitForAsyncUtils.waitForFxEvents();
        List<ContextMenu> menus = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).toList();
        assertThat(menus).isNotEmpty();
        for (ContextMenu m : menus) {
            assertThat(m.getScene().getStylesheets()).anyMatch(s -> s.endsWith("/css/popups.css"));
            Node menu = m.getScene().getRoot().lookup(".context-menu");
            assertThat(menu).isNotNull();
            assertThat(menu.getEffect()).as("no drop shadow").isNull();
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }
}
