package org.eacplanner.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.eacplanner.storage.SaveException.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Saves replace a file atomically, keep a .bak, and never damage the file when a step fails. */
class AtomicFileWriterTest {

    private static final byte[] ORIGINAL = "{\n  \"the\": \"original\"\n}\n".getBytes(UTF_8);
    private static final byte[] PREVIOUS_BACKUP = "the backup before\n".getBytes(UTF_8);
    private static final byte[] NEW = "{\n  \"the\": \"new version, a little longer than the original\"\n}\n".getBytes(UTF_8);

    private final FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix());

    @TempDir
    Path disk;

    @AfterEach
    void closeJimfs() throws IOException {
        jimfs.close();
    }

    @Test
    void aSaveReplacesTheFileAndKeepsThePreviousVersionAsBak() throws Exception {
        for (Path folder : List.of(disk, Files.createDirectories(jimfs.getPath("/work/clients")))) {
            Path target = folder.resolve("acme.eacplan.json");
            Files.write(target, ORIGINAL);

            new AtomicFileWriter().write(target, NEW, true);

            assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
            assertThat(AtomicFileWriter.backupOf(target)).hasFileName("acme.eacplan.json.bak");
            assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(target))).isEqualTo(ORIGINAL);
            assertThat(namesIn(folder)).containsExactlyInAnyOrder("acme.eacplan.json", "acme.eacplan.json.bak");

            new AtomicFileWriter().write(target, ORIGINAL, true);
            assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(target))).as("the .bak follows each save")
                    .isEqualTo(NEW);
        }
    }

    @Test
    void aNewFileHasNoBakAndNoBackupIsKeptWhenNotAsked() throws Exception {
        Path target = disk.resolve("new.eacplan.json");
        new AtomicFileWriter().write(target, NEW, true);
        assertThat(namesIn(disk)).containsExactly("new.eacplan.json");

        new AtomicFileWriter().write(target, ORIGINAL, false);
        assertThat(Files.readAllBytes(target)).isEqualTo(ORIGINAL);
        assertThat(namesIn(disk)).containsExactly("new.eacplan.json");
    }

    @Test
    void theNewVersionKeepsTheFilePermissions() throws Exception {
        Path target = disk.resolve("private.eacplan.json");
        Files.write(target, ORIGINAL);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        new AtomicFileWriter().write(target, NEW, true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aTargetThatIsAFolderIsRefusedAndLeftAsItIs() throws Exception {
        Path target = Files.createDirectory(disk.resolve("acme.eacplan.json"));
        Files.write(target.resolve("inside.txt"), ORIGINAL);

        assertThatThrownBy(() -> new AtomicFileWriter().write(target, NEW, true))
                .isInstanceOf(SaveException.class)
                .hasMessage("Could not save " + target + ": it is a folder, not a file (before writing anything). "
                        + "Nothing was written.")
                .satisfies(e -> assertThat(((SaveException) e).step()).isEqualTo(Step.CHECK));
        assertThat(Files.readAllBytes(target.resolve("inside.txt"))).isEqualTo(ORIGINAL);
        assertThat(namesIn(disk)).containsExactly("acme.eacplan.json");
    }

    @Test
    void aFolderRemovedBeforeTheSaveIsReportedByName() throws Exception {
        for (Path root : List.of(disk, jimfs.getPath("/"))) {
            Path folder = Files.createDirectories(root.resolve("gone"));
            Path target = folder.resolve("acme.eacplan.json");
            Files.delete(folder);

            assertThatThrownBy(() -> new AtomicFileWriter().write(target, NEW, true))
                    .isInstanceOf(SaveException.class)
                    .hasMessageStartingWith("Could not save " + target + ": the folder " + folder.toAbsolutePath()
                            + " does not exist (was it moved or deleted?) (while creating a temporary file")
                    .hasMessageEndingWith("Nothing was written.");
            assertThat(Files.exists(folder)).isFalse();
        }
    }

    @Test
    void aFullDiskLeavesTheOriginalByteForByte() throws Exception {
        try (FileSystem small = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(64).setMaxSize(64 * 4).build())) {
            Path target = small.getPath("/acme.eacplan.json");
            Files.write(target, ORIGINAL);
            byte[] big = new byte[64 * 8];

            assertThatThrownBy(() -> new AtomicFileWriter().write(target, big, true))
                    .isInstanceOf(SaveException.class)
                    .hasMessage("Could not save /acme.eacplan.json: the disk is full (while writing the temporary "
                            + "file). The file on disk is unchanged.");
            assertThat(Files.readAllBytes(target)).isEqualTo(ORIGINAL);
            assertThat(namesIn(small.getPath("/"))).containsExactly("acme.eacplan.json", "work");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"CREATE_TEMP", "WRITE_TEMP", "SYNC_TEMP", "BACKUP", "REPLACE"})
    void aFaultAtAnyStepLeavesTheOriginalAndTheBakAsTheyWere(Step step) throws Exception {
        for (Path folder : List.of(disk, Files.createDirectories(jimfs.getPath("/work/clients")))) {
            Path target = folder.resolve("acme.eacplan.json");
            Files.write(target, ORIGINAL);
            Files.write(AtomicFileWriter.backupOf(target), PREVIOUS_BACKUP);
            FileSystemException fault = new FileSystemException(folder.toString(), null, "No space left on device");

            assertThatThrownBy(() -> new AtomicFileWriter(new FailingAt(step, fault)).write(target, NEW, true))
                    .isInstanceOf(SaveException.class)
                    .hasMessage("Could not save " + target + ": the disk is full (" + step.doing()
                            + "). The file on disk is unchanged.")
                    .hasCause(fault)
                    .satisfies(e -> assertThat(((SaveException) e).step()).isEqualTo(step));

            assertThat(Files.readAllBytes(target)).isEqualTo(ORIGINAL);
            assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(target))).isEqualTo(
                    step == Step.REPLACE ? ORIGINAL : PREVIOUS_BACKUP);
            assertThat(namesIn(folder)).as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("acme.eacplan.json", "acme.eacplan.json.bak");
        }
    }

    @Test
    void permissionDeniedIsSaidInPlainWords() throws Exception {
        Path target = disk.resolve("acme.eacplan.json");
        Files.write(target, ORIGINAL);
        AccessDeniedException denied = new AccessDeniedException(disk.toString());

        assertThatThrownBy(() -> new AtomicFileWriter(new FailingAt(Step.CREATE_TEMP, denied)).write(target, NEW, true))
                .hasMessage("Could not save " + target + ": permission denied on " + disk
                        + " (while creating a temporary file in the same folder). The file on disk is unchanged.");
        assertThat(Files.readAllBytes(target)).isEqualTo(ORIGINAL);
    }

    @Test
    void writeIfUnchangedWritesTheFileItReadWithABak() throws Exception {
        for (Path folder : List.of(disk, Files.createDirectories(jimfs.getPath("/work/clients")))) {
            Path target = folder.resolve("acme.eacplan.json");
            Files.write(target, ORIGINAL);
            AtomicFileWriter.Snapshot read = AtomicFileWriter.snapshot(target);
            assertThat(read.file()).isEqualTo(target.toRealPath());
            assertThat(AtomicFileWriter.changeSince(read)).isNull();

            new AtomicFileWriter().writeIfUnchanged(read, NEW);

            assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
            assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(target))).isEqualTo(ORIGINAL);
            assertThat(namesIn(folder)).containsExactly("acme.eacplan.json", "acme.eacplan.json.bak");
        }
    }

    @Test
    void writeIfUnchangedRefusesAChangedMovedOrReplacedFileAndWritesNothing() throws Exception {
        Path target = disk.resolve("acme.eacplan.json");
        byte[] edit = "someone else's edit\n".getBytes(UTF_8);
        List<String> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Files.write(target, ORIGINAL);
            AtomicFileWriter.Snapshot read = AtomicFileWriter.snapshot(target);
            switch (i) {
                case 0 -> Files.write(target, edit);
                case 1 -> Files.delete(target);
                case 2 -> Files.move(Files.write(disk.resolve("other"), ORIGINAL), target,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                default -> {
                    Files.move(target, disk.resolve("moved"));
                    Files.createSymbolicLink(target, Files.write(disk.resolve("unrelated"), edit));
                }
            }
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> new AtomicFileWriter().writeIfUnchanged(read, NEW));
            assertThat(thrown).isInstanceOf(SaveException.class)
                    .hasMessageEndingWith("(before writing anything). The file on disk is unchanged.");
            assertThat(((SaveException) thrown).step()).isEqualTo(Step.CHECK);
            reasons.add(((SaveException) thrown).reason());
            assertThat(AtomicFileWriter.backupOf(target)).doesNotExist();
            if (i == 0) {
                assertThat(Files.readAllBytes(target)).isEqualTo(edit);
            }
            if (i == 3) {
                assertThat(Files.readAllBytes(disk.resolve("unrelated"))).isEqualTo(edit);
                assertThat(namesIn(disk)).containsExactly("acme.eacplan.json", "moved", "unrelated");
            }
            for (String name : namesIn(disk)) {
                Files.delete(disk.resolve(name));
            }
        }
        assertThat(reasons).containsExactly("it was changed by someone else since it was read",
                "it was moved or deleted since it was read", "it was replaced by another file since it was read",
                "it was replaced by a symbolic link since it was read");
    }

    @Test
    void anEditDuringTheSaveItselfIsCaughtBeforeTheBakAndTheReplace() throws Exception {
        Path target = disk.resolve("acme.eacplan.json");
        Files.write(target, ORIGINAL);
        byte[] edit = "edited while the temporary file was written\n".getBytes(UTF_8);
        AtomicFileWriter.Snapshot read = AtomicFileWriter.snapshot(target);
        FileOps editsDuringSync = new FileOps() {
            @Override
            public void force(FileChannel channel) throws IOException {
                FileOps.super.force(channel);
                Files.write(target, edit);
            }
        };

        assertThatThrownBy(() -> new AtomicFileWriter(editsDuringSync).writeIfUnchanged(read, NEW))
                .isInstanceOf(SaveException.class).hasMessageContaining("changed by someone else");

        assertThat(Files.readAllBytes(target)).isEqualTo(edit);
        assertThat(namesIn(disk)).as("no .bak, no temporary file").containsExactly("acme.eacplan.json");
    }

    @Test
    void aSnapshotIsOnlyOfARegularFile() throws Exception {
        Path folder = Files.createDirectory(disk.resolve("folder.eacplan.json"));
        assertThatThrownBy(() -> AtomicFileWriter.snapshot(folder)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> AtomicFileWriter.snapshot(disk.resolve("missing")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    void reasonsAreWordedForTheUser() {
        Path file = disk.resolve("a.eacplan.json");
        assertThat(AtomicFileWriter.reason(new FileSystemException(file.toString(), null, "Read-only file system"), file))
                .isEqualTo("the disk or folder is read-only");
        assertThat(AtomicFileWriter.reason(new IOException("out of disk space"), file)).isEqualTo("the disk is full");
        assertThat(AtomicFileWriter.reason(new IOException("Input/output error"), file)).isEqualTo("Input/output error");
        assertThat(AtomicFileWriter.reason(new IOException(), file)).isEqualTo("IOException");
    }

    static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The real operations, except that one step throws {@code fault} (a write after writing half its bytes). */
    static final class FailingAt implements FileOps {
        private final Step step;
        private final IOException fault;

        FailingAt(Step step, IOException fault) {
            this.step = step;
            this.fault = fault;
        }

        @Override
        public FileChannel createNew(Path file) throws IOException {
            fail(Step.CREATE_TEMP);
            return FileOps.super.createNew(file);
        }

        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            if (step == Step.WRITE_TEMP) {
                channel.write(bytes.slice().limit(bytes.remaining() / 2));
            }
            fail(Step.WRITE_TEMP);
            FileOps.super.write(channel, bytes);
        }

        @Override
        public void force(FileChannel channel) throws IOException {
            fail(Step.SYNC_TEMP);
            FileOps.super.force(channel);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            fail(to.getFileName().toString().endsWith(AtomicFileWriter.BACKUP_SUFFIX) ? Step.BACKUP : Step.REPLACE);
            FileOps.super.move(from, to);
        }

        private void fail(Step at) throws IOException {
            if (step == at) {
                throw fault;
            }
        }
    }
}
