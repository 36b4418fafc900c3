package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSummaryTest {

    @TempDir
    Path dir;

    @Test
    void aSavedFileGivesItsClientDateAndOpenBlockersAsSaved() throws Exception {
        Planner planner = Planner.forLocale(Locale.ENGLISH);
        Path scenario = Scenarios.folder().resolve("exo-service-account.eacplan.json");
        Assessment a = new AssessmentReader().load(scenario).assessment();
        LocalDate asOf = LocalDate.of(2026, 11, 24);
        AssessmentFile saved = new AssessmentStore(planner).saveAs(null, a, dir.resolve("a.eacplan.json"), asOf);

        FileSummary s = FileSummary.of(saved.path());

        long blockers = planner.evaluate(a, asOf).findings().stream()
                .filter(f -> f.severity() == Severity.BLOCKER && !f.accepted()).count();
        assertThat(s.readable()).isTrue();
        assertThat(s.client()).isEqualTo(a.client().name());
        assertThat(s.title()).isEqualTo(a.title());
        assertThat(s.updatedAt()).isEqualTo(saved.saved().updatedAt());
        assertThat(s.blockers()).isEqualTo(blockers).isPositive();
        assertThat(s.evaluatedAsOf()).isEqualTo(asOf);
    }

    @Test
    void aFileNeverEvaluatedOrUnreadableSaysSo() throws Exception {
        Path scenario = Scenarios.folder().resolve("exo-service-account.eacplan.json");
        assertThat(FileSummary.of(scenario).blockers()).as("no lastEvaluation in the scenario").isEqualTo(-1);

        FileSummary broken = FileSummary.of(Files.writeString(dir.resolve("b.eacplan.json"), "{ not json"));
        assertThat(broken.readable()).isFalse();
        assertThat(broken.problem()).contains("b.eacplan.json");
        assertThat(FileSummary.of(dir.resolve("gone.eacplan.json")).readable()).isFalse();
    }
}
