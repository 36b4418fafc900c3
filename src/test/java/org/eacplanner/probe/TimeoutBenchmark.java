package org.eacplanner.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;

/**
 * How far past their timeouts probes end, and how long Cancel takes to stop one, against local servers only.
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.eacplanner.probe.TimeoutBenchmark} (targets: overshoot under 0.5 s, cancel under 1 s).
 */
public final class TimeoutBenchmark {

    private static final int ROUNDS = 5;

    private TimeoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("probe-bench");
        try (LocalServers servers = new LocalServers(dir)) {
            ProbeSettings base = servers.settings(null).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2),
                    Duration.ofSeconds(20));
            MockWebServer stall = servers.https();
            for (int i = 0; i < 2 * ROUNDS + 1; i++) {
                stall.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
            }
            String ews = LocalServers.base(stall) + "/EWS/Exchange.asmx";
            ProbeSettings s = base.withEndpoints(LocalServers.endpoints(null, ews, null, null, null));
            List<Long> read = new ArrayList<>();
            List<Long> connect = new ArrayList<>();
            List<Long> cancel = new ArrayList<>();
            try (ProbeRunner runner = new ProbeRunner(s)) {
                runner.run(ProbeInputs.forEmail("a@acme.com"), null, List.of(ProbeId.EWS_AUTH)); // warm-up
                for (int i = 0; i < ROUNDS; i++) {
                    ProbeResult r = runner.run(ProbeInputs.forEmail("a@acme.com"), null, List.of(ProbeId.EWS_AUTH)).get(0);
                    read.add(r.steps().get(0).elapsedMs() - 2000);
                    check(r, "read timeout");
                    cancel.add(cancelAfter(runner, 300));
                }
            }
            try (HostileServerTest.BlackHole hole = HostileServerTest.BlackHole.open()) {
                ProbeSettings bs = base.withEndpoints(LocalServers.endpoints(null,
                        "https://127.0.0.1:" + hole.port() + "/EWS/Exchange.asmx", null, null, null));
                try (ProbeRunner runner = new ProbeRunner(bs)) {
                    for (int i = 0; i < ROUNDS; i++) {
                        ProbeResult r = runner.run(ProbeInputs.forEmail("a@acme.com"), null, List.of(ProbeId.EWS_AUTH)).get(0);
                        connect.add(r.steps().get(0).elapsedMs() - 1000);
                        check(r, "connect timeout");
                    }
                }
            }
            print("read timeout (2 s) overshoot", read);
            print("connect timeout (1 s) overshoot", connect);
            print("cancel to result", cancel);
        }
        System.exit(0);
    }

    /** Starts EWS_AUTH against the stalled server, cancels after {@code afterMs}, returns ms until its result. */
    private static long cancelAfter(ProbeRunner runner, long afterMs) throws Exception {
        ProbeBatch batch = runner.start(ProbeInputs.forEmail("a@acme.com"), null, List.of(ProbeId.EWS_AUTH), null);
        Thread.sleep(afterMs);
        long t0 = System.nanoTime();
        batch.cancel();
        batch.await(Duration.ofSeconds(5));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void check(ProbeResult r, String expected) {
        if (r.reason() == null || !r.reason().contains(expected)) {
            throw new IllegalStateException("expected a " + expected + ", got: " + r.reason() + " " + r.steps());
        }
    }

    private static void print(String what, List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%-34s median %4d ms, max %4d ms  (%d runs: %s)%n", what, sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), ms.size(), ms);
    }

}
