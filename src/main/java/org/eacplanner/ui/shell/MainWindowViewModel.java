package org.eacplanner.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.RecoverySnapshot;
import org.eacplanner.storage.SemanticDrafts;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.wizard.Workspace;

/**
 * What the main window shows (start page or wizard) and the actions of its menus. The workspace (catalog,
 * evaluation) is created on first use, so the start page appears without loading the rule catalog.
 */
public final class MainWindowViewModel {

    public enum Screen { START, WIZARD }

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.START);
    private final ObjectProperty<AssessmentFile> file = new SimpleObjectProperty<>();
    private final BooleanProperty modified = new SimpleBooleanProperty();
    private final Supplier<Workspace> workspaceFactory;
    private final Supplier<AssessmentStore> store;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;
    private Workspace workspace;
    /** Counts what the window opened (new, file, example, recovered work), so a late save result can tell. */
    private long opens;
    private Autosave autosave;
    private Consumer<Path> onFileUsed = p -> { };

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
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified;
    }

    /** Opens {@code path} off the FX thread; a refused file is reported and left untouched. */
    public void open(Path path) {
        tasks.run(() -> store.get().open(path), f -> show(f, SemanticDrafts.apply(f.saved())), onError);
    }

    /** Opens {@code path} read-only (review mode), whatever its format and permissions. */
    public void openForReview(Path path) {
        tasks.run(() -> store.get().openForReview(path), f -> show(f, f.saved()), onError);
    }

    /** Shows {@code content} of {@code f} in the wizard, read-only when the file is. */
    private void show(AssessmentFile f, Assessment content) {
        opens++;
        workspace().open(content, f.readOnly() ? new Workspace.Review(f.access(), f.fileSchemaVersion()) : null);
        file.set(f);
        modified.set(false);
        screen.set(Screen.WIZARD);
        onFileUsed.accept(f.path());
    }

    /**
     * Opens work recovered after a crash: {@code original} is the file it belongs to (null when it was never
     * saved, or is gone); the work is not in any file yet, so it shows as modified, and its recovery copy stays
     * until it is saved or discarded.
     */
    public void openRecovered(Assessment recovered, AssessmentFile original, RecoverySnapshot snapshot) {
        opens++;
        workspace().open(recovered);
        file.set(original != null && !original.readOnly() ? original : null);
        workspace.document().markModified();
        if (autosave != null) {
            autosave.adopt(snapshot);
        }
        screen.set(Screen.WIZARD);
    }

    /** The user discarded the unsaved changes (New, Open, Exit): their recovery copy goes too. */
    public void discardUnsaved() {
        if (autosave != null) {
            autosave.discard();
        }
    }

    /** Autosaves this window's work (the app sets it; view-model tests may leave it out). */
    public void setAutosave(Autosave autosave) {
        this.autosave = autosave;
    }

    public Autosave autosave() {
        return autosave;
    }

    /** What the autosave looks at. */
    public Autosave.State autosaveState() {
        if (workspace == null || screen.get() != Screen.WIZARD) {
            return null;
        }
        AssessmentFile f = file.get();
        return new Autosave.State(f == null ? null : f.path(), workspace.document().assessment(),
                workspace.document().modifiedProperty().get(), workspace.document().isReadOnly());
    }

    /** Called with each file opened or saved (the recent-files list). */
    public void setOnFileUsed(Consumer<Path> onFileUsed) {
        this.onFileUsed = onFileUsed;
    }

    /** Saves to the current file, or to {@code target} (Save As); {@code then} runs after a successful save. */
    public void save(Path target, Runnable then) {
        Workspace w = workspace();
        Assessment shown = w.document().assessment();
        // what the user answered, drafts of cross-field answers included; the store moves any that still conflict
        Assessment edited = w.document().withDraftsRestored();
        LocalDate asOf = w.evaluation().asOfProperty().get();
        AssessmentFile current = file.get();
        long opened = opens;
        tasks.run(() -> target == null ? store.get().save(current, edited, asOf)
                : store.get().saveAs(current, edited, target, asOf), saved -> {
                    onFileUsed.accept(saved.path());
                    if (opens != opened) {
                        then.run();
                        return; // another assessment was opened while this one was being saved
                    }
                    file.set(saved);
                    if (w.reviewProperty().get() != null && !saved.readOnly()) {
                        w.makeEditable();
                    }
                    if (w.document().assessment() == shown) {
                        w.document().markSaved();
                        discardUnsaved();
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

    /** Whether the workspace exists yet (it is created on first use). */
    public boolean hasWorkspace() {
        return workspace != null;
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
        opens++;
        workspace().newAssessment();
        file.set(null);
        modified.set(false);
        screen.set(Screen.WIZARD);
    }

    /** Opens {@code a} (an example or a file) at the first step. */
    public void open(Assessment a) {
        opens++;
        workspace().open(a);
        file.set(null);
        modified.set(false);
        screen.set(Screen.WIZARD);
    }

    /**
     * Takes over what {@code old} (the same window in another language) was showing: the assessment with its
     * file, review state, unsaved changes and step. The old window's autosave stops; this one's carries on.
     */
    public void carryOver(MainWindowViewModel old) {
        if (old.autosave != null) {
            if (autosave != null) {
                old.autosave.handOver(autosave);
            } else {
                old.autosave.stop();
            }
        }
        if (old.workspace == null || old.screen.get() != Screen.WIZARD) {
            return;
        }
        Workspace w = old.workspace;
        workspace().open(w.document().assessment(), w.reviewProperty().get());
        workspace.evaluation().asOfProperty().set(w.evaluation().asOfProperty().get());
        if (w.document().modifiedProperty().get()) {
            workspace.document().markModified();
        }
        workspace.resume(w.wizard());
        file.set(old.file.get());
        screen.set(Screen.WIZARD);
    }


    public void showStartPage() {
        screen.set(Screen.START);
    }
}
