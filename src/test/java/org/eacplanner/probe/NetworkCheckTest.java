package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetworkCheckTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static ProbeSettings via(HostPort dns, Map<String, String> resolve, List<String> bases) {
        return new ProbeSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(20),
                ProxySettings.NONE, null, new ProbeEndpoints(bases, null, null, dns, null, resolve));
    }

    @Test
    void aDnsServerThatAnswersNothingMeansOffline() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true)) {
            NetworkCheck.Verdict v = NetworkCheck.check(via(dns.address(), Map.of(), null),
                    ProbeInputs.forEmail("admin@acme.example"), pool);
            assertThat(v.offline()).isTrue();
            assertThat(v.viaSystemResolver()).isFalse();
            assertThat(v.tried()).contains("acme.example", "autodiscover.acme.example", "login.salesforce.com");
        }
    }

    @Test
    void aDnsServerThatSaysNoSuchNameIsReachable() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, false)) {
            NetworkCheck.Verdict v = NetworkCheck.check(via(dns.address(), Map.of(), null),
                    ProbeInputs.forEmail("admin@acme.example"), pool);
            assertThat(v.offline()).isFalse();
        }
    }

    @Test
    void namesGivenDirectlyNeedNoLookup() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true)) {
            ProbeInputs in = ProbeInputs.forEmail("admin@acme.example");
            assertThat(NetworkCheck.check(via(dns.address(), Map.of("autodiscover.acme.example", "127.0.0.1"), null),
                    in, pool).offline()).as("--resolve").isFalse();
            assertThat(NetworkCheck.check(via(dns.address(), Map.of(), List.of("https://127.0.0.1:8443")), in, pool)
                    .offline()).as("an address").isFalse();
            assertThat(dns.queries()).as("nothing asked").isZero();
        }
    }

    @Test
    void offlineEveryProbeIsNotRunWithOneReasonAndTheAdvice() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true);
                ProbeRunner runner = new ProbeRunner(via(dns.address(), Map.of(), null))) {
            ProbeBatch batch = runner.start(ProbeInputs.forEmail("admin@acme.example"), null, List.of(), null);
            List<ProbeResult> results = batch.await(Duration.ofSeconds(15));
            assertThat(results).hasSize(ProbeId.values().length);
            assertThat(results).allSatisfy(r -> assertThat(r.outcome()).as(r.probeId().name()).isEqualTo(Outcome.SKIPPED));
            assertThat(results).filteredOn(r -> r.probeId() == ProbeId.EWS_AUTH).singleElement()
                    .satisfies(r -> assertThat(r.reason()).as("no target: its own reason").isEqualTo("no EWS URL given"));
            assertThat(results).filteredOn(r -> r.target() != null).hasSizeGreaterThan(5).allSatisfy(r -> {
                assertThat(r.reason()).startsWith("Not run: the DNS server");
                assertThat(r.steps()).singleElement().satisfies(s -> {
                    assertThat(s.name()).isEqualTo("Network pre-check");
                    assertThat(s.advice()).as("worded for the command line").contains("network connection, VPN or proxy (--proxy");
                });
            });
            assertThat(batch.network().offline()).isTrue();
        }
    }

    @Test
    void aProxyResolvesForUsAndResolveEntriesMatchAnyCase() {
        assertThat(NetworkCheck.viaProxy(ProxySettings.NONE)).isFalse();
        assertThat(NetworkCheck.viaProxy(new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.acme.example", 3128, null)))
                .isTrue();
        ProbeEndpoints e = new ProbeEndpoints(null, null, null, null, null, Map.of("Mail.Acme.Example", "127.0.0.1"));
        assertThat(e.resolve()).containsOnlyKeys("mail.acme.example");
        assertThat(HostLookup.direct("MAIL.acme.example", e)).isTrue();
    }
}
