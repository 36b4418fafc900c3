package org.eacplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.eacplanner.storage.AtomicFileWriter;
import org.eacplanner.storage.SaveException;

/** Writing an assessment file whole or not at all, through the store's atomic writer (with a .bak). */
final class AssessmentFiles {

    private AssessmentFiles() {
    }

    /** Writes {@code bytes} over {@code file}; a failure is an I/O error (exit code 3) saying what and where. */
    static void write(Path file, byte[] bytes) throws IOException {
        try {
            new AtomicFileWriter().write(file, bytes, true);
        } catch (SaveException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
