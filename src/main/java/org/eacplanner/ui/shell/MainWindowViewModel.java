package org.eacplanner.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.eacplanner.ui.wizard.WizardViewModel;

/** What the main window shows (start page or wizard) and the actions of its menus. */
public final class MainWindowViewModel {

    public enum Screen { START, WIZARD }

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.START);
    private final WizardViewModel wizard;

    public MainWindowViewModel(WizardViewModel wizard) {
        this.wizard = wizard;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    /** Starts a new, empty assessment at the first step. */
    public void newAssessment() {
        wizard.reset();
        screen.set(Screen.WIZARD);
    }

    public void showStartPage() {
        screen.set(Screen.START);
    }
}
