package org.eacplanner.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.eacplanner.model.ProbeId;

/**
 * All nine probes at once against local servers that each wait 500 ms before answering, against the slowest probe
 * run alone (target: at most 1.2 ×). Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.eacplanner.probe.ParallelProbesBenchmark}.
 */
public final class ParallelProbesBenchmark {

    static final long LATENCY_MS = 500;

    private ParallelProbesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("probe-bench");
        try (LocalServers servers = new LocalServers(dir);
                DnsResponder dns = new DnsResponder(Map.of("_autodiscover._tcp.acme.com",
                        List.of(new DnsResponder.Srv(0, 0, 443, "mail.acme.com"))), LATENCY_MS, false)) {
            MockWebServer s = servers.https();
            s.setDispatcher(new SlowExchange(LATENCY_MS));
            String base = LocalServers.base(s);
            ProbeSettings settings = servers.settings(new ProbeEndpoints(List.of(base), base + "/EWS/Exchange.asmx", base,
                    dns.address(), base, Map.of())).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10),
                    Duration.ofSeconds(30));
            ProbeInputs in = new ProbeInputs("admin@acme.com", null, "acme.my.salesforce.com", "svc@acme.com",
                    "ceo@acme.com", null, null);
            try (ProbeRunner runner = new ProbeRunner(settings)) {
                timed(runner, in, EnumSet.allOf(ProbeId.class)); // warm-up
                Map<ProbeId, Long> single = new LinkedHashMap<>();
                for (ProbeId id : ProbeId.values()) {
                    single.put(id, median(runner, in, EnumSet.of(id)));
                }
                long all = median(runner, in, EnumSet.allOf(ProbeId.class));
                var slowest = single.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
                single.forEach((id, ms) -> System.out.printf("  %-18s alone %5d ms%n", id, ms));
                System.out.printf("slowest single probe: %s %d ms; all nine in parallel: %d ms (medians of 3 runs); ratio %.2f"
                        + " (target <= 1.20)%n", slowest.getKey(), slowest.getValue(), all, all / (double) slowest.getValue());
            }
        }
        System.exit(0);
    }

    private static long median(ProbeRunner runner, ProbeInputs in, EnumSet<ProbeId> ids) {
        long[] t = {timed(runner, in, ids), timed(runner, in, ids), timed(runner, in, ids)};
        java.util.Arrays.sort(t);
        return t[1];
    }

    private static long timed(ProbeRunner runner, ProbeInputs in, EnumSet<ProbeId> ids) {
        ProbeCredentials creds = new ProbeCredentials(Secret.of("pw".toCharArray()), Secret.of("token".toCharArray()), null);
        long t0 = System.nanoTime();
        runner.run(in, creds, ids);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Every answer after a fixed latency: Exchange with Basic, a sign-in service and a Salesforce org. */
    static final class SlowExchange extends Dispatcher {
        private final long latencyMs;

        SlowExchange(long latencyMs) {
            this.latencyMs = latencyMs;
        }

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String path = r.getUrl().encodedPath();
            String auth = r.getHeaders().get("Authorization");
            MockResponse.Builder b = new MockResponse.Builder().headersDelay(latencyMs, TimeUnit.MILLISECONDS);
            if (path.endsWith("openid-configuration")) {
                return b.body("{\"cloud_instance_name\":\"microsoftonline.com\",\"tenant_region_scope\":\"EU\"}").build();
            }
            if (path.equals("/getuserrealm.srf")) {
                return b.body("{\"NameSpaceType\":\"Managed\"}").build();
            }
            if (path.startsWith("/autodiscover/autodiscover.json")) {
                return b.body("{\"Protocol\":\"EWS\",\"Url\":\"https://mail.acme.com/EWS/Exchange.asmx\"}").build();
            }
            if (path.equals("/services/data/")) {
                return b.body("[{\"url\":\"/services/data/v62.0\",\"version\":\"62.0\"}]").build();
            }
            if (path.startsWith("/services/data/v62.0/query")) {
                return b.body("{\"records\":[{\"Id\":\"00D000000000001\",\"Name\":\"Acme\",\"InstanceName\":\"NA1\","
                        + "\"OrganizationType\":\"Enterprise Edition\"}]}").build();
            }
            if (auth == null) {
                return b.code(401).addHeader("WWW-Authenticate", "Basic realm=\"acme\"").addHeader("WWW-Authenticate",
                        "NTLM").build();
            }
            if (path.startsWith("/autodiscover")) {
                return b.body(AutodiscoverProbesTest.autodiscoverAnswer("https://mail.acme.com/EWS/Exchange.asmx")).build();
            }
            return b.body(CredentialProbesTest.getFolderOk()).build();
        }
    }
}
