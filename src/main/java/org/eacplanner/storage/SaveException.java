package org.eacplanner.storage;

import java.nio.file.Path;

/**
 * A save that did not happen. The message is one sentence for the user: which file, why, at which step, and that
 * the file on disk is unchanged (or that nothing was written, for a new file).
 */
public final class SaveException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The steps of a save, in order; each says what the app was doing in words a user understands. */
    public enum Step {
        /** Checking that the file may be written (not a folder, not refused on open, not read-only). */
        CHECK("before writing anything"),
        /** Creating the temporary file beside the target. */
        CREATE_TEMP("while creating a temporary file in the same folder"),
        /** Writing the new content to the temporary file. */
        WRITE_TEMP("while writing the temporary file"),
        /** Flushing the temporary file to the disk. */
        SYNC_TEMP("while flushing the temporary file to the disk"),
        /** Keeping the previous version as {@code NAME.bak}. */
        BACKUP("while keeping the previous version as a .bak file"),
        /** Renaming the temporary file over the target. */
        REPLACE("while replacing the file with the temporary file");

        private final String doing;

        Step(String doing) {
            this.doing = doing;
        }

        public String doing() {
            return doing;
        }
    }

    private final transient Path target;
    private final Step step;
    private final String reason;

    public SaveException(Path target, Step step, String reason, boolean targetExisted, Throwable cause) {
        super("Could not save " + target + ": " + reason + " (" + step.doing() + "). "
                + (targetExisted ? "The file on disk is unchanged." : "Nothing was written."), cause);
        this.target = target;
        this.step = step;
        this.reason = reason;
    }

    /** The file that was to be written. */
    public Path target() {
        return target;
    }

    /** The step that failed. */
    public Step step() {
        return step;
    }

    /** Why, in plain words (e.g. "the disk is full"), without the file name. */
    public String reason() {
        return reason;
    }
}
