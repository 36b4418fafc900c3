package org.eacplanner.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.AssessmentFile.Access;
import org.eacplanner.storage.SaveException.Step;
import org.eacplanner.task.BlockingCalls;

/**
 * Opens and saves assessment files by the rules of assessment-format.md ("Loading", "Saving"): saves are atomic
 * and keep the previous version as {@code NAME.bak}; {@code updatedAt} changes only when the content did;
 * {@code lastEvaluation} is the evaluation as of the date in use; values failing the semantic checks go to
 * {@code drafts}. A file that was refused on open, or is read-only, is never written. Thread-safe: call it off
 * the FX thread.
 */
public final class AssessmentStore {

    private final AssessmentReader reader;
    private final AtomicFileWriter files;
    private final Planner planner;
    private final Clock clock;
    private final Set<Path> refused = ConcurrentHashMap.newKeySet();

    public AssessmentStore(Planner planner) {
        this(planner, new AtomicFileWriter(), Clock.systemUTC());
    }

    public AssessmentStore(Planner planner, AtomicFileWriter files, Clock clock) {
        this(new AssessmentReader(), files, planner, clock);
    }

    AssessmentStore(AssessmentReader reader, AtomicFileWriter files, Planner planner, Clock clock) {
        this.reader = reader;
        this.files = files;
        this.planner = planner;
        this.clock = clock;
    }

    /**
     * Opens {@code file} for editing: read-only instead when it is of a newer format or cannot be written. A file
     * refused here is remembered, and this store will not write over it.
     */
    public AssessmentFile open(Path file) throws AssessmentLoadException {
        BlockingCalls.check("assessment open " + file.getFileName());
        LoadedAssessment loaded = load(file);
        Access access = loaded.readOnly() ? Access.NEWER_FORMAT : writable(file) ? Access.EDITABLE : Access.NOT_WRITABLE;
        return new AssessmentFile(file, loaded.assessment(), access, loaded.fileSchemaVersion(),
                loaded.semanticProblems());
    }

    /** Opens {@code file} for review: read-only whatever its format and permissions. */
    public AssessmentFile openForReview(Path file) throws AssessmentLoadException {
        LoadedAssessment loaded = load(file);
        Access access = loaded.readOnly() ? Access.NEWER_FORMAT : Access.REVIEW;
        return new AssessmentFile(file, loaded.assessment(), access, loaded.fileSchemaVersion(),
                loaded.semanticProblems());
    }

    /** Saves {@code edited} back to the file it was opened from, evaluated as of {@code asOf}. */
    public AssessmentFile save(AssessmentFile file, Assessment edited, LocalDate asOf) throws SaveException {
        if (file.readOnly()) {
            throw new SaveException(file.path(), Step.CHECK, readOnlyReason(file.access()), true, null);
        }
        return write(file.saved(), edited, file.path(), asOf);
    }

    /**
     * Saves {@code edited} to {@code target} ("Save as"); {@code previous} is the file it came from, or null for a
     * new assessment. A file of a newer format cannot be saved by this version, under any name.
     */
    public AssessmentFile saveAs(AssessmentFile previous, Assessment edited, Path target, LocalDate asOf)
            throws SaveException {
        if (previous != null && previous.access() == Access.NEWER_FORMAT) {
            throw new SaveException(target, Step.CHECK, readOnlyReason(Access.NEWER_FORMAT), Files.exists(target), null);
        }
        return write(previous == null ? null : previous.saved(), edited, target, asOf);
    }

    private AssessmentFile write(Assessment before, Assessment edited, Path target, LocalDate asOf)
            throws SaveException {
        if (refused.contains(key(target))) {
            throw new SaveException(target, Step.CHECK, "this file could not be opened, so the app will not "
                    + "write over it; save under another name", true, null);
        }
        Assessment content = SemanticDrafts.apply(edited);
        Instant updatedAt = before != null && AssessmentFile.sameContent(before, content)
                ? before.updatedAt()
                : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Assessment toWrite = content.stamped(updatedAt, planner.evaluate(content, asOf).snapshot());
        files.write(target, new AssessmentWriter().toBytes(toWrite), true);
        return new AssessmentFile(target, toWrite, Access.EDITABLE, Assessment.SCHEMA_VERSION, List.of());
    }

    private LoadedAssessment load(Path file) throws AssessmentLoadException {
        try {
            LoadedAssessment loaded = reader.load(file);
            refused.remove(key(file));
            return loaded;
        } catch (AssessmentLoadException e) {
            if (Files.exists(file)) {
                refused.add(key(file));
            }
            throw e;
        }
    }

    private static boolean writable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return Files.isWritable(file) && (folder == null || Files.isWritable(folder));
    }

    private static String readOnlyReason(Access access) {
        return switch (access) {
            case REVIEW -> "it is open for review (read-only)";
            case NEWER_FORMAT -> "it was written by a newer version of the app; this version could lose what it "
                    + "does not know, so it only reads it";
            case NOT_WRITABLE -> "the file or its folder is read-only";
            case EDITABLE -> throw new IllegalArgumentException("an editable file is not read-only");
        };
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
