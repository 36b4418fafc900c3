package org.eacplanner.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eacplanner.model.Assessment;

/**
 * An assessment as it is on disk: where, what was loaded or last saved, and whether the app may write it back.
 * Immutable; {@link AssessmentStore#save} returns the next one. The GUI keeps its edits apart and asks
 * {@link #hasUnsavedChanges} for the title bar's modified mark and for autosave.
 *
 * @param path             the file
 * @param saved            the assessment as loaded (migrated in memory if the file was older) or as last saved
 * @param access           whether it may be saved back, and if not, why (for the banner)
 * @param fileSchemaVersion the format version of the file on disk
 * @param semanticProblems values that failed the semantic checks: shown marked and treated as unknown; the next
 *                         save moves them to {@code drafts}
 */
public record AssessmentFile(Path path, Assessment saved, Access access, int fileSchemaVersion,
        List<LoadProblem> semanticProblems) {

    /** Whether the app may write the file, and why not. */
    public enum Access {
        /** Open for editing; saves go back to the file. */
        EDITABLE,
        /** Opened with "Open for review": every step read-only. */
        REVIEW,
        /** Written by a newer version of the app (a newer format): read-only, best effort. */
        NEWER_FORMAT,
        /** The file or its folder cannot be written (read-only on disk). */
        NOT_WRITABLE
    }

    public AssessmentFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(access, "access");
        semanticProblems = List.copyOf(semanticProblems);
    }

    /** Review mode: every step read-only, with a banner saying why ({@link #access()}). */
    public boolean readOnly() {
        return access != Access.EDITABLE;
    }

    /** Whether the file was of an older format version and was migrated in memory (the disk is untouched). */
    public boolean migrated() {
        return fileSchemaVersion < Assessment.SCHEMA_VERSION;
    }

    /**
     * Whether {@code edited} differs from what is on disk in its content: everything but {@code updatedAt} and
     * {@code lastEvaluation}, which a save stamps.
     */
    public boolean hasUnsavedChanges(Assessment edited) {
        return !sameContent(saved, edited);
    }

    static boolean sameContent(Assessment a, Assessment b) {
        return a.stamped(null, null).equals(b.stamped(null, null));
    }
}
