package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

class AutodiscoverSrvProbeTest {

    private static ProbeResult lookup(DnsResponder dns, Duration read) {
        ProbeSettings s = new ProbeSettings(Duration.ofSeconds(2), read, Duration.ofSeconds(20), ProxySettings.NONE, null,
                new ProbeEndpoints(null, null, null, dns.address(), null, Map.of()));
        return LocalServers.run(s, ProbeInputs.forEmail("admin@acme.example"), ProbeCredentials.none(),
                ProbeId.AUTODISCOVER_SRV);
    }

    @Test
    void findsTheSrvRecordOnTheLocalDnsServer() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of("_autodiscover._tcp.acme.example",
                List.of(new DnsResponder.Srv(0, 5, 443, "mail.acme.example"))), 0, false)) {
            ProbeResult r = lookup(dns, Duration.ofSeconds(2));
            assertThat(r.outcome()).isEqualTo(Outcome.PASS);
            assertThat(r.target()).isEqualTo("acme.example");
            assertThat(r.steps().get(0).evidence()).containsEntry("targets", List.of("mail.acme.example:443"))
                    .containsEntry("dnsServer", dns.address().toString());
            assertThat(r.proposals()).isEmpty();
            assertThat(dns.queries()).isPositive();
        }
    }

    @Test
    void aMissingRecordIsAWarning() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, false)) {
            ProbeResult r = lookup(dns, Duration.ofSeconds(2));
            assertThat(r.outcome()).isEqualTo(Outcome.WARN);
            assertThat(r.reason()).startsWith("no SRV record _autodiscover._tcp.acme.example");
        }
    }

    @Test
    void aSilentDnsServerMeansOfflineWithinTheReadTimeout() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true)) {
            ProbeResult r = lookup(dns, Duration.ofSeconds(2));
            long ms = HostileServerTest.took(r);
            // the network pre-check finds that the DNS server set for the checks answers nothing: not run
            assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(r.reason()).startsWith("Not run: the DNS server " + dns.address());
            assertThat(ms).isLessThan(2000 + 3000);
        }
    }

    @Test
    void cancelReportsAtOnceWhileTheLookupWaits() throws Exception {
        try (DnsResponder dns = new DnsResponder(Map.of(), 0, true)) {
            ProbeSettings s = new ProbeSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20),
                    ProxySettings.NONE, null, new ProbeEndpoints(null, null, null, dns.address(), null, Map.of()));
            try (ProbeRunner runner = new ProbeRunner(s)) {
                ProbeBatch batch = runner.start(ProbeInputs.forEmail("admin@acme.example"), null,
                        List.of(ProbeId.AUTODISCOVER_SRV), null);
                Thread.sleep(300);
                batch.cancel();
                ProbeResult r = batch.await(Duration.ofSeconds(1)).get(0);
                assertThat(r.cancelled()).isTrue();
                assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            }
        }
    }

    @Test
    void theLookupTimeoutsStayWithinTheReadTimeout() {
        for (long read : new long[] {500, 1000, 2000, 5000, 10000}) {
            assertThat(AutodiscoverSrvProbe.lookupMillis(read)).isLessThanOrEqualTo(read);
        }
        assertThat(AutodiscoverSrvProbe.targetOf("0 5 443 mail.acme.com.")).isEqualTo("mail.acme.com:443");
    }
}
