package org.eacplanner.ui.probe;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeItem;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.AssessmentProbes;
import org.eacplanner.probe.NetworkCheck;
import org.eacplanner.probe.ProbeCredentials;
import org.eacplanner.probe.ProbeEndpoints;
import org.eacplanner.probe.ProbeInputs;
import org.eacplanner.probe.ProbeListener;
import org.eacplanner.probe.ProbeSettings;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The Live checks step: a run of the chosen probes and its step tree, made of its parts — what the admin types
 * ({@link LiveCheckInputs}), the network preferences ({@link LiveCheckSettings}), the proposed answers
 * ({@link ProposalsViewModel}) and the org's approved-CA list ({@link ApprovedRootsViewModel}). The run starts
 * through the task runner (making a runner reads the trust store) and its progress is delivered through
 * {@code ui}; all state here changes on that thread. Secrets typed for a run are taken out of their fields when it
 * starts and wiped by the runner when it ends; they are never stored.
 */
public final class LiveChecksViewModel {

    /** A probe's progress in the tree. */
    public enum State { WAITING, RUNNING, DONE }

    /**
     * A row of the step tree: a probe (step null) or one of its steps. A probe row's outcome is its result's,
     * shown as "cancelled" when it was cancelled.
     */
    public record Row(ProbeId probe, State state, String target, ProbeResult result, ProbeResult.Step step) {

        public boolean isProbe() {
            return step == null;
        }

        public Outcome outcome() {
            return step != null ? step.outcome() : result == null ? null : result.outcome();
        }

        public boolean cancelled() {
            return step == null && result != null && Boolean.TRUE.equals(result.cancelled());
        }

        /** Elapsed milliseconds, null while unknown. */
        public Long elapsedMs() {
            if (step != null) {
                return step.elapsedMs();
            }
            return result == null || result.startedAt() == null || result.finishedAt() == null ? null
                    : result.finishedAt().toEpochMilli() - result.startedAt().toEpochMilli();
        }

        public String reason() {
            return step != null ? step.reason() : result == null ? null : result.reason();
        }

        /** A step's advice; for a probe, the advice of its first step with the probe's outcome. */
        public String advice() {
            if (step != null) {
                return step.advice();
            }
            return result == null ? null : result.steps().stream()
                    .filter(s -> s.outcome() == result.outcome() && s.advice() != null)
                    .map(ProbeResult.Step::advice).findFirst().orElse(null);
        }

        /** The evidence as "key: value" lines (a probe row has none of its own). */
        public List<String> evidenceLines() {
            if (step == null) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            step.evidence().forEach((k, v) -> lines.add(k + ": " + v));
            return lines;
        }
    }

    private final AssessmentDocument document;
    private final Messages messages;
    private final Supplier<Planner> planner;
    private final Supplier<LocalDate> asOf;
    private final Executor ui;
    private final TaskRunner tasks;
    private final ProbeRunnerFactory runs;
    private final LiveCheckInputs inputs;
    private final LiveCheckSettings settings;
    private final ProposalsViewModel proposals;
    private final ApprovedRootsViewModel approvedRoots;
    private final ExchangeImportViewModel exchangeImport;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final TreeItem<Row> root = new TreeItem<>();
    private final Map<ProbeId, TreeItem<Row>> probeItems = new EnumMap<>(ProbeId.class);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The last run's network pre-check when it found this computer offline; null otherwise. */
    private final ReadOnlyObjectWrapper<NetworkCheck.Verdict> offline = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canRun;

    private ProbeRunnerFactory.Run run;
    private Listener listener;
    private boolean cancelRequested;
    private ProbeCredentials lastCredentials;
    private String assessmentId;
    private String runAssessmentId;

