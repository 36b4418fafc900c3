package org.eacplanner.ui.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.model.ApprovedRoots;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.ApprovedRootsLoader;
import org.eacplanner.probe.AssessmentProbes;
import org.eacplanner.probe.HostPort;
import org.eacplanner.probe.ProbeBatch;
import org.eacplanner.probe.ProbeCredentials;
import org.eacplanner.probe.ProbeEndpoints;
import org.eacplanner.probe.ProbeInputs;
import org.eacplanner.probe.ProbeListener;
import org.eacplanner.probe.ProbeRunner;
import org.eacplanner.probe.ProbeSettings;
import org.eacplanner.probe.Proposals;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.probe.Secret;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The Live checks step (probes.md): what to check, the network preferences, a run of the chosen probes on the
 * probe runner's threads (progress marshalled to the UI thread by {@code ui}), the step tree, the proposed
 * inventory answers the admin accepts or rejects, and the org's own approved-CA list. Secrets typed for a run are
 * taken out of their fields when it starts and wiped by the runner when it ends; they are never stored.
 */
public final class LiveChecksViewModel {

    /** A probe's progress in the tree. */
    public enum State { WAITING, RUNNING, DONE }

    /** The admin's decision on a proposed answer; null while undecided. */
    public enum Decision { ACCEPT, REJECT }

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

