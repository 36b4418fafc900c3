package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eacplanner.model.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    private static final Instant T1 = Instant.parse("2026-12-01T08:30:00Z");

    @TempDir
    Path home;

    @Test
    void aSystemPropertyOverridesTheFolder() {
        String before = System.getProperty(RecoveryStore.FOLDER_PROPERTY);
        try {
            System.setProperty(RecoveryStore.FOLDER_PROPERTY, home.resolve("r").toString());
            assertThat(RecoveryStore.forCurrentUser().folder()).isEqualTo(home.resolve("r"));
        } finally {
            if (before == null) {
                System.clearProperty(RecoveryStore.FOLDER_PROPERTY);
            } else {
                System.setProperty(RecoveryStore.FOLDER_PROPERTY, before);
            }
        }
    }

    @Test
    void snapshotsAreWrittenListedLoadedAndDiscarded() throws Exception {
        Path folder = home.resolve("data/eac-planner/recovery");
        RecoveryStore recovery = new RecoveryStore(folder, new AtomicFileWriter(), Clock.fixed(T1, ZoneOffset.UTC));
        assertThat(recovery.list()).as("no folder yet").isEmpty();
        Path original = home.resolve("clients/acme.eacplan.json");
        Assessment work = new AssessmentReader().load(Scenarios.files().get(0)).assessment();

        RecoverySnapshot first = recovery.write(original, work);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(first.file().getFileName().toString()).startsWith("acme-").endsWith(".recovery.json");
        assertThat(recovery.list()).containsExactly(new RecoverySnapshot(first.file(), original, T1, work.title(), true));
        assertThat(recovery.load(first).assessment()).isEqualTo(work);
        assertThat(AtomicFileWriterTest.namesIn(folder)).as("atomic, no .bak").containsExactly(
                first.file().getFileName().toString());

        RecoveryStore later = new RecoveryStore(folder, new AtomicFileWriter(), Clock.fixed(T1.plusSeconds(30),
                ZoneOffset.UTC));
        Assessment untitled = Assessment.empty("6f1c2f8e-55b4-4d3c-9f39-2c3f0f4e8a11", T1);
        assertThat(recovery.write(original, work).file()).as("one snapshot per document and run").isEqualTo(first.file());
        RecoverySnapshot again = later.write(original, work);
        RecoverySnapshot fresh = later.write(null, untitled);
        assertThat(again.file()).as("another run never replaces a copy it did not write").isNotEqualTo(first.file());
        recovery.discard(first);
        assertThat(fresh.file().getFileName().toString()).startsWith("untitled-");
        assertThat(later.list()).as("newest first, then by name").extracting(RecoverySnapshot::originalFile)
                .containsExactly(original, null);
        assertThat(later.load(fresh).assessment()).isEqualTo(untitled);

        later.discard(again);
        later.discard(again);
        assertThat(later.list()).containsExactly(fresh);
    }

    @Test
    void aDamagedSnapshotIsListedAsUnreadableAndCanBeDiscarded() throws Exception {
        Path folder = Files.createDirectories(home.resolve("recovery"));
        Path damaged = folder.resolve("acme-0123456789ab.recovery.json");
        Files.writeString(damaged, "{\"format\": \"eac-migration-recovery\", \"assessm");
        Files.writeString(folder.resolve(".acme-0123456789ab.recovery.json.x1.tmp"), "left by a crash mid-write");
        RecoveryStore recovery = new RecoveryStore(folder);

        assertThat(recovery.list()).singleElement().satisfies(s -> {
            assertThat(s.readable()).isFalse();
            assertThat(s.file()).isEqualTo(damaged);
        });
        RecoverySnapshot snapshot = recovery.list().get(0);
        assertThatThrownBy(() -> recovery.load(snapshot))
                .isInstanceOf(AssessmentLoadException.class)
                .hasMessageStartingWith(damaged + ": line 1, column ");
        recovery.discard(snapshot);
        assertThat(recovery.list()).isEmpty();
    }

    @Test
    void anAssessmentThatIsNotARecoveryFileIsRefused() throws Exception {
        Path folder = Files.createDirectories(home.resolve("recovery"));
        Path stray = folder.resolve("stray.recovery.json");
        Files.write(stray, Files.readAllBytes(Scenarios.files().get(0)));
        RecoveryStore recovery = new RecoveryStore(folder);
        assertThatThrownBy(() -> recovery.load(new RecoverySnapshot(stray, null, T1, null, true)))
                .hasMessage(stray + ": $.format: not a recovery file: expected \"format\": \"eac-migration-recovery\" "
                        + "and an \"assessment\" object");
    }

    @Test
    void aRecoveryFolderThatCannotBeCreatedIsReported() throws Exception {
        Path notAFolder = home.resolve("recovery");
        Files.writeString(notAFolder, "a file where the folder should be", StandardCharsets.UTF_8);
        RecoveryStore recovery = new RecoveryStore(notAFolder);
        Assessment work = Assessment.empty("6f1c2f8e-55b4-4d3c-9f39-2c3f0f4e8a11", T1);

        assertThatThrownBy(() -> recovery.write(null, work))
                .isInstanceOf(SaveException.class)
                .hasMessageContaining("the recovery folder " + notAFolder + " cannot be created");
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }
}
