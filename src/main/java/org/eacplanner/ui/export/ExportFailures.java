package org.eacplanner.ui.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.eacplanner.ui.export.ExportStepViewModel.Failure;
import org.eacplanner.ui.export.ExportStepViewModel.Problem;

/** An export's exception as a {@link Failure} the Export step words. */
final class ExportFailures {

    private ExportFailures() {
    }

    /** What went wrong, from the exception an export ended with (its I/O cause when there is one). */
    static Failure of(Throwable e, Path file) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        if (cause instanceof AccessDeniedException) {
            return new Failure(Problem.ACCESS_DENIED, file, null);
        }
        if (cause instanceof NoSuchFileException) {
            return new Failure(Problem.NO_SUCH_FOLDER, file, null);
        }
        if (cause instanceof FileAlreadyExistsException
                || cause instanceof FileSystemException fs && String.valueOf(fs.getReason()).contains("Not a directory")) {
            return new Failure(Problem.NOT_A_FOLDER, file, null);
        }
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new Failure(Problem.OTHER, file, detail);
    }
}
