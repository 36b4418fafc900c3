package org.eacplanner.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file-system operations a save is made of, one method per step. The default works on a path of any
 * {@link java.nio.file.FileSystem} (the disk, or Jimfs in tests); tests override one method to make that step
 * fail and check that the file being saved survives.
 */
interface FileOps {

    /** The operations as java.nio performs them. */
    FileOps DEFAULT = new FileOps() {
    };

    /** Creates {@code file}, which must not exist yet, for writing. */
    default FileChannel createNew(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Writes all of {@code bytes}. */
    default void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Flushes what was written to the storage device. */
    default void force(FileChannel channel) throws IOException {
        channel.force(true);
    }

    /** Copies {@code from} to {@code to}, replacing {@code to}. */
    default void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Renames {@code from} over {@code to} atomically where the file system can, else replaces it. */
    default void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
