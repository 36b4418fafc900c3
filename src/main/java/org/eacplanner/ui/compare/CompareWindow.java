package org.eacplanner.ui.compare;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.eacplanner.common.Messages;
import org.eacplanner.compare.Comparison;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.common.AppIcons;
import org.eacplanner.ui.common.ThemeManager;

/** A window of its own for a comparison, so it can sit beside the assessment; Esc closes it. */
public final class CompareWindow {

    private CompareWindow() {
    }

    public static Stage show(Window owner, ThemeManager themes, Messages messages, CatalogTexts words, Comparison c) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("compare.title", messages.get("app.title")));
        Scene scene = new Scene(new ComparisonView(c, messages, words).root(), 760, 620);
        themes.install(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.getIcons().setAll(AppIcons.load());
        stage.show();
        return stage;
    }
}
