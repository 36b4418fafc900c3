package org.eacplanner.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.eacplanner.storage.SaveException.Step;
import org.eacplanner.task.BlockingCalls;

/**
 * Writes a file so that a failure at any point leaves the previous file byte-for-byte as it was: the new content
 * goes to a temporary file in the same folder, is flushed to the disk, the previous version is copied to
 * {@code NAME.bak}, and only then is the temporary file renamed over the target (atomically where the file system
 * can). Temporary files are removed when a step fails. Works on paths of any {@link java.nio.file.FileSystem}.
 * {@link #writeIfUnchanged} also refuses to write over a file that changed since it was read.
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
        BlockingCalls.check("file write " + target.getFileName());
        replace(target, resolveLink(target), content, keepBackup, null);
    }

    /**
     * What a file was when it was read: its real path (symbolic links resolved once, now), its identity on disk
     * ({@link BasicFileAttributes#fileKey()}, null where the platform has none) and the SHA-256 of its content.
     */
    public record Snapshot(Path file, Object fileKey, String sha256) {
    }

    /** Takes the {@link Snapshot} of {@code file}, which must be a regular file (after its links). */
    public static Snapshot snapshot(Path file) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null, "not a regular file");
        }
        return new Snapshot(real, attributes.fileKey(), sha256(real));
    }

    /**
     * Why {@code read.file()} is no longer what {@code read} saw (a symbolic link now, another file, changed
     * content, gone), or null when it is the same file with the same content. Never follows a link.
     */
    public static String changeSince(Snapshot read) {
        Path file = read.file();
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (now.isSymbolicLink()) {
                return "it was replaced by a symbolic link since it was read";
            }
            if (!now.isRegularFile()) {
                return "it is no longer a regular file";
            }
            if (read.fileKey() != null && !read.fileKey().equals(now.fileKey())) {
                return "it was replaced by another file since it was read";
            }
            if (!read.sha256().equals(sha256(file))) {
                return "it was changed by someone else since it was read";
            }
            return null;
        } catch (NoSuchFileException e) {
            return "it was moved or deleted since it was read";
        } catch (IOException | SecurityException e) {
            return "it cannot be read again to check it is unchanged: " + reason(e, file);
        }
    }

    /**
     * Replaces the file of {@code read} with {@code content}, keeping a {@code .bak}, only while it is the same
     * file with the same content as when read: checked before anything is written and again just before the
     * previous version is copied to the {@code .bak}. Writes the real path taken at read time, never through a
     * link; otherwise throws at {@link Step#CHECK} with the file, its {@code .bak} and the folder untouched.
     */
    public void writeIfUnchanged(Snapshot read, byte[] content) throws SaveException {
        BlockingCalls.check("file write " + read.file().getFileName());
        replace(read.file(), read.file(), content, true, read);
    }

    private void replace(Path target, Path file, byte[] content, boolean keepBackup, Snapshot expected)
            throws SaveException {
        if (file.getFileName() == null) {
            throw new SaveException(target, Step.CHECK, "that is not a file name", false, null);
        }
        if (Files.isDirectory(file)) {
            throw new SaveException(target, Step.CHECK, "it is a folder, not a file", false, null);
        }
        checkUnchanged(target, expected);
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
            checkUnchanged(target, expected);
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

    private static void checkUnchanged(Path target, Snapshot expected) throws SaveException {
        String change = expected == null ? null : changeSince(expected);
        if (change != null) {
            throw new SaveException(target, Step.CHECK, change, true, null);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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
