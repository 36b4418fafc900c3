package org.eacplanner.ui.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TreeItem;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.AuthMethod;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.DnsResponder;
import org.eacplanner.probe.LocalExchange;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.probe.SilentServer;
import org.eacplanner.task.ExecutorTaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;
import org.eacplanner.ui.probe.LiveChecksViewModel.Row;
import org.eacplanner.ui.probe.ProposalsViewModel.Decision;
import org.eacplanner.ui.probe.ProposalsViewModel.ProposalRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Live checks step's view model with real probes over HTTPS, without a window, against a local TLS server
 * (loopback only): the tree, accepting and rejecting proposals, wiping the secrets, the preferences and the
 * approved-CA list. Every call into the view model runs on one "UI" thread, as in the app. The parts without a
 * network are in LiveCheckPartsTest.
 */
class LiveChecksNetworkTest {

    private static final Set<ProbeId> HTTP_PROBES = EnumSet.of(ProbeId.EWS_AUTH, ProbeId.TLS_CERT, ProbeId.TENANT_CLOUD,
            ProbeId.USER_REALM, ProbeId.EWS_LOGIN, ProbeId.SALESFORCE_ORG);
    private static Planner planner;

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final Messages messages = Messages.ui(Locale.ENGLISH);
    private Preferences node;
    private AssessmentDocument document;
    private LocalExchange exchange;
    private LiveChecksViewModel vm;

    @BeforeAll
    static void loadCatalog() {
        planner = Planner.forLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("org/eacplanner/test/LiveChecksNetworkTest");
        node.clear();
        document = onUi(() -> new AssessmentDocument(Assessment.empty("a-1", Instant.parse("2026-11-24T10:00:00Z"))));
        exchange = LocalExchange.start();
        vm = newViewModel();
    }

    @AfterEach
    void tearDown() throws Exception {
        onUi(() -> {
            vm.dispose();
            return null;
        });
        ui.shutdownNow();
        exchange.close();
    }

    private LiveChecksViewModel newViewModel() throws Exception {
        return onUi(() -> new LiveChecksViewModel(document, messages, () -> planner, () -> LocalDate.of(2026, 11, 24),
                new LiveCheckPreferences(node), ui, new ExecutorTaskRunner(ui), ProbeRunnerFactory.network()));
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(30, TimeUnit.SECONDS);
    }

    /** Points every HTTP probe at the local server, trusting its root; ticks only {@code probes}. */
    private void aimAtLocalServer(Set<ProbeId> probes) throws Exception {
        String trust = exchange.trustCaFile().toString();
        onUi(() -> {
            vm.inputs().emailProperty().set("admin@acme.com");
            vm.inputs().ewsUrlProperty().set(exchange.ewsUrl());
            vm.inputs().authorityProperty().set(exchange.baseUrl());
            vm.inputs().autodiscoverUrlProperty().set(exchange.baseUrl());
            vm.inputs().salesforceUrlProperty().set(exchange.baseUrl());
            vm.inputs().myDomainProperty().set("localhost");
            vm.settings().proxyModeProperty().set(ProxySettings.Mode.NONE);
            vm.settings().trustCaPathProperty().set(trust);
            for (ProbeId id : ProbeId.values()) {
                vm.inputs().selectedProperty(id).set(probes.contains(id));
            }
            return null;
        });
    }

    private void runAndWait() throws Exception {
        assertThat(onUi(vm::run)).as(onUi(() -> vm.statusProperty().get())).isTrue();
        awaitEnd(vm, ui, 60);
    }

    /** Waits (at most {@code seconds}) for the run to end, told by the view model, not by polling. */
    static void awaitEnd(LiveChecksViewModel vm, ExecutorService ui, int seconds) throws Exception {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        ui.submit(() -> {
            if (!vm.isRunning()) {
                ended.complete(null);
            }
            vm.runningProperty().addListener((o, was, now) -> {
                if (!now) {
                    ended.complete(null);
                }
            });
        }).get(30, TimeUnit.SECONDS);
        ended.get(seconds, TimeUnit.SECONDS);
    }