        public String advice() {
            return step == null ? null : step.advice();
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

    /** A proposed answer, the answer it would replace, and the admin's decision. */
    public static final class ProposalRow {
        private final Proposals.Preview preview;
        private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();

        ProposalRow(Proposals.Preview preview) {
            this.preview = preview;
        }

        public ProbeResult.Proposal proposal() {
            return preview.proposal();
        }

        /** The field's path without the leading {@code $.}, e.g. {@code exchange.authMethods}. */
        public String field() {
            String p = preview.proposal().path();
            return p.startsWith("$.") ? p.substring(2) : p;
        }

        public Object currentValue() {
            return preview.currentValue();
        }

        public Object newValue() {
            return preview.proposal().value();
        }

        public ObjectProperty<Decision> decisionProperty() {
            return decision;
        }
    }

    private final AssessmentDocument document;
    private final Messages messages;
    private final Supplier<Planner> planner;
    private final Supplier<LocalDate> asOf;
    private final LiveCheckPreferences preferences;
    private final Executor ui;

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty tenant = new SimpleStringProperty("");
    private final StringProperty ewsUrl = new SimpleStringProperty("");
    private final StringProperty myDomain = new SimpleStringProperty("");
    private final StringProperty serviceAccount = new SimpleStringProperty("");
    private final StringProperty targetMailbox = new SimpleStringProperty("");
    private final StringProperty autodiscoverUrl = new SimpleStringProperty("");
    private final StringProperty authority = new SimpleStringProperty("");
    private final StringProperty dnsServer = new SimpleStringProperty("");
    private final StringProperty salesforceUrl = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty proxyPassword = new SimpleStringProperty("");

    private final ObjectProperty<ProxySettings.Mode> proxyMode = new SimpleObjectProperty<>();
    private final StringProperty proxyHost = new SimpleStringProperty();
    private final StringProperty proxyPort = new SimpleStringProperty();
    private final StringProperty proxyUser = new SimpleStringProperty();
    private final StringProperty trustCaPath = new SimpleStringProperty();
    private final StringProperty connectTimeout = new SimpleStringProperty();
    private final StringProperty readTimeout = new SimpleStringProperty();

    private final Map<ProbeId, BooleanProperty> selected = new EnumMap<>(ProbeId.class);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final TreeItem<Row> root = new TreeItem<>();
    private final Map<ProbeId, TreeItem<Row>> probeItems = new EnumMap<>(ProbeId.class);
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper approvedRootsInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper approvedRootsError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRun;

    private final Object lock = new Object();
    private ProbeBatch batch;
    private ProbeRunner runner;
    private boolean cancelRequested;
    private ProbeCredentials lastCredentials;
    private String assessmentId;
    private String runAssessmentId;

    public LiveChecksViewModel(AssessmentDocument document, Messages messages, Supplier<Planner> planner,
            Supplier<LocalDate> asOf, LiveCheckPreferences preferences, Executor ui) {
        this.document = document;
        this.messages = messages;
        this.planner = planner;
        this.asOf = asOf;
        this.preferences = preferences;
        this.ui = ui;
        for (ProbeId id : ProbeId.values()) {
            selected.put(id, new SimpleBooleanProperty(true));
        }
        showPreferences(preferences.load());
        for (var p : List.of(proxyHost, proxyPort, proxyUser, trustCaPath, connectTimeout, readTimeout)) {
            p.addListener(o -> savePreferences());
        }
        proxyMode.addListener(o -> savePreferences());
        List<javafx.beans.Observable> deps = new ArrayList<>(selected.values());
        deps.add(running);
        deps.add(email);
        canRun = Bindings.createBooleanBinding(() -> !running.get() && email.get() != null
                && org.eacplanner.model.InputRules.email(email.get().trim()) == null && selected.values().stream().anyMatch(BooleanProperty::get),
                deps.toArray(javafx.beans.Observable[]::new));
        document.assessmentProperty().addListener(o -> {
            if (!Objects.equals(assessmentId, document.assessment().id())) {
                reload();
            }
            showApprovedRoots();
        });
        reload();
    }

    /** The step's view model in the app: progress delivered on the JavaFX thread. */
    public static LiveChecksViewModel forWorkspace(org.eacplanner.ui.wizard.Workspace workspace, Messages messages,
            LiveCheckPreferences preferences) {
        var evaluation = workspace.evaluation();
        return new LiveChecksViewModel(workspace.document(), messages, evaluation.plannerProperty()::get,
                () -> evaluation.asOfProperty().get() == null ? workspace.today() : evaluation.asOfProperty().get(),
                preferences, javafx.application.Platform::runLater);
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    public StringProperty ewsUrlProperty() {
        return ewsUrl;
    }

    public StringProperty myDomainProperty() {
        return myDomain;
    }

    public StringProperty serviceAccountProperty() {
        return serviceAccount;
    }

    public StringProperty targetMailboxProperty() {
        return targetMailbox;
    }

    public StringProperty autodiscoverUrlProperty() {
        return autodiscoverUrl;
    }

    public StringProperty authorityProperty() {
        return authority;
    }

    public StringProperty dnsServerProperty() {
        return dnsServer;
    }

    public StringProperty salesforceUrlProperty() {
        return salesforceUrl;
    }

    /** The service account's password for this run only: emptied when the run starts. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** The Salesforce access token for this run only: emptied when the run starts. */
    public StringProperty tokenProperty() {
        return token;
    }

    /** The manual proxy's password for this run only: never saved, emptied when the run starts. */
    public StringProperty proxyPasswordProperty() {
        return proxyPassword;
    }

    public BooleanProperty selectedProperty(ProbeId id) {
        return selected.get(id);
    }

    /** Ticks or clears every probe. */
    public void selectAll(boolean on) {
        selected.values().forEach(b -> b.set(on));
    }

    // ---- preferences --------------------------------------------------------------------------------------

    public ObjectProperty<ProxySettings.Mode> proxyModeProperty() {
        return proxyMode;
    }

    public StringProperty proxyHostProperty() {
        return proxyHost;
    }

    public StringProperty proxyPortProperty() {
        return proxyPort;
    }

    public StringProperty proxyUserProperty() {
        return proxyUser;
    }

    public StringProperty trustCaPathProperty() {
        return trustCaPath;
    }

    public StringProperty connectTimeoutProperty() {
        return connectTimeout;
    }

    public StringProperty readTimeoutProperty() {
        return readTimeout;
    }

    private void showPreferences(LiveCheckPreferences.Values v) {
        proxyMode.set(v.proxyMode());
        proxyHost.set(v.proxyHost());
        proxyPort.set(v.proxyPort() > 0 ? Integer.toString(v.proxyPort()) : "");
        proxyUser.set(v.proxyUser());
        trustCaPath.set(v.trustCaPath());
        connectTimeout.set(Integer.toString(v.connectTimeoutSeconds()));
        readTimeout.set(Integer.toString(v.readTimeoutSeconds()));
    }

    /** The preferences as typed; throws {@link IllegalArgumentException} with the bundle's words when invalid. */
    LiveCheckPreferences.Values preferenceValues() {
        int port = proxyMode.get() == ProxySettings.Mode.MANUAL ? number(proxyPort.get(), 1, 65535, "live.invalid.port") : 0;
        if (proxyMode.get() == ProxySettings.Mode.MANUAL && blank(proxyHost.get())) {
            throw new IllegalArgumentException(messages.get("live.invalid.proxyHost"));
        }
        return new LiveCheckPreferences.Values(proxyMode.get(), proxyHost.get(), port, proxyUser.get(), trustCaPath.get(),
                number(connectTimeout.get(), 1, 600, "live.invalid.timeout"),
                number(readTimeout.get(), 1, 600, "live.invalid.timeout"));
    }

    /** Saves the preferences when they are valid (a half-typed port is not saved until it is a number). */
    private void savePreferences() {
        try {
            preferences.save(preferenceValues());
        } catch (IllegalArgumentException e) {
            // kept on screen; saved once valid, and reported when the admin runs the checks
        }
    }

    private int number(String text, int min, int max, String key) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(messages.get(key, min, max));
    }

    // ---- state --------------------------------------------------------------------------------------------

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

    public ObservableList<ProposalRow> proposals() {
        return proposals;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty approvedRootsInfoProperty() {
        return approvedRootsInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty approvedRootsErrorProperty() {
        return approvedRootsError.getReadOnlyProperty();
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
        email.set(orEmpty(a.lightningSync().serviceAccountEmail()));
        serviceAccount.set("");
        targetMailbox.set("");
        tenant.set(orEmpty(a.exchange().tenantDomain()));
        ewsUrl.set(orEmpty(a.exchange().ewsUrl()));
        myDomain.set(orEmpty(a.org().myDomain()));
        clearSecrets();
        root.getChildren().clear();
        probeItems.clear();
        for (ProbeResult r : a.probes()) {
            TreeItem<Row> item = new TreeItem<>(new Row(r.probeId(), State.DONE, r.target(), r, null));
            fillSteps(item, r);
            root.getChildren().add(item);
        }
        showProposals(a.probes());
        status.set(a.probes().isEmpty() ? "" : messages.get("live.status.saved", a.probes().size()));
        showApprovedRoots();
    }

    // ---- running ------------------------------------------------------------------------------------------

    /**
     * Starts the ticked probes off the UI thread and returns at once; false (with the reason in the status) when
     * an input is invalid. The secret fields are emptied now; the runner wipes their copies when the run ends.
     */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        Assessment a = document.assessment();
        ProbeInputs inputs;
        ProbeEndpoints endpoints;
        LiveCheckPreferences.Values prefs;
        try {
            inputs = new ProbeInputs(email.get(), tenant.get(), myDomain.get(), serviceAccount.get(), targetMailbox.get(),
                    a.exchange().deployment(), a.approvedRoots());
            endpoints = new ProbeEndpoints(blank(autodiscoverUrl.get()) ? null : List.of(autodiscoverUrl.get().trim()),
                    trimmed(ewsUrl.get()), trimmed(authority.get()),
                    blank(dnsServer.get()) ? null : HostPort.parse(dnsServer.get(), messages.get("live.dnsServer")),
                    trimmed(salesforceUrl.get()), Map.of());
            prefs = preferenceValues();
        } catch (IllegalArgumentException e) {
            status.set(messages.get("live.status.invalid", e.getMessage()));
            return false;
        }
        ProbeCredentials creds = new ProbeCredentials(secret(password.get()), secret(token.get()),
                prefs.proxyMode() == ProxySettings.Mode.MANUAL ? secret(proxyPassword.get()) : null);
        clearSecrets();
        lastCredentials = creds;
        EnumSet<ProbeId> chosen = EnumSet.noneOf(ProbeId.class);
        selected.forEach((id, on) -> {
            if (on.get()) {
                chosen.add(id);
            }
        });
        root.getChildren().clear();
        probeItems.clear();
        proposals.clear();
        for (ProbeId id : chosen) {
            TreeItem<Row> item = new TreeItem<>(new Row(id, State.WAITING, null, null, null));
            probeItems.put(id, item);
            root.getChildren().add(item);
        }
        running.set(true);
        runAssessmentId = a.id();
        status.set(messages.get("live.status.running", chosen.size()));
        synchronized (lock) {
            cancelRequested = false;
            batch = null;
        }
        Thread starter = new Thread(() -> start(prefs, endpoints, inputs, creds, chosen), "live-checks-start");
        starter.setDaemon(true);
        starter.start();
        return true;
    }

    /** Builds the runner (reads the trust store and the extra CA file) and starts the batch, off the UI thread. */
    private void start(LiveCheckPreferences.Values prefs, ProbeEndpoints endpoints, ProbeInputs inputs,
            ProbeCredentials creds, EnumSet<ProbeId> chosen) {
        try {
            ProbeSettings settings = prefs.toSettings(endpoints).withLocale(messages.locale());
            ProbeRunner r = new ProbeRunner(settings);
            synchronized (lock) {
                runner = r;
                batch = r.start(inputs, creds, chosen, new Listener(r));
                if (cancelRequested) {
                    batch.cancel();
                }
            }
        } catch (IOException | RuntimeException e) {
            creds.clear();
            ui.execute(() -> {
                running.set(false);
                root.getChildren().clear();
                probeItems.clear();
                status.set(messages.get("live.status.failed", e.getMessage()));
            });
        }
    }

    /** Cancels the running probes; each ends at once as cancelled, keeping the steps it finished. */
    public void cancel() {
        synchronized (lock) {
            cancelRequested = true;
            if (batch != null) {
                batch.cancel();
            }
        }
    }

    /** Stops a running batch and its threads (the window closes). */
    public void dispose() {
        cancel();
        synchronized (lock) {
            if (runner != null) {
                runner.close();
            }
        }
        clearSecrets();
    }

    /** Relays the runner's progress to the UI thread. */
    private final class Listener implements ProbeListener {
        private final ProbeRunner owner;

        Listener(ProbeRunner owner) {
            this.owner = owner;
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
                owner.close();
                synchronized (lock) {
                    if (runner == owner) {
                        runner = null;
                        batch = null;
                    }
                }
                finish(results);
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
        item.setExpanded(r.outcome() != Outcome.PASS);
    }

    /** The run ended: results saved in the assessment (cancelled ones are not), proposals shown, counts in the status. */
    private void finish(List<ProbeResult> results) {
        running.set(false);
        if (!Objects.equals(runAssessmentId, document.assessment().id()) || document.isReadOnly()) {
            return; // another assessment (or the same file, for review) was opened meanwhile: not saved into it
        }
        List<ProbeResult> complete = results.stream().filter(r -> !Boolean.TRUE.equals(r.cancelled())).toList();
        if (!complete.isEmpty()) {
            Assessment updated = AssessmentProbes.withResults(document.assessment(), complete, planner.get(), asOf.get(),
                    Instant.now());
            replaceDocument(updated);
        }
        showProposals(complete);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        long cancelled = results.stream().filter(r -> Boolean.TRUE.equals(r.cancelled())).count();
        complete.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        status.set(messages.get("live.status.done", counts.get(Outcome.PASS), counts.get(Outcome.WARN),
                counts.get(Outcome.FAIL), counts.get(Outcome.ERROR), counts.get(Outcome.SKIPPED), cancelled));
    }

    private void showProposals(List<ProbeResult> results) {
        List<ProbeResult.Proposal> all = new ArrayList<>();
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        for (ProbeResult r : results) {
            for (ProbeResult.Proposal p : r.proposals()) {
                if (seen.add(java.util.Arrays.asList(p.path(), String.valueOf(p.value())))) {
                    all.add(p); // the same answer from two probes is shown once, with the first one's basis
                }
            }
        }
        List<ProposalRow> rows = new ArrayList<>();
        for (Proposals.Preview p : Proposals.preview(document.assessment(), all)) {
            if (p.changesAnswer()) {
                rows.add(new ProposalRow(p));
            }
        }
        proposals.setAll(rows);
    }

    // ---- apply to inventory -------------------------------------------------------------------------------

    /**
     * Applies the accepted proposals to the inventory in one edit (undoable; the findings re-evaluate), and
     * drops every decided row. Returns how many answers were applied.
     */
    public int applyAccepted() {
        List<ProbeResult.Proposal> accepted = proposals.stream()
                .filter(p -> p.decisionProperty().get() == Decision.ACCEPT).map(ProposalRow::proposal).toList();
        if (!accepted.isEmpty()) {
            replaceDocument(Proposals.apply(document.assessment(), accepted));
        }
        List<ProbeResult.Proposal> open = proposals.stream().filter(p -> p.decisionProperty().get() == null)
                .map(ProposalRow::proposal).toList();
        proposals.setAll(Proposals.preview(document.assessment(), open).stream().filter(Proposals.Preview::changesAnswer)
                .map(ProposalRow::new).toList());
        status.set(messages.get("live.status.applied", accepted.size()));
        return accepted.size();
    }

    /** Accepts or rejects every proposal still shown. */
    public void decideAll(Decision d) {
        proposals.forEach(p -> p.decisionProperty().set(d));
    }

    private void replaceDocument(Assessment updated) {
        document.apply(current -> updated);
    }

    // ---- approved CAs -------------------------------------------------------------------------------------

    /**
     * Loads the org's approved-CA list (saved cacerts.jsp page or PEM bundle) into the assessment: the file is read
     * and parsed off the UI thread, the assessment changed on it. Completes with whether the list was taken.
     */
    public java.util.concurrent.CompletableFuture<Boolean> loadApprovedRoots(Path file) {
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                String text = Files.readString(file);
                LocalDate captured = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                        ZoneId.systemDefault());
                return ApprovedRootsLoader.parse(text, file.getFileName().toString(), captured);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((roots, failure) -> ui.execute(() -> {
            if (failure == null) {
                replaceDocument(AssessmentProbes.withApprovedRoots(document.assessment(), roots));
                approvedRootsError.set("");
                done.complete(true);
            } else {
                Throwable e = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (e instanceof java.io.UncheckedIOException io) {
                    e = io.getCause();
                }
                approvedRootsError.set(messages.get("live.roots.error", e.getMessage() == null ? e.toString()
                        : e.getMessage()));
                done.complete(false);
            }
        }));
        return done;
    }

    private void showApprovedRoots() {
        ApprovedRoots r = document.assessment().approvedRoots();
        approvedRootsInfo.set(r == null ? messages.get("live.roots.snapshot")
                : messages.get("live.roots.loaded", r.roots().size(), orEmpty(r.source()),
                        r.capturedOn() == null ? "" : r.capturedOn().toString()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void clearSecrets() {
        password.set("");
        token.set("");
        proxyPassword.set("");
    }

    private static Secret secret(String s) {
        return s == null || s.isEmpty() ? null : Secret.of(s.toCharArray());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
