package org.eacplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.skin.MenuBarSkin;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.eacplanner.ui.UiTestSupport;
import org.eacplanner.ui.startup.MenuTitlesSkin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menu bar shows its menus' titles in the first frame (MenuTitlesSkin) and gets its items, popups and shortcuts
 * with JavaFX's own skin a frame later. The titles must not move when the skins change, and the menus must then work.
 */
@ExtendWith(ApplicationExtension.class)
class MenuBarStartupViewTest {

    private MenuBar bar;
    private boolean titlesSkinFirst;
    private int itemsFirst;
    private final List<Bounds> firstTitles = new ArrayList<>();
    private double firstHeight;

    @Start
    void start(Stage stage) throws Exception {
        UiTestSupport.start(stage, getClass().getSimpleName());
        // Still in the start-up frame: lay the window out as the first frame will show it.
        bar = (MenuBar) stage.getScene().lookup("#menuBar");
        titlesSkinFirst = bar.getSkin() instanceof MenuTitlesSkin;
        itemsFirst = bar.getMenus().stream().mapToInt(m -> m.getItems().size()).sum();
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        firstTitles.addAll(titleBounds(bar));
        firstHeight = bar.getHeight();
    }

    @Test
    void theFirstFrameShowsTheTitlesWhereTheRealMenuBarPutsThem(FxRobot robot) throws Exception {
        assertThat(titlesSkinFirst).as("the first frame uses the titles skin").isTrue();
        assertThat(itemsFirst).as("no items are built for the first frame").isZero();
        assertThat(firstTitles).hasSize(5); // File, Edit, View, Catalog, Help

        UiTestSupport.awaitMenus(robot);
        List<Bounds> real = new ArrayList<>();
        double[] height = new double[1];
        robot.interact(() -> {
            bar.getScene().getRoot().layout();
            real.addAll(titleBounds(bar));
            height[0] = bar.getHeight();
        });
        assertThat(bar.getSkin()).isInstanceOf(MenuBarSkin.class);
        assertThat(height[0]).as("menu bar height").isCloseTo(firstHeight, org.assertj.core.data.Offset.offset(0.5));
        assertThat(real).hasSize(firstTitles.size());
        for (int i = 0; i < real.size(); i++) {
            Bounds a = firstTitles.get(i);
            Bounds b = real.get(i);
            assertThat(new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()})
                    .as("title %d: first frame %s, real skin %s", i, a, b)
                    .containsExactly(new double[] {a.getMinX(), a.getMinY(), a.getWidth(), a.getHeight()},
                            org.assertj.core.data.Offset.offset(1.0));
        }
    }

    @Test
    void afterTheFirstFrameTheMenusOpenAndTheirShortcutsWork(FxRobot robot) throws Exception {
        UiTestSupport.awaitMenus(robot);
        assertThat(bar.getMenus().get(0).getItems()).isNotEmpty();
        // Shortcut+N: a new assessment, from the start page.
        robot.clickOn("#startPage");
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#wizard").tryQuery().isPresent());
        // Alt+F opens the File menu.
        robot.press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> bar.getMenus().get(0).isShowing());
        robot.type(KeyCode.ESCAPE);
    }

    /** Where each menu's title text is, in scene coordinates, whichever skin draws it. */
    private static List<Bounds> titleBounds(MenuBar bar) {
        List<Bounds> bounds = new ArrayList<>();
        for (Node n : bar.lookupAll(".menu-button > .label")) {
            if (n instanceof Label l && l.isVisible()) {
                bounds.add(l.localToScene(l.getLayoutBounds()));
            }
        }
        return bounds;
    }
}
