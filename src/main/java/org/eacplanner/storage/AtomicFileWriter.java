package org.eacplanner.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import org.eacplanner.storage.SaveException.Step;

/**
 * Writes a file so that a failure at any point leaves the previous file byte-for-byte as it was: the new content
 * goes to a temporary file in the same folder, is flushed to the disk, the previous version is copied to
 * {@code NAME.bak}, and only then is the temporary file renamed over the target (atomically where the file system
 * can). Temporary files are removed when a step fails. Works on paths of any {@link java.nio.file.FileSystem}.
 */
public final class AtomicFileWriter {

    /** The suffix of the previous version kept beside a saved file. */
    public static final String BACKUP_SUFFIX = ".bak";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FileOps ops;

    public AtomicFileWriter() {
        this(FileOps.DEFAULT);
    }

    AtomicFileWriter(FileOps ops) {
        this.ops = ops;
    }

    /** Where {@link #write} keeps the previous version of {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Replaces {@code target} with {@code content}; with {@code keepBackup} the previous version (if any) stays
     * as {@link #backupOf(Path) NAME.bak}.
     */
    public void write(Path target, byte[] content, boolean keepBackup) throws SaveException {
        Path file = resolveLink(target);
        if (file.getFileName() == null) {
            throw new SaveException(target, Step.CHECK, "that is not a file name", false, null);
        }
        if (Files.isDirectory(file)) {
            throw new SaveException(target, Step.CHECK, "it is a folder, not a file", false, null);
        }
        boolean existed = Files.exists(file);
        Path temp = sibling(file, ".tmp");
        Path backupTemp = null;
        boolean tempCreated = false;
        Step step = Step.CREATE_TEMP;
        try {
            try (FileChannel channel = ops.createNew(temp)) {
                tempCreated = true;
                step = Step.WRITE_TEMP;
                ops.write(channel, ByteBuffer.wrap(content));
                step = Step.SYNC_TEMP;
                ops.force(channel);
            }
            if (existed) {
                keepPermissions(file, temp);
            }
            if (keepBackup && existed) {
                step = Step.BACKUP;
                backupTemp = sibling(file, ".bak.tmp");
                ops.copy(file, backupTemp);
                ops.move(backupTemp, backupOf(file));
                backupTemp = null;
            }
            step = Step.REPLACE;
            ops.move(temp, file);
            tempCreated = false;
            syncFolder(file);
        } catch (IOException | ReadOnlyFileSystemException | SecurityException e) {
            throw new SaveException(target, step, reason(e, file), existed, e);
        } finally {
            if (tempCreated) {
                deleteQuietly(temp);
            }
            if (backupTemp != null) {
                deleteQuietly(backupTemp);
            }
        }
    }

    /** The reason of a failed step, in plain words. */
    static String reason(Throwable e, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException) {
            return folder != null && !Files.isDirectory(folder)
                    ? "the folder " + folder + " does not exist (was it moved or deleted?)"
                    : "a file disappeared while saving: " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied on " + (denied.getFile() != null ? denied.getFile() : folder);
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "the disk is read-only";
        }
        if (e instanceof SecurityException) {
            return "the app is not allowed to write there";
        }
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk space") || lower.contains("disk is full")
                || lower.contains("quota")) {
            return "the disk is full";
        }
        if (lower.contains("read-only")) {
            return "the disk or folder is read-only";
        }
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    }

    private static Path resolveLink(Path target) {
        try {
            return Files.isSymbolicLink(target) ? target.toRealPath() : target;
        } catch (IOException e) {
            return target;
        }
    }

    /** A name beside {@code file} that no other save uses: {@code .NAME.<random><suffix>}. */
    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + suffix);
    }

    /** The new version keeps the previous one's POSIX permissions (a file kept private stays private). */
    private static void keepPermissions(Path from, Path to) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(from);
            Files.setPosixFilePermissions(to, permissions);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not a POSIX file system, or not allowed: the file gets the folder's defaults, as a new file would.
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS); best effort. */
    private static void syncFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Windows and some file systems cannot open a folder as a channel; the rename is done all the same.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | SecurityException e) {
            // A leftover .tmp file is harmless; the failure that matters is reported by the caller.
        }
    }
}