    public LiveChecksViewModel(AssessmentDocument document, Messages messages, Supplier<Planner> planner,
            Supplier<LocalDate> asOf, LiveCheckPreferences preferences, Executor ui, TaskRunner tasks,
            ProbeRunnerFactory runs) {
        this.document = document;
        this.messages = messages;
        this.planner = planner;
        this.asOf = asOf;
        this.ui = ui;
        this.tasks = tasks;
        this.runs = runs;
        this.inputs = new LiveCheckInputs(messages);
        this.settings = new LiveCheckSettings(messages, preferences);
        this.proposals = new ProposalsViewModel(document, messages, status::set);
        this.approvedRoots = new ApprovedRootsViewModel(document, messages, tasks);
        this.exchangeImport = new ExchangeImportViewModel(document, messages, tasks, proposals, status::set);
        List<Observable> deps = new ArrayList<>(inputs.observables());
        deps.add(running);
        canRun = Bindings.createBooleanBinding(() -> !running.get() && inputs.complete(),
                deps.toArray(Observable[]::new));
        document.assessmentProperty().addListener(o -> {
            if (!Objects.equals(assessmentId, document.assessment().id())) {
                reload();
            }
        });
        reload();
    }

    public LiveCheckInputs inputs() {
        return inputs;
    }

    public LiveCheckSettings settings() {
        return settings;
    }

    public ProposalsViewModel proposals() {
        return proposals;
    }

    public ExchangeImportViewModel exchangeImport() {
        return exchangeImport;
    }

    /** Where background work of the step runs (reading files, saving a script). */
    TaskRunner tasks() {
        return tasks;
    }

    public ApprovedRootsViewModel approvedRoots() {
        return approvedRoots;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** True when the checks can start: not running, an e-mail address, at least one probe ticked. */
    public BooleanBinding canRunBinding() {
        return canRun;
    }

    /** The tree's invisible root: one child per probe, one grandchild per step. */
    public TreeItem<Row> tree() {
        return root;
    }

    /** Set when the last run found this computer offline (its probes were not run, nothing was saved). */
    public ReadOnlyObjectProperty<NetworkCheck.Verdict> offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The credentials of the last run (tests check that they were wiped). */
    ProbeCredentials lastCredentials() {
        return lastCredentials;
    }

    /** Another assessment was opened: its answers prefill the inputs, its saved results fill the tree. */
    private void reload() {
        if (running.get()) {
            cancel();
        }
        Assessment a = document.assessment();
        assessmentId = a.id();
        inputs.prefill(a);
        root.getChildren().clear();
        probeItems.clear();
        offline.set(null);
        for (ProbeResult r : a.probes()) {
            TreeItem<Row> item = new TreeItem<>(new Row(r.probeId(), State.DONE, r.target(), r, null));
            fillSteps(item, r);
            root.getChildren().add(item);
        }
        proposals.reset();
        exchangeImport.reset();
        proposals.show(a.probes());
        status.set(a.probes().isEmpty() ? "" : messages.get("live.status.saved", a.probes().size()));
    }

    /**
     * Starts the ticked probes off the UI thread and returns at once; false (with the reason in the status) when
     * an input is invalid. The secret fields are emptied now; the runner wipes their copies when the run ends.
     */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        Assessment a = document.assessment();
        ProbeInputs probeInputs;
        ProbeEndpoints endpoints;
        LiveCheckPreferences.Values prefs;
        try {
            probeInputs = inputs.probeInputs(a);
            endpoints = inputs.endpoints();
            prefs = settings.values();
        } catch (IllegalArgumentException e) {
            status.set(messages.get("live.status.invalid", e.getMessage()));
            return false;
        }
        ProbeCredentials creds = inputs.takeCredentials(prefs.proxyMode());
        lastCredentials = creds;
        EnumSet<ProbeId> chosen = inputs.chosen();
        root.getChildren().clear();
        probeItems.clear();
        proposals.clear();
        offline.set(null);
        for (ProbeId id : chosen) {
            TreeItem<Row> item = new TreeItem<>(new Row(id, State.WAITING, null, null, null));
            probeItems.put(id, item);
            root.getChildren().add(item);
        }
        running.set(true);
        runAssessmentId = a.id();
        status.set(messages.get("live.status.running", chosen.size()));
        cancelRequested = false;
        Listener l = new Listener();
        listener = l;
        tasks.run(() -> {
            ProbeSettings s = prefs.toSettings(endpoints).withLocale(messages.locale()).withAppWording();
            return runs.start(s, probeInputs, creds, chosen, l);
        }, started -> {
            if (l.ended || listener != l) {
                started.close(); // it ended (or was replaced) before this callback: nothing more to stop
                return;
            }
            run = started;
            if (cancelRequested) {
                started.cancel();
            }
        }, e -> {
            creds.clear();
            running.set(false);
            root.getChildren().clear();
            probeItems.clear();
            status.set(messages.get("live.status.failed", e.getMessage()));
        });
        return true;
    }

