package org.eacplanner.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One autosaved copy of unsaved work in the recovery folder, as the start page lists it.
 *
 * @param file         the recovery file itself
 * @param originalFile the assessment file the work belongs to, or null for one never saved
 * @param savedAt      when it was autosaved
 * @param title        the assessment's title then (may be null)
 * @param readable     false when the recovery file is damaged: it can only be discarded
 */
public record RecoverySnapshot(Path file, Path originalFile, Instant savedAt, String title, boolean readable) {
}
