package org.eacplanner.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Org;
import org.eacplanner.storage.AssessmentFile.Access;
import org.eacplanner.storage.SaveException.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentStoreTest {

    static final Planner PLANNER = Planner.forLocale(Locale.ENGLISH);
    static final Instant NOW = Instant.parse("2026-12-01T08:30:00Z");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final AssessmentStore store = new AssessmentStore(PLANNER, new AtomicFileWriter(),
            Clock.fixed(NOW.plusMillis(789), ZoneOffset.UTC));

    @AfterEach
    void close() throws IOException {
        fs.close();
    }

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyScenarioSavesAndReloadsToAnEqualModelAndASecondSaveGivesTheSameBytes(Path scenario) throws Exception {
        Path file = copyIn(scenario);
        AssessmentFile opened = store.open(file);
        assertThat(opened.access()).isEqualTo(Access.EDITABLE);

        AssessmentFile saved = store.save(opened, opened.saved(), AS_OF);
        byte[] first = Files.readAllBytes(file);
        AssessmentFile reopened = store.open(file);

        assertThat(reopened.saved().stamped(null, null)).isEqualTo(opened.saved().stamped(null, null));
        assertThat(reopened.saved()).isEqualTo(saved.saved());
        assertThat(reopened.saved().updatedAt()).as("no edit, so updatedAt stays").isEqualTo(opened.saved().updatedAt());
        assertThat(reopened.saved().lastEvaluation()).isEqualTo(PLANNER.evaluate(opened.saved(), AS_OF).snapshot());
        assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(file))).isEqualTo(Files.readAllBytes(scenario));

        store.save(reopened, reopened.saved(), AS_OF);
        assertThat(Files.readAllBytes(file)).as("a second save without an edit").isEqualTo(first);
        store.save(saved, opened.saved(), AS_OF);
        assertThat(Files.readAllBytes(file)).as("the GUI's unchanged model, saved again").isEqualTo(first);
    }

    @Test
    void anEditStampsUpdatedAtAndAnotherDateOnlyChangesLastEvaluation() throws Exception {
        Path file = copyIn(Scenarios.files().get(0));
        AssessmentFile opened = store.open(file);
        Instant loadedUpdatedAt = opened.saved().updatedAt();

        AssessmentFile later = store.save(opened, opened.saved(), AS_OF.plusDays(200));
        assertThat(later.saved().updatedAt()).isEqualTo(loadedUpdatedAt);
        assertThat(later.saved().lastEvaluation().asOf()).isEqualTo(AS_OF.plusDays(200));
        assertThat(later.saved().lastEvaluation()).isNotEqualTo(PLANNER.evaluate(opened.saved(), AS_OF).snapshot());

        Assessment edited = withNotes(later.saved(), "Called the client on Monday.");
        assertThat(later.hasUnsavedChanges(edited)).isTrue();
        assertThat(later.hasUnsavedChanges(later.saved().stamped(null, null))).isFalse();
        AssessmentFile afterEdit = store.save(later, edited, AS_OF);
        assertThat(afterEdit.saved().updatedAt()).as("to the second, from the clock").isEqualTo(NOW);
        assertThat(store.open(file).saved().notes()).isEqualTo("Called the client on Monday.");
    }

    @Test
    void saveAsWritesANewFileAndANewAssessmentGetsItsFirstUpdatedAt() throws Exception {
        Path target = fs.getPath("/new.eacplan.json");
        Assessment fresh = Assessment.empty("6f1c2f8e-55b4-4d3c-9f39-2c3f0f4e8a11", NOW.minusSeconds(60));

        AssessmentFile saved = store.saveAs(null, fresh, target, AS_OF);

        assertThat(saved.path()).isEqualTo(target);
        assertThat(saved.saved().updatedAt()).isEqualTo(NOW);
        assertThat(store.open(target).saved()).isEqualTo(saved.saved());
        assertThat(Files.exists(AtomicFileWriter.backupOf(target))).isFalse();
    }

    @Test
    void aFileThatFailedToLoadIsNeverWrittenTo() throws Exception {
        Path file = fs.getPath("/broken.eacplan.json");
        byte[] broken = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, \"org\": {\"userCount\": -3}}"
                .getBytes(UTF_8);
        Files.write(file, broken);
        assertThatThrownBy(() -> store.open(file)).isInstanceOf(AssessmentLoadException.class);

        Assessment other = store.open(copyIn(Scenarios.files().get(0))).saved();
        assertThatThrownBy(() -> store.saveAs(null, other, file, AS_OF))
                .isInstanceOf(SaveException.class)
                .hasMessage("Could not save /broken.eacplan.json: this file could not be opened, so the app will not "
                        + "write over it; save under another name (before writing anything). The file on disk is "
                        + "unchanged.");
        assertThat(Files.readAllBytes(file)).isEqualTo(broken);
        assertThat(Files.exists(AtomicFileWriter.backupOf(file))).isFalse();
    }

    @Test
    void aNewerFormatOpensReadOnlyAndIsNeverSaved() throws Exception {
        Path file = fs.getPath("/future.eacplan.json");
        byte[] future = Files.readString(Scenarios.files().get(0)).replace("\"schemaVersion\": 1", "\"schemaVersion\": 7")
                .getBytes(UTF_8);
        Files.write(file, future);

        AssessmentFile opened = store.open(file);
        assertThat(opened.access()).isEqualTo(Access.NEWER_FORMAT);
        assertThat(opened.readOnly()).isTrue();
        assertThat(opened.fileSchemaVersion()).isEqualTo(7);

        assertThatThrownBy(() -> store.save(opened, opened.saved(), AS_OF))
                .isInstanceOf(SaveException.class)
                .hasMessageContaining("it was written by a newer version of the app");
        assertThatThrownBy(() -> store.saveAs(opened, opened.saved(), fs.getPath("/copy.eacplan.json"), AS_OF))
                .isInstanceOf(SaveException.class)
                .satisfies(e -> assertThat(((SaveException) e).step()).isEqualTo(Step.CHECK));
        assertThat(Files.readAllBytes(file)).isEqualTo(future);
        assertThat(Files.exists(fs.getPath("/copy.eacplan.json"))).isFalse();
    }

    @Test
    void openForReviewIsReadOnlyButMaySaveACopy() throws Exception {
        Path file = copyIn(Scenarios.files().get(1));
        byte[] before = Files.readAllBytes(file);
        AssessmentFile review = store.openForReview(file);
        assertThat(review.access()).isEqualTo(Access.REVIEW);

        assertThatThrownBy(() -> store.save(review, review.saved(), AS_OF))
                .hasMessage("Could not save " + file + ": it is open for review (read-only) (before writing anything). "
                        + "The file on disk is unchanged.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Path copy = fs.getPath("/copy.eacplan.json");
        assertThat(store.saveAs(review, review.saved(), copy, AS_OF).access()).isEqualTo(Access.EDITABLE);
        assertThat(store.open(copy).saved().stamped(null, null)).isEqualTo(review.saved().stamped(null, null));
    }

    @Test
    void valuesFailingTheSemanticChecksAreMovedToDraftsOnSave() throws Exception {
        ObjectNode tree = (ObjectNode) AssessmentJson.mapper().readTree(Scenarios.files().get(0).toFile());
        ((ObjectNode) tree.get("org")).put("orgId", "00D5g000004XyZaAAA");
        ((ObjectNode) tree.get("lightningSync")).put("usersWithErrors", 999);
        ((ObjectNode) tree.get("drafts") == null ? tree.putObject("drafts") : (ObjectNode) tree.get("drafts"))
                .put("$.org.myDomain", "acme..my.salesforce.com");
        var risks = tree.putArray("acceptedRisks");
        risks.addObject().put("ruleId", "LS-RETIREMENT").put("rationale", "first");
        risks.addObject().put("ruleId", "EAC-REPORTING-CHANGE").put("rationale", "other rule");
        risks.addObject().put("ruleId", "LS-RETIREMENT").put("rationale", "second, a repeat");
        Path file = fs.getPath("/semantic.eacplan.json");
        Files.write(file, AssessmentJson.mapper().writeValueAsBytes(tree));

        AssessmentFile opened = store.open(file);
        assertThat(opened.semanticProblems()).extracting(LoadProblem::where).containsExactly("$.org.orgId",
                "$.lightningSync.usersWithErrors", "$.acceptedRisks[2].ruleId");
        assertThat(opened.readOnly()).isFalse();

        AssessmentFile saved = store.save(opened, opened.saved(), AS_OF);

        Assessment a = saved.saved();
        assertThat(a.org().orgId()).isNull();
        assertThat(a.lightningSync().usersWithErrors()).isNull();
        assertThat(a.lightningSync().usersSyncing()).isEqualTo(205);
        assertThat(a.acceptedRisks()).extracting(r -> r.rationale()).containsExactly("first", "other rule");
        assertThat(a.drafts()).containsExactly(
                java.util.Map.entry("$.org.myDomain", "acme..my.salesforce.com"),
                java.util.Map.entry("$.org.orgId", "00D5g000004XyZaAAA"),
                java.util.Map.entry("$.lightningSync.usersWithErrors", "999"),
                java.util.Map.entry("$.acceptedRisks[2]", "{\"ruleId\":\"LS-RETIREMENT\",\"rationale\":\"second, a "
                        + "repeat\",\"acceptedBy\":null,\"acceptedOn\":null,\"expires\":null}"));
        assertThat(a.updatedAt()).as("moving values is a change of content").isEqualTo(NOW);
        LoadedAssessment strict = new AssessmentReader().loadStrict(file);
        assertThat(strict.assessment()).isEqualTo(a);
    }

    private Path copyIn(Path scenario) throws IOException {
        Path target = fs.getPath("/clients", scenario.getFileName().toString());
        Files.createDirectories(target.getParent());
        Files.write(target, Files.readAllBytes(scenario));
        return target;
    }

    private static Assessment withNotes(Assessment a, String notes) {
        return new Assessment(a.format(), a.schemaVersion(), a.id(), a.title(), a.createdAt(), a.updatedAt(),
                a.preparedBy(), a.client(), new Org(a.org().name(), a.org().orgId(), a.org().edition(), a.org().cloud(),
                        a.org().instance(), a.org().myDomain(), a.org().products(), a.org().userInterfaces(),
                        a.org().userCount(), a.org().unknownFields()),
                a.exchange(), a.lightningSync(), a.eac(), a.probes(), a.checklist(), a.acceptedRisks(), notes,
                a.drafts(), a.approvedRoots(), a.lastEvaluation(), a.imports(), a.unknownFields());
    }
}
