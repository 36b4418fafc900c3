package org.eacplanner.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Drop-downs that show their values by name (from a bundle), in the list and on the button alike. */
public final class Combos {

    private Combos() {
    }

    /** Shows every item of {@code box}, null included, as {@code name} words it. */
    public static <T> void showBy(ComboBox<T> box, Function<T, String> name) {
        StringConverter<T> names = new StringConverter<>() {
            @Override
            public String toString(T o) {
                return name.apply(o);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(names);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : names.toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
    }
}
