package org.eacplanner.ui.wizard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.AssessmentFile;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.findings.EvaluationViewModel;

/**
 * Everything the wizard works on: the document, its live evaluation, and the navigation with the step marks
 * (a step has blockers when an open blocker's condition reads one of its answers).
 */
public final class Workspace {

    private final Clock clock;
    private final AssessmentDocument document;
    private final EvaluationViewModel evaluation;
    private final WizardViewModel wizard = new WizardViewModel();
    private final ReadOnlyObjectWrapper<Review> review =
            new ReadOnlyObjectWrapper<>();

    public Workspace(Planner planner, Clock clock) {
        this.clock = clock;
        this.document = new AssessmentDocument(blank());
        this.evaluation = new EvaluationViewModel(document, planner, clock);
        evaluation.planProperty().addListener(o -> updateMarks());
        wizard.currentProperty().addListener(o -> {
            evaluation.forgetLastChange(); // "What changed" is about the step the user was on
            updateMarks();
        });
        document.assessmentProperty().addListener(o -> updateMarks());
        updateMarks();
    }

    /**
     * Why the assessment is open read-only: opened for review, of a newer format ({@code fileSchemaVersion}), or
     * not writable on disk.
     */
    public record Review(AssessmentFile.Access access, int fileSchemaVersion) {
    }

    /** Review mode and why; null while the assessment is editable. */
    public ReadOnlyObjectProperty<Review> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** Today, by the workspace's clock (tests fix it). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public AssessmentDocument document() {
        return document;
    }

    public EvaluationViewModel evaluation() {
        return evaluation;
    }

    public WizardViewModel wizard() {
        return wizard;
    }

    /** Starts over on {@code a}, at the first step, editable. */
    public void open(Assessment a) {
        open(a, null);
    }

    /**
     * Starts over on {@code a}, at the first step; with a {@code review}, read-only (review mode), and the banner
     * says why.
     */
    public void open(Assessment a, Review review) {
        this.review.set(review);
        evaluation.showSavedProperty().set(false);
        document.replace(a, review != null);
        evaluation.forgetLastChange();
        wizard.reset();
        updateMarks();
    }

    /** Ends review mode: the assessment was saved as an editable copy. */
    public void makeEditable() {
        review.set(null);
        evaluation.showSavedProperty().set(false);
        document.makeEditable();
    }

    public void newAssessment() {
        open(blank());
    }

    private Assessment blank() {
        return Assessment.empty(UUID.randomUUID().toString(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The same window in another language: the steps visited in {@code old} and its current step. */
    public void resume(WizardViewModel old) {
        wizard.resume(old.visitedSteps(), old.current());
        updateMarks();
    }

    private void updateMarks() {
        for (Step step : Step.values()) {
            List<String> blockers = evaluation.plan().findings().stream()
                    .filter(Finding::isOpenBlocker)
                    .filter(f -> evaluation.plannerProperty().get().catalog().rule(f.ruleId())
                            .map(r -> r.fields().stream().anyMatch(p -> stepOf(p) == step)).orElse(false))
                    .map(Finding::title).toList();
            long invalid = invalidAnswers(step);
            long missing = missingAnswers(step);
            boolean seen = wizard.visited(step) || answeredAny(step);
            if (!blockers.isEmpty()) {
                wizard.setState(step, StepState.HAS_BLOCKERS,
                        StepWhy.of("blockers", blockers.size(), String.join("; ", blockers)));
            } else if (invalid > 0) {
                wizard.setState(step, StepState.INCOMPLETE, StepWhy.of("invalid", invalid));
            } else if (step == Step.LIVE_CHECKS) {
                markLiveChecks();
            } else if (seen && missing > 0) {
                wizard.setState(step, StepState.INCOMPLETE, StepWhy.of("missing", missing));
            } else if (seen) {
                wizard.setState(step, StepState.COMPLETE, StepWhy.of(StepForms.sections(step).isEmpty()
                        ? "visited" : "complete"));
            } else {
                wizard.setState(step, StepState.NOT_VISITED, StepWhy.of("notVisited"));
            }
        }
    }

    /** The Live checks step's mark comes from the saved results: none, some failed or not finished, or all fine. */
    private void markLiveChecks() {
        List<ProbeResult> results = document.assessment().probes();
        long bad = results.stream().filter(r -> r.outcome() == Outcome.FAIL || r.outcome() == Outcome.ERROR).count();
        long ran = results.stream().filter(r -> r.outcome() != Outcome.SKIPPED).count();
        if (ran == 0) {
            wizard.setState(Step.LIVE_CHECKS, StepState.NOT_VISITED, StepWhy.of("checksNone"));
        } else if (bad > 0) {
            wizard.setState(Step.LIVE_CHECKS, StepState.INCOMPLETE, StepWhy.of("checksFailed", bad, ran));
        } else {
            wizard.setState(Step.LIVE_CHECKS, StepState.COMPLETE, StepWhy.of("checksPassed", ran));
        }
    }

    /** Whether any question of the step is answered (an opened file's steps are marked without a visit). */
    private boolean answeredAny(Step step) {
        return StepForms.sections(step).stream().flatMap(sec -> sec.fields().stream())
                .anyMatch(f -> f.field().read(document.assessment()) != null);
    }

    /** Text that did not pass validation is kept in drafts; its step is marked until it is fixed. */
    private long invalidAnswers(Step step) {
        return document.assessment().drafts().keySet().stream()
                .filter(key -> StepForms.sections(step).stream()
                        .anyMatch(sec -> sec.fields().stream().anyMatch(f -> key.equals(f.field().jsonPath()))))
                .count();
    }

    /** The questions that are asked (not hidden) and still unknown. */
    private long missingAnswers(Step step) {
        return StepForms.sections(step).stream().flatMap(sec -> sec.fields().stream())
                .filter(f -> f.shownWhen().test(document.assessment()) && f.field().read(document.assessment()) == null)
                .count();
    }

    /** The step that asks the answer at {@code path}. */
    static Step stepOf(String path) {
        String section = path.split("\\.")[0];
        return switch (section) {
            case "exchange" -> Step.MICROSOFT;
            case "lightningSync" -> Step.LIGHTNING_SYNC;
            case "eac" -> Step.EAC;
            default -> Step.ORGANIZATION;
        };
    }
}
