package org.eacplanner.ui;

import java.util.Locale;
import org.eacplanner.common.Messages;
import org.eacplanner.ui.common.ThemeManager;
import org.eacplanner.ui.common.UiSettings;
import org.eacplanner.ui.common.WindowStateStore;
import org.eacplanner.ui.shell.MainWindowView;
import org.eacplanner.ui.shell.MainWindowViewModel;
import org.eacplanner.ui.wizard.WizardViewModel;

/**
 * The composition root: creates every service once and hands it to the views by constructor.
 * No view creates its own dependencies, and nothing here is a static singleton, so tests can
 * build a context with their own settings.
 */
public final class AppContext {

    private final Messages messages;
    private final UiSettings settings;
    private final ThemeManager themeManager;
    private final WindowStateStore windowStateStore;

    public AppContext(UiSettings settings, Locale locale) {
        this.settings = settings;
        this.messages = Messages.ui(locale);
        this.themeManager = new ThemeManager(settings);
        this.windowStateStore = new WindowStateStore(settings);
    }

    public Messages messages() {
        return messages;
    }

    public UiSettings settings() {
        return settings;
    }

    public ThemeManager themeManager() {
        return themeManager;
    }

    public WindowStateStore windowStateStore() {
        return windowStateStore;
    }

    public MainWindowView createMainWindow() {
        MainWindowViewModel vm = new MainWindowViewModel(new WizardViewModel());
        return new MainWindowView(vm, messages, themeManager);
    }
}
