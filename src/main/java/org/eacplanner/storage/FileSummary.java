package org.eacplanner.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.LastEvaluation;
import org.eacplanner.model.Severity;

/**
 * What the start page's recent-files list shows of a file, read without the rule catalog: its title and client,
 * when it was last saved, and the open blockers of the evaluation saved with it (as of {@code evaluatedAsOf}).
 *
 * @param blockers open (not accepted) blockers as saved; -1 when the file has no saved evaluation
 * @param problem  why the file cannot be read now (moved, deleted, damaged), or null
 */
public record FileSummary(Path path, String title, String client, Instant updatedAt, int blockers,
        LocalDate evaluatedAsOf, String problem) {

    /** Reads {@code path}; a file that cannot be read gives a summary with its {@code problem}, never throws. */
    public static FileSummary of(Path path) {
        try {
            Assessment a = new AssessmentReader().load(path).assessment();
            LastEvaluation saved = a.lastEvaluation();
            int blockers = saved == null ? -1 : (int) saved.findings().stream()
                    .filter(f -> f.severity() == Severity.BLOCKER && !Boolean.TRUE.equals(f.accepted())).count();
            return new FileSummary(path, a.title(), a.client() == null ? null : a.client().name(), a.updatedAt(),
                    blockers, saved == null ? null : saved.asOf(), null);
        } catch (AssessmentLoadException e) {
            return new FileSummary(path, null, null, null, -1, null, e.getMessage());
        }
    }

    public boolean readable() {
        return problem == null;
    }
}
