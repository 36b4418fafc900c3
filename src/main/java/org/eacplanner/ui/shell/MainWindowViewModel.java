package org.eacplanner.ui.shell;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.eacplanner.model.Assessment;
import org.eacplanner.ui.wizard.Workspace;

/**
 * What the main window shows (start page or wizard) and the actions of its menus. The workspace (catalog,
 * evaluation) is created on first use, so the start page appears without loading the rule catalog.
 */
public final class MainWindowViewModel {

    public enum Screen { START, WIZARD }

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.START);
    private final Supplier<Workspace> workspaceFactory;
    private Workspace workspace;

    public MainWindowViewModel(Supplier<Workspace> workspaceFactory) {
        this.workspaceFactory = workspaceFactory;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The workspace, created on first use. */
    public Workspace workspace() {
        if (workspace == null) {
            workspace = workspaceFactory.get();
        }
        return workspace;
    }

    /** Starts a new, empty assessment at the first step. */
    public void newAssessment() {
        workspace().newAssessment();
        screen.set(Screen.WIZARD);
    }

    /** Opens {@code a} (an example or a file) at the first step. */
    public void open(Assessment a) {
        workspace().open(a);
        screen.set(Screen.WIZARD);
    }

    /** The assessment being edited, or null when the wizard was never opened. */
    public Assessment currentAssessment() {
        return workspace == null ? null : workspace.document().assessment();
    }

    public void showStartPage() {
        screen.set(Screen.START);
    }
}
