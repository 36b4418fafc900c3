package org.eacplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.eacplanner.storage.AtomicFileWriter;
import org.eacplanner.storage.SaveException;

/**
 * Writing an assessment file whole or not at all, through the store's atomic writer (with a .bak), and only over
 * the file that was read, as it was read.
 */
final class AssessmentFiles {

    private AssessmentFiles() {
    }

    /**
     * Writes {@code bytes} over the file of {@code read} if it is still that file with that content; otherwise
     * (or on a failure) throws with a message saying what and where, and the file is left as it is.
     */
    static void writeIfUnchanged(AtomicFileWriter.Snapshot read, byte[] bytes) throws SaveException {
        new AtomicFileWriter().writeIfUnchanged(read, bytes);
    }

    /** What {@code file} is now (its real path, identity and content hash), before it is loaded. */
    static AtomicFileWriter.Snapshot snapshot(Path file) throws IOException {
        return AtomicFileWriter.snapshot(file);
    }
}
