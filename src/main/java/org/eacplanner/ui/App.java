package org.eacplanner.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.shell.MainWindowView;

/** The desktop app: builds the composition root and shows the main window. */
public final class App extends Application {

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = new AppContext(UiSettings.forUser(), Locale.getDefault());
        context.setLinkOpener(url -> getHostServices().showDocument(url));
        show(context, stage);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Puts the main window on {@code stage}; shared by the app and the UI tests. */
    public static MainWindowView show(AppContext context, Stage stage) {
        MainWindowView main = context.createMainWindow();
        Scene scene = new Scene(main.root());
        context.themeManager().install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(main.titleProperty());
        stage.getIcons().setAll(Icons.appIcons());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        context.windowStateStore().restore(stage);
        stage.setOnHidden(e -> context.windowStateStore().save(stage));
        stage.show();
        return main;
    }
}
