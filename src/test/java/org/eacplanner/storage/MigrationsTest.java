package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eacplanner.model.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration mechanism, with synthetic older formats: version 0 called the service account's address
 * {@code lightningSync.serviceAccount}, and a version -1 kept the title under {@code name}.
 */
class MigrationsTest {

    /** 0 → 1: {@code lightningSync.serviceAccount} was renamed {@code serviceAccountEmail}. */
    static final UnaryOperator<ObjectNode> RENAME_SERVICE_ACCOUNT = doc -> {
        if (doc.get("lightningSync") instanceof ObjectNode ls && ls.has("serviceAccount")) {
            ls.set("serviceAccountEmail", ls.remove("serviceAccount"));
        }
        return doc;
    };

    /** -1 → 0: the title was {@code name}. */
    static final UnaryOperator<ObjectNode> RENAME_TITLE = doc -> {
        if (doc.has("name")) {
            doc.set("title", doc.remove("name"));
        }
        return doc;
    };

    private final AssessmentReader reader = new AssessmentReader(withShipped(Map.of(0, RENAME_SERVICE_ACCOUNT)));

    @TempDir
    Path dir;

    @Test
    void anOlderFileIsMigratedInMemoryAndTheFileIsUntouched() throws Exception {
        Path file = writeVersion0();
        byte[] onDisk = Files.readAllBytes(file);

        LoadedAssessment loaded = reader.load(file);

        assertThat(loaded.fileSchemaVersion()).isZero();
        assertThat(loaded.migrated()).isTrue();
        assertThat(loaded.readOnly()).isFalse();
        Assessment a = loaded.assessment();
        assertThat(a.schemaVersion()).isEqualTo(Assessment.SCHEMA_VERSION);
        assertThat(a.lightningSync().serviceAccountEmail()).isEqualTo("sf-sync@acmerobotics.example");
        assertThat(a.lightningSync().unknownFields()).doesNotContainKey("serviceAccount");
        assertThat(Files.readAllBytes(file)).isEqualTo(onDisk);
    }

    @Test
    void savingAMigratedFileWritesTheCurrentVersionAndKeepsTheOldOneAsBak() throws Exception {
        Path file = writeVersion0();
        byte[] version0 = Files.readAllBytes(file);
        AssessmentStore store = new AssessmentStore(reader, new AtomicFileWriter(), AssessmentStoreTest.PLANNER,
                Clock.systemUTC());

        AssessmentFile opened = store.open(file);
        assertThat(opened.migrated()).isTrue();
        assertThat(Files.readAllBytes(file)).as("opening writes nothing").isEqualTo(version0);
        store.save(opened, opened.saved(), LocalDate.of(2026, 11, 24));

        JsonNode saved = AssessmentJson.mapper().readTree(file.toFile());
        assertThat(saved.get("schemaVersion").intValue()).isEqualTo(Assessment.SCHEMA_VERSION);
        assertThat(saved.at("/lightningSync/serviceAccountEmail").textValue()).isEqualTo("sf-sync@acmerobotics.example");
        assertThat(saved.at("/lightningSync").has("serviceAccount")).isFalse();
        assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(file))).isEqualTo(version0);
    }

    @Test
    void stepsRunInOrderAcrossSeveralVersions() throws Exception {
        AssessmentReader twoSteps = new AssessmentReader(withShipped(Map.of(-1, RENAME_TITLE, 0,
                RENAME_SERVICE_ACCOUNT)));
        String minusOne = version0Text().replace("\"schemaVersion\": 0", "\"schemaVersion\": -1")
                .replace("\"title\":", "\"name\":");

        LoadedAssessment loaded = twoSteps.read(minusOne.getBytes(StandardCharsets.UTF_8), "v-1");

        assertThat(loaded.fileSchemaVersion()).isEqualTo(-1);
        assertThat(loaded.assessment().title()).isEqualTo("Acme Robotics — Lightning Sync to EAC");
        assertThat(loaded.assessment().lightningSync().serviceAccountEmail()).isEqualTo("sf-sync@acmerobotics.example");
    }

    @Test
    void aVersionWithoutAStepToTheCurrentOneIsRefusedByName() throws Exception {
        Path file = writeVersion0();
        assertThatThrownBy(() -> new AssessmentReader().load(file))
                .isInstanceOf(AssessmentLoadException.class)
                .hasMessage(file + ": $.schemaVersion: format version 0 is not one this app can read (it reads 1 to 2)");
        AssessmentReader gap = new AssessmentReader(withShipped(Map.of(-1, RENAME_TITLE)));
        assertThatThrownBy(() -> gap.read(version0Text().replace("\"schemaVersion\": 0", "\"schemaVersion\": -1")
                .getBytes(StandardCharsets.UTF_8), "v-1"))
                .hasMessageContaining("format version -1 is not one this app can read");
    }

    @Test
    void theMigratedDocumentIsValidatedAgainstTheCurrentSchema() {
        String badAfterMigration = version0Text().replace("\"serviceAccount\": \"sf-sync@acmerobotics.example\"",
                "\"serviceAccount\": \"not an address\"");
        assertThatThrownBy(() -> reader.read(badAfterMigration.getBytes(StandardCharsets.UTF_8), "v0"))
                .isInstanceOf(AssessmentLoadException.class)
                .hasMessageContaining("$.lightningSync.serviceAccountEmail");
    }

    @Test
    void theShippedStepFromVersion1ChangesOnlyTheVersion() throws Exception {
        for (Path scenario : Scenarios.files()) {
            ObjectNode v1 = (ObjectNode) AssessmentJson.mapper().readTree(scenario.toFile());
            if (v1.get("schemaVersion").intValue() != 1) {
                continue;
            }
            ObjectNode migrated = Migrations.shipped().migrate(v1.deepCopy(), 1);

            assertThat(migrated.get("schemaVersion").intValue()).isEqualTo(2);
            assertThat(migrated.deepCopy().put("schemaVersion", 1)).as(scenario.toString()).isEqualTo(v1);
        }
        assertThat(Migrations.shipped().canMigrate(1)).isTrue();
        assertThat(Migrations.shipped().canMigrate(0)).isFalse();
    }

    @Test
    void checkingAVersion1FileWritesNothing() throws Exception {
        Path file = dir.resolve("v1.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        byte[] before = Files.readAllBytes(file);

        LoadedAssessment loaded = new AssessmentReader().loadStrict(file);

        assertThat(loaded.migrated()).isTrue();
        assertThat(loaded.assessment().schemaVersion()).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(AtomicFileWriter.backupOf(file)).doesNotExist();
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    /** The shipped steps (1 → 2) and {@code older}. */
    static Migrations withShipped(Map<Integer, UnaryOperator<ObjectNode>> older) {
        Map<Integer, UnaryOperator<ObjectNode>> steps = new java.util.HashMap<>(Migrations.shippedSteps());
        steps.putAll(older);
        return new Migrations(steps);
    }

    private Path writeVersion0() throws Exception {
        Path file = dir.resolve("old.eacplan.json");
        Files.writeString(file, version0Text());
        return file;
    }

    /** The first scenario as version 0 would have written it. */
    static String version0Text() {
        try {
            String v1 = Files.readString(Scenarios.files().get(0));
            String v0 = v1.replace("\"schemaVersion\": 1", "\"schemaVersion\": 0")
                    .replace("\"serviceAccountEmail\":", "\"serviceAccount\":");
            if (v0.equals(v1) || !v0.contains("\"serviceAccount\": \"sf-sync@acmerobotics.example\"")) {
                throw new IllegalStateException("the first scenario no longer has the fields this test rewrites");
            }
            return v0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
