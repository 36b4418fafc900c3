package org.eacplanner.ui.form;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.SegmentedButton;
import org.eacplanner.common.Messages;

/**
 * Yes / No / I don't know as one ControlsFX {@link SegmentedButton} bound to a value (true, false, null): one answer
 * is always chosen. It behaves as a radio group does for the keyboard: Tab reaches the chosen button only, and the
 * arrow keys choose the previous or next answer.
 */
public final class YesNoButtons {

    private YesNoButtons() {
    }

    /** The buttons, with ids {@code id-yes}, {@code id-no} and {@code id-unknown}, showing and setting {@code value}. */
    public static SegmentedButton create(String id, String label, Messages messages, ObjectProperty<Object> value) {
        ToggleButton yes = toggle(id + "-yes", messages.get("answer.yes"), Boolean.TRUE);
        ToggleButton no = toggle(id + "-no", messages.get("answer.no"), Boolean.FALSE);
        ToggleButton unknown = toggle(id + "-unknown", messages.get("answer.unknown"), null);
        List<ToggleButton> order = List.of(yes, no, unknown);
        SegmentedButton box = new SegmentedButton(yes, no, unknown);
        ToggleGroup group = box.getToggleGroup();
        order.forEach(b -> b.setToggleGroup(group)); // the skin would join them only when first shown
        Runnable show = () -> {
            Object v = value.get();
            ToggleButton chosen = v == null ? unknown : (Boolean) v ? yes : no;
            group.selectToggle(chosen);
            order.forEach(b -> b.setFocusTraversable(b == chosen));
        };
        show.run();
        value.addListener(o -> show.run());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                show.run();
            } else {
                value.set(now.getUserData());
                show.run();
            }
        });
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int by = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP ? -1
                    : e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN ? 1 : 0;
            if (by == 0) {
                return;
            }
            Toggle current = group.getSelectedToggle();
            int at = Math.max(0, order.indexOf(current));
            ToggleButton next = order.get(Math.floorMod(at + by, order.size()));
            group.selectToggle(next);
            next.requestFocus();
            e.consume();
        });
        box.setId(id);
        box.setAccessibleText(label);
        return box;
    }

    private static ToggleButton toggle(String id, String text, Boolean value) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(value);
        b.setMnemonicParsing(false);
        return b;
    }
}
