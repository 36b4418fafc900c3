package org.eacplanner.ui.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.eacplanner.common.Messages;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.probe.ApprovedRootsLoader;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The org's own approved-CA list (a saved cacerts.jsp page or a PEM bundle) that the certificate check compares
 * against: read and parsed off the FX thread, put into the assessment on it.
 */
public final class ApprovedRootsViewModel {

    private final AssessmentDocument document;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ApprovedRootsViewModel(AssessmentDocument document, Messages messages, TaskRunner tasks) {
        this.document = document;
        this.messages = messages;
        this.tasks = tasks;
        show();
        document.assessmentProperty().addListener(o -> show());
    }

    /** What list the check uses: the shipped snapshot, or the org's with its source and date. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** Why the last file could not be taken; empty when it was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Loads the list from {@code file}; {@code done} gets whether it was taken. */
    public void load(Path file, Consumer<Boolean> done) {
        tasks.run(() -> {
            String text = Files.readString(file);
            LocalDate captured = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            return ApprovedRootsLoader.parse(text, file.getFileName().toString(), captured);
        }, roots -> {
            document.apply(a -> a.withApprovedRoots(roots));
            error.set("");
            done.accept(true);
        }, e -> {
            error.set(messages.get("live.roots.error", e.getMessage() == null ? e.toString() : e.getMessage()));
            done.accept(false);
        });
    }

    private void show() {
        ApprovedRoots r = document.assessment().approvedRoots();
        info.set(r == null ? messages.get("live.roots.snapshot")
                : messages.get("live.roots.loaded", r.roots().size(), r.source() == null ? "" : r.source(),
                        r.capturedOn() == null ? "" : r.capturedOn().toString()));
    }
}