    /** Cancels the running probes; each ends at once as cancelled, keeping the steps it finished. */
    public void cancel() {
        cancelRequested = true;
        if (run != null) {
            run.cancel();
        }
    }

    /** Stops a running batch and its threads (the window closes). */
    public void dispose() {
        cancel();
        if (run != null) {
            run.close();
            run = null;
        }
        inputs.clearSecrets();
    }

    /** Relays the runner's progress to the UI thread. */
    private final class Listener implements ProbeListener {
        private boolean ended;
        private NetworkCheck.Verdict network;

        @Override
        public void networkChecked(NetworkCheck.Verdict verdict) {
            ui.execute(() -> network = verdict);
        }

        @Override
        public void started(ProbeId probe, String target) {
            ui.execute(() -> update(probe, new Row(probe, State.RUNNING, target, null, null)));
        }

        @Override
        public void stepFinished(ProbeId probe, ProbeResult.Step step) {
            ui.execute(() -> {
                TreeItem<Row> item = probeItems.get(probe);
                if (item != null && item.getValue().state() != State.DONE) {
                    item.getChildren().add(new TreeItem<>(new Row(probe, State.DONE, null, null, step)));
                }
            });
        }

        @Override
        public void finished(ProbeResult result) {
            ui.execute(() -> {
                update(result.probeId(), new Row(result.probeId(), State.DONE, result.target(), result, null));
                TreeItem<Row> item = probeItems.get(result.probeId());
                if (item != null) {
                    fillSteps(item, result);
                }
            });
        }

        @Override
        public void allFinished(List<ProbeResult> results) {
            ui.execute(() -> {
                ended = true;
                if (listener == this) {
                    if (run != null) {
                        run.close();
                        run = null;
                    }
                    listener = null;
                }
                finish(results, network != null && network.offline() ? network : null);
            });
        }
    }

    private void update(ProbeId probe, Row row) {
        TreeItem<Row> item = probeItems.get(probe);
        if (item != null && item.getValue().state() != State.DONE) {
            item.setValue(row);
        }
    }

    private static void fillSteps(TreeItem<Row> item, ProbeResult r) {
        List<TreeItem<Row>> steps = new ArrayList<>();
        for (ProbeResult.Step s : r.steps()) {
            steps.add(new TreeItem<>(new Row(r.probeId(), State.DONE, null, null, s)));
        }
        item.getChildren().setAll(steps);
        item.setExpanded(r.outcome() != Outcome.PASS && r.outcome() != Outcome.SKIPPED);
    }

    /**
     * The run ended: results saved in the assessment (cancelled ones are not), proposals shown, counts in the status.
     * Offline, nothing ran: the saved results of an earlier run stay, and the status says so.
     */
    private void finish(List<ProbeResult> results, NetworkCheck.Verdict offlineVerdict) {
        running.set(false);
        if (!Objects.equals(runAssessmentId, document.assessment().id()) || document.isReadOnly()) {
            return; // another assessment (or the same file, for review) was opened meanwhile: not saved into it
        }
        if (offlineVerdict != null) {
            offline.set(offlineVerdict);
            status.set(messages.get("live.status.offline", results.size()));
            return;
        }
        List<ProbeResult> complete = results.stream().filter(r -> !Boolean.TRUE.equals(r.cancelled())).toList();
        if (!complete.isEmpty()) {
            document.apply(a -> AssessmentProbes.withResults(a, complete, planner.get(), asOf.get(), Instant.now()));
        }
        proposals.show(complete);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        long cancelled = results.stream().filter(r -> Boolean.TRUE.equals(r.cancelled())).count();
        complete.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        status.set(messages.get("live.status.done", counts.get(Outcome.PASS), counts.get(Outcome.WARN),
                counts.get(Outcome.FAIL), counts.get(Outcome.ERROR), counts.get(Outcome.SKIPPED), cancelled));
    }
}
