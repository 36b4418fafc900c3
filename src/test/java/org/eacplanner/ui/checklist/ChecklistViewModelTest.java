package org.eacplanner.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.Scenarios;
import org.eacplanner.ui.checklist.ChecklistViewModel.Layout;
import org.eacplanner.ui.checklist.ChecklistViewModel.Phase;
import org.eacplanner.ui.checklist.ChecklistViewModel.TrackKind;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.findings.EvaluationViewModel;
import org.junit.jupiter.api.Test;

/** The Checklist step's state without a window: tracks, phases, progress as every export counts it, edits. */
class ChecklistViewModelTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

    private static Assessment scenario(String name) throws Exception {
        return AssessmentJson.mapper().readValue(Scenarios.folder().resolve(name + ".eacplan.json").toFile(),
                Assessment.class);
    }

    private static ChecklistViewModel vm(AssessmentDocument document) {
        EvaluationViewModel evaluation = new EvaluationViewModel(document, Planner.forLocale(Locale.ENGLISH),
                Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        evaluation.asOfProperty().set(AS_OF);
        return new ChecklistViewModel(evaluation, document);
    }

    private static List<String> ids(Phase p) {
        return p.items().stream().map(ChecklistEntry::itemId).toList();
    }

    @Test
    void aHybridPlanHasThreeTracksEachInPhasesAndTheRestOneTrack() throws Exception {
        Layout hybrid = vm(new AssessmentDocument(scenario("hybrid-se-eac-pilot"))).layout();
        assertThat(hybrid.tracks()).extracting(ChecklistViewModel.Track::kind)
                .containsExactly(TrackKind.SHARED, TrackKind.ONLINE, TrackKind.ON_PREMISES);
        assertThat(hybrid.tracks().get(0).phases()).extracting(Phase::id).allMatch(id -> id.startsWith("shared-"));
        hybrid.tracks().forEach(t -> t.phases().forEach(p -> assertThat(p.items())
                .allMatch(e -> e.phase() == p.number())));

        Layout single = vm(new AssessmentDocument(scenario("exo-service-account"))).layout();
        assertThat(single.tracks()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TrackKind.ALL);
            assertThat(t.phases()).extracting(Phase::number).isSorted().doesNotHaveDuplicates();
        });
        assertThat(single.overall().total()).isEqualTo(single.tracks().get(0).phases().stream()
                .mapToInt(p -> p.items().size()).sum());
    }

    @Test
    void doneAndNotApplicableCountAsFinishedAndEditsReachTheDocument() throws Exception {
        AssessmentDocument document = new AssessmentDocument(scenario("exo-service-account"));
        ChecklistViewModel vm = vm(document);
        Phase first = vm.layout().tracks().get(0).phases().get(0);
        assertThat(first.items()).hasSizeGreaterThanOrEqualTo(2);
        long before = vm.layout().overall().finished();
        String a = ids(first).get(0);
        String b = ids(first).get(1);

        vm.setStatus(a, ProgressStatus.DONE);
        vm.setStatus(b, ProgressStatus.NOT_APPLICABLE);
        vm.setOwner(a, "Dana");
        vm.setDueDate(a, LocalDate.of(2027, 1, 15));
        vm.setNotes(a, "pilot first");

        Phase now = vm.layout().tracks().get(0).phases().get(0);
        assertThat(now.progress().finished()).isEqualTo(first.progress().finished() + 2);
        assertThat(vm.layout().overall().finished()).isEqualTo(before + 2);
        assertThat(document.assessment().checklist()).filteredOn(p -> p.itemId().equals(a)).singleElement()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(ProgressStatus.DONE);
                    assertThat(p.owner()).isEqualTo("Dana");
                    assertThat(p.dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
                    assertThat(p.notes()).isEqualTo("pilot first");
                });
        document.undo();
        assertThat(document.assessment().checklist()).filteredOn(p -> p.itemId().equals(a)).singleElement()
                .satisfies(p -> assertThat(p.notes()).isNull());
    }

    @Test
    void aFileOpenForReviewTakesNoEdit() throws Exception {
        AssessmentDocument document = new AssessmentDocument(scenario("exo-service-account"));
        document.replace(document.assessment(), true);
        ChecklistViewModel vm = vm(document);
        String item = ids(vm.layout().tracks().get(0).phases().get(0)).get(0);
        assertThatThrownBy(() -> vm.setStatus(item, ProgressStatus.DONE)).isInstanceOf(IllegalStateException.class);
        assertThat(document.modifiedProperty().get()).isFalse();
    }
}
