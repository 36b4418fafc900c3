package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

class ProbeRunnerTest extends LocalServersTest {


    @Test
    void cancelStopsAHangingProbeWithinOneSecondKeepingFinishedSteps() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        s.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
        ProbeSettings st = servers.settings(LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx",
                null, null, null)).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30));
        ProbeCredentials creds = new ProbeCredentials(Secret.of("pw".toCharArray()), null, null);
        CountDownLatch loggingIn = new CountDownLatch(1);
        List<ProbeResult> finished = new CopyOnWriteArrayList<>();
        try (ProbeRunner runner = new ProbeRunner(st)) {
            ProbeBatch batch = runner.start(ProbeInputs.forEmail("a@acme.com"), creds, List.of(ProbeId.EWS_LOGIN),
                    new ProbeListener() {
                        @Override
                        public void stepFinished(ProbeId probe, ProbeResult.Step step) {
                            loggingIn.countDown();
                        }

                        @Override
                        public void finished(ProbeResult result) {
                            finished.add(result);
                        }
                    });
            assertThat(loggingIn.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(s.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
            Thread.sleep(500); // the login request is now waiting for an answer that never comes
            long t0 = System.nanoTime();
            batch.cancel();
            List<ProbeResult> results = batch.await(Duration.ofSeconds(1));
            long ms = (System.nanoTime() - t0) / 1_000_000;

            ProbeResult r = results.get(0);
            assertThat(ms).isLessThan(1000);
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.cancelled()).isTrue();
            assertThat(r.reason()).isEqualTo("cancelled");
            assertThat(r.steps()).extracting(ProbeResult.Step::outcome).containsExactly(Outcome.PASS, Outcome.ERROR);
            assertThat(finished).containsExactly(r);
            assertThat(creds.isCleared()).isTrue();
        }
    }

    @Test
    void probesRunInParallelAndReportThroughTheListener() throws Exception {
        MockWebServer s = servers.https();
        s.setDispatcher(new mockwebserver3.Dispatcher() {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "NTLM")
                        .headersDelay(700, TimeUnit.MILLISECONDS).build();
            }
        });
        String base = LocalServers.base(s);
        ProbeSettings st = servers.settings(new ProbeEndpoints(List.of(base), base + "/EWS/Exchange.asmx", null, null,
                null, null));
        List<ProbeId> started = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(1);
        try (ProbeRunner runner = new ProbeRunner(st)) {
            runner.start(ProbeInputs.forEmail("a@acme.com"), null, List.of(ProbeId.EWS_AUTH, ProbeId.AUTODISCOVER_XML),
                    new ProbeListener() {
                        @Override
                        public void started(ProbeId probe, String target) {
                            started.add(probe);
                        }

                        @Override
                        public void allFinished(List<ProbeResult> results) {
                            assertThat(results).extracting(ProbeResult::probeId)
                                    .containsExactly(ProbeId.AUTODISCOVER_XML, ProbeId.EWS_AUTH);
                            all.countDown();
                        }
                    });
            assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(started).containsExactlyInAnyOrder(ProbeId.EWS_AUTH, ProbeId.AUTODISCOVER_XML);
    }

    @Test
    void closingTheRunnerCancelsWhatIsStillRunning() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
        ProbeSettings st = servers.settings(LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx",
                null, null, null)).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(30));
        ProbeBatch batch;
        try (ProbeRunner runner = new ProbeRunner(st)) {
            batch = runner.start(ProbeInputs.forEmail("a@acme.com"), null, List.of(ProbeId.EWS_AUTH), null);
            Thread.sleep(300);
        }
        ProbeResult r = batch.await(Duration.ofSeconds(1)).get(0);
        assertThat(r.cancelled()).isTrue();
    }

    @Test
    void outcomeIsTheWorstCountedStep() {
        assertThat(Outcomes.worst(List.of(step(Outcome.PASS), step(Outcome.SKIPPED), step(Outcome.WARN))))
                .isEqualTo(Outcome.WARN);
        assertThat(Outcomes.worst(List.of(step(Outcome.FAIL), step(Outcome.ERROR)))).isEqualTo(Outcome.ERROR);
        assertThat(Outcomes.worst(List.of(step(Outcome.SKIPPED), step(Outcome.SKIPPED)))).isEqualTo(Outcome.SKIPPED);
        assertThat(Outcomes.worst(List.of(step(Outcome.SKIPPED), step(Outcome.PASS)))).isEqualTo(Outcome.PASS);
    }

    private static ProbeResult.Step step(Outcome o) {
        return new ProbeResult.Step("s", o, 1L, null, null, null, null);
    }
}
