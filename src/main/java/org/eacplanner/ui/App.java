package org.eacplanner.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.eacplanner.ui.common.AppIcons;
import org.eacplanner.ui.common.PopupStyle;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.shell.MainWindowView;
import org.eacplanner.ui.startup.AfterFirstFrame;
import org.eacplanner.ui.startup.FontWarmUp;
import org.eacplanner.ui.startup.Prelaunch;
import org.eacplanner.ui.startup.StartupProbe;

/** The desktop app: builds the composition root and shows the main window. */
public final class App extends Application {

    private AppContext context;

    public static void launchApp(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        UiSettings settings = Prelaunch.take();   // after this, no other thread parses CSS
        FontWarmUp.start();
        StartupProbe.mark("prepared");
        Locale.setDefault(Locale.Category.FORMAT, settings.language());
        context = new AppContext(settings, settings.language());
        context.setLinkOpener(url -> getHostServices().showDocument(url));
        context.setFileOpener(path -> getHostServices().showDocument(path.toUri().toString()));
        MainWindowView main = show(context, stage);
        StartupProbe.mark("shown");
        StartupProbe.reportFirstFrame();
        // Opened from a file manager: the assessment file is the only argument.
        getParameters().getRaw().stream().findFirst().map(Path::of)
                .ifPresent(file -> main.viewModel().open(file));
        AfterFirstFrame.run(context::preload);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    /** Puts the main window on {@code stage}; shared by the app and the UI tests. */
    public static MainWindowView show(AppContext context, Stage stage) {
        // The theme first: the first control made loads JavaFX's own Modena stylesheet unless one is set, only for
        // it to be replaced a moment later.
        context.themeManager().applyUserAgentStylesheet();
        MainWindowView main = context.createMainWindow();
        StartupProbe.mark("built");
        Scene scene = new Scene(main.root());
        context.themeManager().install(scene);
        PopupStyle.install();
        StartupProbe.mark("styled");
        boolean wasShowing = stage.isShowing();
        stage.setScene(scene);
        main.setOnLanguageChange(locale -> switchLanguage(context, stage, main, locale));
        stage.titleProperty().bind(main.titleProperty());
        AppIcons.setAfterFirstFrame(stage);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        if (!wasShowing) {
            context.windowStateStore().restore(stage);
        }
        stage.setOnHidden(e -> {
            context.windowStateStore().save(stage);
            main.dispose();
        });
        stage.setOnCloseRequest(e -> {
            if (main.viewModel().modifiedProperty().get()) {
                e.consume();
                main.afterUnsavedChanges(stage::hide);
            }
        });
        FontWarmUp.awaitDone();   // the FX thread measures its first text in show(): not while the warm-up does
        stage.show();
        return main;
    }

    /** Rebuilds the window in {@code locale}, carrying the assessment being edited over, so nothing is lost. */
    private static void switchLanguage(AppContext context, Stage stage, MainWindowView old, Locale locale) {
        context.settings().setLanguage(locale);
        Locale.setDefault(Locale.Category.FORMAT, locale);
        old.dispose();
        MainWindowView main = show(context.inLanguage(locale), stage);
        main.viewModel().carryOver(old.viewModel());
    }
}
