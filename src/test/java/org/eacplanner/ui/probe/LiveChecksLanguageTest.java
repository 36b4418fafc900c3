package org.eacplanner.ui.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.eacplanner.checklist.Planner;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.LocalExchange;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.task.ExecutorTaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Live checks step runs the probes in the app's language: a German app saves German steps, reasons and advice. */
class LiveChecksLanguageTest {

    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private LocalExchange exchange;
    private LiveChecksViewModel vm;

    @AfterEach
    void tearDown() throws Exception {
        if (vm != null) {
            onUi(() -> {
                vm.dispose();
                return null;
            });
        }
        ui.shutdownNow();
        if (exchange != null) {
            exchange.close();
        }
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aGermanAppSavesTheResultsInGerman() throws Exception {
        Preferences node = Preferences.userRoot().node("org/eacplanner/test/LiveChecksLanguageTest");
        node.clear();
        exchange = LocalExchange.start();
        AssessmentDocument document = onUi(() -> new AssessmentDocument(Assessment.empty("a-1",
                Instant.parse("2026-11-24T10:00:00Z"))));
        Planner planner = Planner.forLocale(Locale.GERMAN);
        String trust = exchange.trustCaFile().toString();
        vm = onUi(() -> new LiveChecksViewModel(document, Messages.ui(Locale.GERMAN), () -> planner,
                () -> LocalDate.of(2026, 11, 24), new LiveCheckPreferences(node), ui, new ExecutorTaskRunner(ui),
                ProbeRunnerFactory.network()));
        onUi(() -> {
            vm.inputs().emailProperty().set("admin@acme.com");
            vm.inputs().ewsUrlProperty().set(exchange.ewsUrl());
            vm.settings().proxyModeProperty().set(ProxySettings.Mode.NONE);
            vm.settings().trustCaPathProperty().set(trust);
            for (ProbeId id : ProbeId.values()) {
                vm.inputs().selectedProperty(id).set(id == ProbeId.TLS_CERT);
            }
            return null;
        });
        assertThat(onUi(vm::run)).as(onUi(() -> vm.statusProperty().get())).isTrue();
        LiveChecksNetworkTest.awaitEnd(vm, ui, 60);

        ProbeResult saved = onUi(document::assessment).probes().get(0);
        assertThat(saved.steps()).extracting(ProbeResult.Step::name).contains("Gültigkeit des Zertifikats",
                "Zertifikatkette", "Von Salesforce zugelassene Stamm-CA");
        // worded for the app: the setting's name, not the command line's --trust-ca
        assertThat(saved.reason()).isEqualTo("Die Stamm-CA ist nur als zusätzliche vertrauenswürdige CA der "
                + "Netzwerkeinstellungen vertrauenswürdig (eine private CA), nicht für Salesforce");
        node.removeNode();
    }
}
