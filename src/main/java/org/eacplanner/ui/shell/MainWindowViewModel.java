package org.eacplanner.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.SemanticDrafts;
import org.eacplanner.ui.common.TaskRunner;
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
    private final ObjectProperty<AssessmentFile> file = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty modified = new javafx.beans.property.SimpleBooleanProperty();
    private final Supplier<Workspace> workspaceFactory;
    private final Supplier<AssessmentStore> store;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private Workspace workspace;

    public MainWindowViewModel(Supplier<Workspace> workspaceFactory, Supplier<AssessmentStore> store, TaskRunner tasks,
            Consumer<Throwable> onError) {
        this.workspaceFactory = workspaceFactory;
        this.store = store;
        this.tasks = tasks;
        this.onError = onError;
    }

    /** The file the assessment came from or was last saved to; null for a new, unsaved assessment. */
    public ObjectProperty<AssessmentFile> fileProperty() {
        return file;
    }

    /** Whether there are edits since the assessment was opened, created or saved. */
    public javafx.beans.property.ReadOnlyBooleanProperty modifiedProperty() {
        return modified;
    }

    /** Opens {@code path} off the FX thread; a refused file is reported and left untouched. */
    public void open(Path path) {
        tasks.run(() -> store.get().open(path), f -> {
            open(SemanticDrafts.apply(f.saved()));
            file.set(f);
            modified.set(false);
        }, onError);
    }

    /** Saves to the current file, or to {@code target} (Save As); {@code then} runs after a successful save. */
    public void save(Path target, Runnable then) {
        Workspace w = workspace();
        Assessment edited = w.document().assessment();
        java.time.LocalDate asOf = w.evaluation().asOfProperty().get();
        AssessmentFile current = file.get();
        tasks.run(() -> target == null ? store.get().save(current, edited, asOf)
                : store.get().saveAs(current, edited, target, asOf), saved -> {
                    file.set(saved);
                    if (w.document().assessment() == edited) {
                        w.document().markSaved();
                    }
                    then.run();
                }, onError);
    }

    /** Whether Save can write to the current file (else the user is asked for a name). */
    public boolean canSaveInPlace() {
        return file.get() != null && !file.get().readOnly();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The workspace, created on first use. */
    public Workspace workspace() {
        if (workspace == null) {
            workspace = workspaceFactory.get();
            workspace.document().modifiedProperty().addListener((o, was, is) -> modified.set(is));
        }
        return workspace;
    }

    /** Starts a new, empty assessment at the first step. */
    public void newAssessment() {
        workspace().newAssessment();
        file.set(null);
        modified.set(false);
        screen.set(Screen.WIZARD);
    }

    /** Opens {@code a} (an example or a file) at the first step. */
    public void open(Assessment a) {
        workspace().open(a);
        file.set(null);
        modified.set(false);
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