    private List<Row> probeRows() throws Exception {
        return onUi(() -> vm.tree().getChildren().stream().map(TreeItem::getValue).toList());
    }

    @Test
    void aRunFillsTheTreeWithEachProbeAndItsStepsAndSavesTheResults() throws Exception {
        aimAtLocalServer(HTTP_PROBES);
        onUi(() -> {
            vm.inputs().passwordProperty().set("s3cret-pw");
            vm.inputs().tokenProperty().set("00Dtoken!");
            return null;
        });
        runAndWait();

        List<Row> rows = probeRows();
        assertThat(rows).extracting(Row::probe).containsExactlyElementsOf(HTTP_PROBES);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(LiveChecksViewModel.State.DONE);
            // the test server's own root is not an approved CA: TLS_CERT gives a verdict on it, not an error
            if (r.probe() == ProbeId.TLS_CERT) {
                assertThat(r.outcome()).as(r.reason()).isIn(Outcome.PASS, Outcome.WARN, Outcome.FAIL);
            } else {
                assertThat(r.outcome()).as(r.probe() + ": " + r.reason()).isEqualTo(Outcome.PASS);
            }
            assertThat(r.elapsedMs()).isNotNull();
        });
        List<List<Row>> steps = onUi(() -> vm.tree().getChildren().stream()
                .map(i -> i.getChildren().stream().map(TreeItem::getValue).toList()).toList());
        assertThat(steps).allSatisfy(s -> assertThat(s).isNotEmpty().allMatch(r -> !r.isProbe() && r.outcome() != null));
        assertThat(onUi(() -> vm.statusProperty().get())).startsWith("Done: ");
        Assessment saved = onUi(document::assessment);
        assertThat(saved.probes()).extracting(ProbeResult::probeId).containsExactlyInAnyOrderElementsOf(HTTP_PROBES);
        assertThat(saved.exchange()).as("the inventory is never changed silently")
                .isEqualTo(Assessment.empty("a-1", Instant.parse("2026-11-24T10:00:00Z")).exchange());
    }

    @Test
    void theSecretsAreTakenOutOfTheFieldsAndWipedAfterTheRun() throws Exception {
        aimAtLocalServer(EnumSet.of(ProbeId.EWS_LOGIN, ProbeId.SALESFORCE_ORG));
        onUi(() -> {
            vm.inputs().passwordProperty().set("s3cret-pw");
            vm.inputs().tokenProperty().set("00Dtoken!");
            vm.inputs().proxyPasswordProperty().set("proxy-pw");
            return null;
        });
        runAndWait();

        assertThat(probeRows()).extracting(Row::outcome).containsOnly(Outcome.PASS);
        assertThat(vm.lastCredentials().isCleared()).isTrue();
        assertThat(onUi(() -> List.of(vm.inputs().passwordProperty().get(), vm.inputs().tokenProperty().get(),
                vm.inputs().proxyPasswordProperty().get()))).containsOnly("");
        String file = new String(new org.eacplanner.storage.AssessmentWriter().toBytes(onUi(document::assessment)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(file).contains("\"credentialsUsed\": true").doesNotContain("s3cret-pw").doesNotContain("00Dtoken!");
    }

    @Test
    void onlyTheAcceptedProposalsReachTheInventory() throws Exception {
        aimAtLocalServer(EnumSet.of(ProbeId.EWS_AUTH, ProbeId.TENANT_CLOUD));
        runAndWait();
        List<ProposalRow> rows = onUi(() -> new ArrayList<>(vm.proposals().rows()));
        assertThat(rows).extracting(r -> r.field().text()).contains("exchange.authMethods", "exchange.microsoftCloud",
                "exchange.ewsEnabled");
        assertThat(rows).allSatisfy(r -> assertThat(r.currentValue()).isNull());

        int applied = onUi(() -> {
            pick(rows, "exchange.authMethods").decisionProperty().set(Decision.ACCEPT);
            pick(rows, "exchange.microsoftCloud").decisionProperty().set(Decision.REJECT);
            return vm.proposals().applyAccepted();
        });

        assertThat(applied).isEqualTo(1);
        Assessment a = onUi(document::assessment);
        assertThat(a.exchange().authMethods()).containsExactlyInAnyOrder(AuthMethod.BASIC, AuthMethod.NTLM);
        assertThat(a.exchange().microsoftCloud()).as("rejected").isNull();
        assertThat(a.exchange().ewsEnabled()).as("undecided").isNull();
        assertThat(onUi(() -> document.canUndoProperty().get())).as("one undoable edit").isTrue();
        assertThat(onUi(() -> vm.proposals().rows().stream().map(r -> r.field().text()).toList()))
                .as("the undecided ones stay").contains("exchange.ewsEnabled")
                .doesNotContain("exchange.authMethods", "exchange.microsoftCloud");
        assertThat(onUi(() -> vm.statusProperty().get())).isEqualTo("1 answer applied to the inventory.");
    }

    private static ProposalRow pick(List<ProposalRow> rows, String field) {
        return rows.stream().filter(r -> r.field().text().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void cancelEndsARunningBatchAtOnceAndTheProbesReadCancelled() throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            aimAtLocalServer(EnumSet.of(ProbeId.EWS_AUTH, ProbeId.TLS_CERT));
            onUi(() -> {
                vm.inputs().ewsUrlProperty().set("https://127.0.0.1:" + silent.port() + "/EWS/Exchange.asmx");
                vm.settings().readTimeoutProperty().set("60");
                return vm.run();
            });
            assertThat(silent.awaitConnections(2, 20)).as("both probes connected").isTrue();
            onUi(() -> {
                vm.cancel();
                return null;
            });
            awaitEnd(vm, ui, 20);
            assertThat(probeRows()).allSatisfy(r -> {
                assertThat(r.cancelled()).as(r.probe().name()).isTrue();
                assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            });
            assertThat(onUi(document::assessment).probes()).as("a cancelled result replaces nothing").isEmpty();
            assertThat(onUi(() -> vm.statusProperty().get())).endsWith("2 cancelled.");
        }
    }

    @Test
    void withAResolverThatAnswersNothingTheStepSaysOfflineOnceAndKeepsTheSavedResults() throws Exception {
        ProbeResult earlier = new ProbeResult(ProbeId.TLS_CERT, "mail.acme.example", Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-20T10:00:02Z"), Outcome.PASS, null, false, false, List.of(), List.of(), null);
        onUi(() -> {
            document.apply(a -> a.withProbes(List.of(earlier)));
            return null;
        });
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true)) {
            onUi(() -> {
                vm.inputs().emailProperty().set("admin@acme.example");
                vm.inputs().dnsServerProperty().set(dns.address().toString());
                vm.settings().proxyModeProperty().set(ProxySettings.Mode.NONE);
                vm.settings().connectTimeoutProperty().set("2");
                vm.settings().readTimeoutProperty().set("2");
                for (ProbeId id : ProbeId.values()) {
                    vm.inputs().selectedProperty(id).set(true);
                }
                return null;
            });
            runAndWait();
            assertThat(onUi(() -> vm.offlineProperty().get())).isNotNull()
                    .satisfies(v -> assertThat(v.resolver()).isEqualTo(dns.address().toString()));
            assertThat(probeRows()).as("no check reads as a failure of the admin's servers")
                    .noneMatch(r -> r.outcome() == Outcome.FAIL || r.outcome() == Outcome.ERROR || r.outcome() == Outcome.WARN);
            assertThat(probeRows()).filteredOn(r -> r.result().target() != null).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.reason()).startsWith("Not run: the DNS server"));
            assertThat(onUi(() -> vm.statusProperty().get())).startsWith("Not run: this computer is offline");
            assertThat(onUi(() -> document.assessment().probes())).as("nothing saved over earlier results")
                    .containsExactly(earlier);
        }
    }

    @Test
    void thePreferencesSurviveARestartButNotTheProxyPassword() throws Exception {
        onUi(() -> {
            vm.settings().proxyModeProperty().set(ProxySettings.Mode.MANUAL);
            vm.settings().proxyHostProperty().set("proxy.acme.test");
            vm.settings().proxyPortProperty().set("3128");
            vm.settings().proxyUserProperty().set("alice");
            vm.inputs().proxyPasswordProperty().set("proxy-secret");
            vm.settings().trustCaPathProperty().set("/etc/acme/root.pem");
            vm.settings().connectTimeoutProperty().set("7");
            vm.settings().readTimeoutProperty().set("25");
            return null;
        });
        LiveChecksViewModel again = newViewModel();

        assertThat(onUi(() -> List.of(again.settings().proxyModeProperty().get().name(), again.settings().proxyHostProperty().get(),
                again.settings().proxyPortProperty().get(), again.settings().proxyUserProperty().get(), again.settings().trustCaPathProperty().get(),
                again.settings().connectTimeoutProperty().get(), again.settings().readTimeoutProperty().get(), again.inputs().proxyPasswordProperty().get())))
                .containsExactly("MANUAL", "proxy.acme.test", "3128", "alice", "/etc/acme/root.pem", "7", "25", "");
        assertThat(new LiveCheckPreferences(node).load()).isEqualTo(new LiveCheckPreferences.Values(
                ProxySettings.Mode.MANUAL, "proxy.acme.test", 3128, "alice", "/etc/acme/root.pem", 7, 25));
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).as(key).doesNotContain("proxy-secret");
        }
    }

    @Test
    void anInvalidPreferenceIsReportedAndNothingRuns() throws Exception {
        aimAtLocalServer(EnumSet.of(ProbeId.EWS_AUTH));
        onUi(() -> {
            vm.settings().connectTimeoutProperty().set("soon");
            return null;
        });
        assertThat(onUi(vm::run)).isFalse();
        assertThat(onUi(() -> vm.statusProperty().get()))
                .isEqualTo("Cannot run: A timeout must be a number of seconds from 1 to 600.");
        assertThat(new LiveCheckPreferences(node).load().connectTimeoutSeconds()).as("the last valid value stays").isEqualTo(5);
    }

    @Test
    void anApprovedCaListIsStoredInTheAssessmentAndABadFileIsReported(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("cacerts.jsp.html");
        Files.writeString(page, "<html><body><pre>" + LocalExchange.rootPem().replace("\n", "<br>") + "</pre></body></html>");
        Path junk = dir.resolve("notes.txt");
        Files.writeString(junk, "no certificates here");

        assertThat(onUi(() -> vm.approvedRoots().infoProperty().get()))
                .isEqualTo("Using the list of approved CAs that comes with the app.");
        assertThat(load(page)).isTrue();
        assertThat(onUi(document::assessment).approvedRoots().roots()).hasSize(1);
        assertThat(onUi(() -> vm.approvedRoots().infoProperty().get())).startsWith("1 approved root CAs from cacerts.jsp.html");

        assertThat(load(junk)).isFalse();
        assertThat(onUi(() -> vm.approvedRoots().errorProperty().get()))
                .startsWith("The list could not be loaded: no PEM certificate found in notes.txt");
        assertThat(onUi(document::assessment).approvedRoots().roots()).as("the loaded list stays").hasSize(1);
    }

    private boolean load(Path file) throws Exception {
        CompletableFuture<Boolean> taken = new CompletableFuture<>();
        onUi(() -> {
            vm.approvedRoots().load(file, taken::complete);
            return null;
        });
        return taken.get(30, TimeUnit.SECONDS);
    }
}
