package org.eacplanner.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.eacplanner.export.ExportFormat;
import org.eacplanner.export.ExportOptions;
import org.eacplanner.model.Assessment;
import org.eacplanner.task.TaskRunner;

/**
 * What the Export step needs from the composition root: where work runs (off the FX thread), what it
 * remembers, how it exports (the real {@code Exporter}; tests wrap it), how a file or folder opens in the
 * desktop (a no-op in tests), and the file the assessment was opened from or saved to (null when unsaved).
 */
public record ExportServices(TaskRunner tasks, ExportPreferences preferences, ExportAction exporter,
        Consumer<Path> opener, ObservableValue<Path> assessmentFile) {

    /** Writes one export to {@code target}; runs on a worker thread. */
    @FunctionalInterface
    public interface ExportAction {
        void export(Assessment assessment, LocalDate asOf, ExportFormat format, ExportOptions options, Path target)
                throws Exception;
    }
}
