package org.eacplanner.storage;

import java.util.List;
import org.eacplanner.model.Assessment;

/**
 * A file that opened. {@code readOnly} when its format version is newer than this app knows (best effort,
 * shown with a banner); {@code semanticProblems} lists values that passed the schema but not the semantic
 * checks: the app opens such a file with those fields marked and treats the values as unknown.
 *
 * @param fileSchemaVersion the version the file was written in (before any in-memory migration)
 */
public record LoadedAssessment(Assessment assessment, int fileSchemaVersion, boolean readOnly,
        List<LoadProblem> semanticProblems) {

    public LoadedAssessment {
        semanticProblems = List.copyOf(semanticProblems);
    }

    public boolean migrated() {
        return fileSchemaVersion < Assessment.SCHEMA_VERSION;
    }
}
