package org.eacplanner.ui.start;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentStore;
import org.eacplanner.storage.FileSummary;
import org.eacplanner.storage.RecoverySnapshot;
import org.eacplanner.storage.RecoveryStore;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.common.UiSettings;

/**
 * What the start page lists besides its actions: work left in the recovery folder by a crash, and the recent
 * files with their client, date and blocker count. Both are read off the FX thread, after the first frame.
 */
public final class StartPageModel {

    /** Recovered work and the file it belongs to (null when never saved, gone, or no longer readable). */
    public record Recovered(RecoverySnapshot snapshot, Assessment work, AssessmentFile original) {
    }

    private final ObservableList<RecoverySnapshot> recoveries = FXCollections.observableArrayList();
    private final ObservableList<FileSummary> recent = FXCollections.observableArrayList();
    private final UiSettings settings;
    private final Supplier<RecoveryStore> recovery;
    private final Supplier<AssessmentStore> store;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onError;

    public StartPageModel(UiSettings settings, Supplier<RecoveryStore> recovery, Supplier<AssessmentStore> store,
            TaskRunner tasks, Consumer<Throwable> onError) {
        this.settings = settings;
        this.recovery = recovery;
        this.store = store;
        this.tasks = tasks;
        this.onError = onError;
    }

    /** Unsaved work found in the recovery folder, newest first. */
    public ObservableList<RecoverySnapshot> recoveries() {
        return recoveries;
    }

    /** The recent files, newest first; one that cannot be read now says why. */
    public ObservableList<FileSummary> recent() {
        return recent;
    }

    /** Reads both lists again (at start, and whenever the start page is shown). */
    public void refresh() {
        tasks.run(() -> new Lists(recovery.get().list(), settings.recentFiles().stream().map(FileSummary::of).toList()),
                lists -> {
                    recoveries.setAll(lists.recoveries());
                    recent.setAll(lists.recent());
                }, onError);
    }

    private record Lists(List<RecoverySnapshot> recoveries, List<FileSummary> recent) {
    }

    /** Loads recovered work and the file it belongs to; the snapshot stays until the work is saved or discarded. */
    public void recover(RecoverySnapshot s, Consumer<Recovered> open) {
        tasks.run(() -> new Recovered(s, recovery.get().load(s).assessment(), original(s)), r -> {
            recoveries.remove(s);
            open.accept(r);
        }, onError);
    }

    /** Loads recovered work only (to compare it with its file). */
    public void load(RecoverySnapshot s, Consumer<Assessment> then) {
        tasks.run(() -> recovery.get().load(s).assessment(), then, onError);
    }

    /** Deletes the recovery copy: the user does not want that work. */
    public void discard(RecoverySnapshot s) {
        tasks.run(() -> {
            recovery.get().discard(s);
            return s;
        }, recoveries::remove, onError);
    }

    /** Takes {@code file} off the recent list (not off the disk). */
    public void forget(FileSummary file) {
        recent.remove(file);
        tasks.run(() -> {
            settings.removeRecentFile(file.path());
            return null;
        }, x -> { }, onError);
    }

    private AssessmentFile original(RecoverySnapshot s) {
        if (s.originalFile() == null || !Files.isRegularFile(s.originalFile())) {
            return null;
        }
        try {
            if (Files.getLastModifiedTime(s.originalFile()).toInstant().isAfter(s.savedAt())) {
                return null; // the file was saved after this copy: the work opens untitled, never over newer work
            }
            return store.get().open(s.originalFile());
        } catch (AssessmentLoadException | IOException e) {
            return null;
        }
    }

}
