package org.eacplanner.ui.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.ProbeCredentials;
import org.eacplanner.probe.ProbeListener;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.rules.FieldPath;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.probe.LiveChecksViewModel.State;
import org.eacplanner.ui.probe.ProposalsViewModel.Decision;
import org.eacplanner.ui.probe.ProposalsViewModel.ProposalRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the Live checks step without a window, a network or a thread: the run through a probe-runner
 * factory that reports canned results at once, the same-thread task runner, and delivery on the caller.
 */
class LiveCheckPartsTest {

    private static final Planner PLANNER = Planner.forLocale(Locale.ENGLISH);

    private final Messages messages = Messages.ui(Locale.ENGLISH);
    private final List<String> calls = new ArrayList<>();
    private Preferences node;
    private AssessmentDocument document;
    private ProbeListener listener;
    private ProbeCredentials credentials;
    private boolean finishAtOnce = true;

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("org/eacplanner/test/LiveCheckPartsTest");
        node.clear();
        document = new AssessmentDocument(Assessment.empty("a-1", Instant.parse("2026-12-01T10:00:00Z")));
    }

    private static ProbeResult result(ProbeId id, Outcome outcome, ProbeResult.Proposal... proposals) {
        return new ProbeResult(id, "mail.acme.test", Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T10:00:01Z"), outcome, "because", false, false,
                List.of(new ProbeResult.Step("connect", outcome, 12L, Map.of("port", 443), null, "check the port", null)),
                List.of(proposals), null);
    }

    private static final ProbeResult.Proposal NTLM = new ProbeResult.Proposal("$.exchange.authMethods",
            List.of("NTLM"), "WWW-Authenticate: NTLM", null);
    private static final ProbeResult.Proposal GCC = new ProbeResult.Proposal("$.exchange.microsoftCloud", "GCC",
            "tenant region", null);

    /** Reports {@code results} for the chosen probes at once (or keeps the listener for the test to drive). */
    private ProbeRunnerFactory canned(ProbeResult... results) {
        return (settings, inputs, creds, chosen, l) -> {
            calls.add("start " + chosen + " timeout " + settings.connectTimeout().toSeconds());
            listener = l;
            credentials = creds;
            if (finishAtOnce) {
                for (ProbeResult r : results) {
                    l.started(r.probeId(), r.target());
                    l.finished(r);
                }
                l.allFinished(List.of(results));
            }
            return new ProbeRunnerFactory.Run() {
                @Override
                public void cancel() {
                    calls.add("cancel");
                }

                @Override
                public void close() {
                    calls.add("close");
                }
            };
        };
    }

    private LiveChecksViewModel vm(ProbeRunnerFactory runs) {
        return new LiveChecksViewModel(document, messages, () -> PLANNER, () -> LocalDate.of(2026, 12, 1),
                new LiveCheckPreferences(node), Runnable::run, TaskRunner.sameThread(), runs);
    }

    @Test
    void aRunFillsTheTreeSavesTheResultsAndOffersTheProposals() {
        LiveChecksViewModel vm = vm(canned(result(ProbeId.EWS_AUTH, Outcome.WARN, NTLM),
                result(ProbeId.TENANT_CLOUD, Outcome.PASS, GCC)));
        vm.inputs().selectAll(false);
        assertThat(vm.canRunBinding().get()).as("no e-mail, nothing ticked").isFalse();
        vm.inputs().emailProperty().set("admin@acme.test");
        vm.inputs().selectedProperty(ProbeId.EWS_AUTH).set(true);
        vm.inputs().selectedProperty(ProbeId.TENANT_CLOUD).set(true);
        vm.inputs().passwordProperty().set("s3cret");
        assertThat(vm.canRunBinding().get()).isTrue();

        assertThat(vm.run()).isTrue();

        assertThat(calls).containsExactly("start [EWS_AUTH, TENANT_CLOUD] timeout 5", "close");
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.inputs().passwordProperty().get()).as("taken out of the field").isEmpty();
        assertThat(credentials.isCleared()).as("handed to the run, wiped by the runner when it ends").isFalse();
        assertThat(vm.tree().getChildren()).extracting(i -> i.getValue().probe() + " " + i.getValue().state())
                .containsExactly("EWS_AUTH DONE", "TENANT_CLOUD DONE");
        assertThat(vm.tree().getChildren().get(0).getChildren()).singleElement()
                .satisfies(step -> assertThat(step.getValue().advice()).isEqualTo("check the port"));
        assertThat(document.assessment().probes()).hasSize(2);
        assertThat(document.assessment().lastEvaluation().asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 1 passed, 1 with warnings, 0 failed, 0 errors, 0 skipped, 0 cancelled.");
        assertThat(vm.proposals().rows()).extracting(r -> r.field().text())
                .containsExactly("exchange.authMethods", "exchange.microsoftCloud");
    }

    @Test
    void aCancelReachesTheRunAndACancelledResultIsNotSaved() {
        finishAtOnce = false;
        LiveChecksViewModel vm = vm(canned());
        vm.inputs().emailProperty().set("admin@acme.test");
        vm.run();
        assertThat(vm.isRunning()).isTrue();
        assertThat(vm.tree().getChildren()).allSatisfy(i -> assertThat(i.getValue().state()).isEqualTo(State.WAITING));

        vm.cancel();
        ProbeResult cancelled = new ProbeResult(ProbeId.EWS_AUTH, null, null, null, Outcome.ERROR, "cancelled", false,
                true, List.of(), List.of(), null);
        listener.allFinished(List.of(cancelled));

        assertThat(calls).endsWith("cancel", "close");
        assertThat(vm.isRunning()).isFalse();
        assertThat(document.assessment().probes()).as("a cancelled result is not saved").isEmpty();
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void aRunnerThatCannotStartIsReportedAndTheSecretsAreWiped() {
        LiveChecksViewModel vm = vm((settings, inputs, creds, chosen, l) -> {
            credentials = creds;
            throw new java.io.IOException("trust store unreadable");
        });
        vm.inputs().emailProperty().set("admin@acme.test");
        vm.inputs().tokenProperty().set("00Dtoken!");
        vm.run();
        assertThat(vm.statusProperty().get()).contains("trust store unreadable");
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.tree().getChildren()).isEmpty();
        assertThat(credentials.isCleared()).as("wiped").isTrue();
    }

    @Test
    void invalidInputsAreReportedAndNothingStarts() {
        LiveChecksViewModel vm = vm(canned());
        vm.inputs().emailProperty().set("admin@acme.test");
        vm.inputs().dnsServerProperty().set("not a host:port:x");
        assertThat(vm.run()).isFalse();
        assertThat(vm.statusProperty().get()).startsWith("Cannot run:");
        assertThat(calls).as("nothing started").isEmpty();
    }

    @Test
    void settingsAreSavedWhenValidAndReportedWhenNot() {
        LiveCheckSettings settings = new LiveCheckSettings(messages, new LiveCheckPreferences(node));
        settings.proxyModeProperty().set(ProxySettings.Mode.MANUAL);
        settings.proxyHostProperty().set("proxy.acme.test");
        settings.proxyPortProperty().set("31");
        settings.proxyPortProperty().set("3128");
        settings.connectTimeoutProperty().set("soon");
        assertThat(new LiveCheckPreferences(node).load().proxyPort()).as("the last valid state").isEqualTo(3128);
        assertThatThrownBy(settings::values).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A timeout must be a number of seconds from 1 to 600.");
    }

    @Test
    void aTypedInRootIsProposedAsApprovedOrNotAsSoonAsItIsTyped() {
        ProposalsViewModel proposals = new ProposalsViewModel(document, messages, s -> { });
        proposals.show(List.of());
        assertThat(proposals.rows()).isEmpty();
        document.apply(Edits.answer(FieldPath.of("exchange.certificateRoot"), "USERTrust RSA Certification Authority",
                null));
        assertThat(proposals.rows()).singleElement().satisfies(r -> {
            assertThat(r.field().text()).isEqualTo("exchange.certificateApproved");
            assertThat(r.newValue()).isEqualTo(true);
            assertThat(r.proposal().basis()).contains("approved per snapshot");
        });
        document.apply(Edits.answer(FieldPath.of("exchange.certificateRoot"), "Acme Corp Internal Root CA", null));
        assertThat(proposals.rows()).extracting(ProposalRow::newValue).containsExactly(false);
    }

    @Test
    void onlyAcceptedProposalsAreAppliedInOneUndoableStep() {
        List<String> status = new ArrayList<>();
        ProposalsViewModel proposals = new ProposalsViewModel(document, messages, status::add);
        proposals.show(List.of(result(ProbeId.EWS_AUTH, Outcome.WARN, NTLM, NTLM),
                result(ProbeId.TENANT_CLOUD, Outcome.PASS, GCC)));
        assertThat(proposals.rows()).as("the same answer twice is shown once").hasSize(2);
        ProposalRow ntlm = proposals.rows().get(0);
        ntlm.decisionProperty().set(Decision.ACCEPT);

        assertThat(proposals.applyAccepted()).isEqualTo(1);

        assertThat(document.assessment().exchange().authMethods()).containsExactly(AuthMethod.NTLM);
        assertThat(document.assessment().exchange().microsoftCloud()).as("undecided").isNull();
        assertThat(proposals.rows()).extracting(r -> r.field().text()).containsExactly("exchange.microsoftCloud");
        assertThat(status).containsExactly("1 answer applied to the inventory.");
        document.undo();
        assertThat(document.assessment().exchange().authMethods()).isNull();
    }

    @Test
    void aRejectedAnswerStaysAwayWhileTheSameResultsAreShownAndComesBackWithNewOnes() {
        ProposalsViewModel proposals = new ProposalsViewModel(document, messages, s -> { });
        List<ProbeResult> results = List.of(result(ProbeId.TENANT_CLOUD, Outcome.PASS, GCC));
        proposals.show(results);
        proposals.rows().get(0).decisionProperty().set(Decision.REJECT);
        proposals.applyAccepted();
        assertThat(proposals.rows()).isEmpty();
        // a change that shows the same results again (the typed-in root) does not offer the rejected answer again
        document.apply(Edits.answer(FieldPath.of("exchange.certificateRoot"), "Acme Corp Internal Root CA", null));
        assertThat(proposals.rows()).extracting(r -> r.field().text()).containsExactly("exchange.certificateApproved");
        // a new run does
        proposals.clear();
        proposals.show(results);
        assertThat(proposals.rows()).extracting(r -> r.field().text())
                .containsExactly("exchange.microsoftCloud", "exchange.certificateApproved");
    }

    @Test
    void anApprovedCaListIsTakenOrItsProblemShown(@TempDir Path dir) throws Exception {
        ApprovedRootsViewModel roots = new ApprovedRootsViewModel(document, messages, TaskRunner.sameThread());
        Path junk = Files.writeString(dir.resolve("notes.txt"), "no certificates here");
        List<Boolean> taken = new ArrayList<>();
        roots.load(junk, taken::add);
        roots.load(dir.resolve("missing.pem"), taken::add);
        assertThat(taken).containsExactly(false, false);
        assertThat(roots.errorProperty().get()).contains("missing.pem");
        assertThat(roots.infoProperty().get()).isEqualTo("Using the list of approved CAs that comes with the app.");
        assertThat(document.assessment().approvedRoots()).isNull();
    }
}
