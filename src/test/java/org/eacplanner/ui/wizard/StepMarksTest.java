package org.eacplanner.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;

/** The step marks say why, come from the answers (an opened file is marked without visits) and survive a resume. */
class StepMarksTest {

    private final Planner planner = Planner.forLocale(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    private Assessment scenario(String name) throws Exception {
        Path file = Scenarios.folder().resolve(name + ".eacplan.json");
        return new AssessmentReader().load(file).assessment();
    }

    private static String words(Workspace w, Step step, Locale locale) {
        StepWhy why = w.wizard().why(step);
        return Messages.ui(locale).get(why.key(), why.args().toArray());
    }

    @Test
    void anOpenedFileIsMarkedFromItsAnswersAndItsBlockersAreNamed() throws Exception {
        Workspace w = new Workspace(planner, clock);
        w.open(scenario("exo-service-account"));
        assertThat(w.wizard().state(Step.LIGHTNING_SYNC)).isEqualTo(StepState.HAS_BLOCKERS);
        assertThat(words(w, Step.LIGHTNING_SYNC, Locale.ENGLISH)).contains("open blocker")
                .contains(w.evaluation().plan().findings().stream().filter(f -> f.ruleId().equals("LS-EWS-EXO"))
                        .findFirst().orElseThrow().title());
        assertThat(w.wizard().state(Step.ORGANIZATION)).as("answered, not visited").isNotEqualTo(StepState.NOT_VISITED);
        assertThat(w.wizard().state(Step.LIVE_CHECKS)).isEqualTo(StepState.NOT_VISITED);
        assertThat(words(w, Step.LIVE_CHECKS, Locale.ENGLISH)).isEqualTo("No live check has been run and saved yet (skipped checks do not count).");
        assertThat(words(w, Step.LIVE_CHECKS, Locale.GERMAN)).startsWith("Noch keine Live-Prüfung");
    }

    @Test
    void theLiveChecksMarkComesFromTheSavedResults() throws Exception {
        Workspace w = new Workspace(planner, clock);
        Assessment a = scenario("exo-service-account");
        w.open(a);
        w.wizard().jumpTo(Step.LIVE_CHECKS);
        w.wizard().jumpTo(Step.FINDINGS);
        assertThat(w.wizard().state(Step.LIVE_CHECKS)).as("visited, nothing run: no tick")
                .isEqualTo(StepState.NOT_VISITED);
        w.document().apply(x -> withProbes(x, Outcome.PASS, Outcome.ERROR));
        assertThat(w.wizard().state(Step.LIVE_CHECKS)).isEqualTo(StepState.INCOMPLETE);
        assertThat(words(w, Step.LIVE_CHECKS, Locale.ENGLISH)).startsWith("1 of 2 saved checks failed");
        w.document().apply(x -> withProbes(x, Outcome.PASS, Outcome.WARN));
        assertThat(w.wizard().state(Step.LIVE_CHECKS)).isEqualTo(StepState.COMPLETE);
        w.document().apply(x -> withProbes(x, Outcome.SKIPPED, Outcome.SKIPPED));
        assertThat(w.wizard().state(Step.LIVE_CHECKS)).as("nothing ran: no tick").isEqualTo(StepState.NOT_VISITED);
    }

    @Test
    void anotherLanguageKeepsTheVisitsAndTheMarks() throws Exception {
        Workspace before = new Workspace(planner, clock);
        before.newAssessment();
        before.wizard().jumpTo(Step.EAC);
        before.wizard().jumpTo(Step.CHECKLIST);
        Workspace after = new Workspace(Planner.forLocale(Locale.GERMAN), clock);
        after.open(before.document().assessment());
        after.resume(before.wizard());
        assertThat(after.wizard().current()).isEqualTo(Step.CHECKLIST);
        for (Step s : Step.values()) {
            assertThat(after.wizard().state(s)).as(s.name()).isEqualTo(before.wizard().state(s));
            assertThat(after.wizard().why(s)).as(s.name()).isEqualTo(before.wizard().why(s));
        }
        assertThat(after.wizard().state(Step.ORGANIZATION)).isEqualTo(StepState.INCOMPLETE);
    }

    private static Assessment withProbes(Assessment a, Outcome... outcomes) {
        List<ProbeResult> results = new java.util.ArrayList<>();
        ProbeId[] ids = ProbeId.values();
        for (int i = 0; i < outcomes.length; i++) {
            results.add(new ProbeResult(ids[i], "acme.example", Instant.parse("2026-12-07T09:00:00Z"),
                    Instant.parse("2026-12-07T09:00:01Z"), outcomes[i], null, false, false, List.of(), List.of(), null));
        }
        return a.withProbes(results);
    }
}
