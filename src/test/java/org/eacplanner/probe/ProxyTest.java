package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

/** A manual HTTP proxy with a user: OkHttp's tunnel for the HTTP probes, and TLS_CERT's own CONNECT. */
class ProxyTest extends LocalServersTest {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("jdoe:proxy-pw".getBytes());

    private ProbeResult run(ConnectProxy proxy, MockWebServer s, ProbeId id) throws Exception {
        ProbeSettings st = servers.settings(LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx",
                null, null, null)).withProxy(ProxySettings.manual("127.0.0.1", proxy.port(), "jdoe"));
        return LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"),
                new ProbeCredentials(null, null, Secret.of("proxy-pw".toCharArray())), id);
    }

    @Test
    void httpProbesTunnelThroughTheProxyAnsweringItsChallenge() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "NTLM").build());
        try (ConnectProxy proxy = servers.add(new ConnectProxy(AUTH))) {
            ProbeResult r = run(proxy, s, ProbeId.EWS_AUTH);
            assertThat(r.outcome()).as("%s", r.steps()).isEqualTo(Outcome.PASS);
            assertThat(proxy.connects).allMatch(c -> c.endsWith(":" + s.getPort()));
            assertThat(proxy.authorizations).contains(AUTH);
            assertThat(s.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void tlsCertTunnelsWithCredentials() throws Exception {
        MockWebServer s = servers.https();
        try (ConnectProxy proxy = servers.add(new ConnectProxy(AUTH))) {
            ProbeResult r = run(proxy, s, ProbeId.TLS_CERT);
            assertThat(r.steps().get(0).outcome()).isEqualTo(Outcome.PASS);
            assertThat(r.steps().get(0).evidence()).containsEntry("proxy", "127.0.0.1:" + proxy.port());
            assertThat(proxy.connects).containsExactly(s.getHostName() + ":" + s.getPort());
            assertThat(proxy.authorizations).containsExactly(AUTH);
        }
    }

    @Test
    void aProxyRefusingTheTunnelIsAnError() throws Exception {
        MockWebServer s = servers.https();
        try (ConnectProxy proxy = servers.add(new ConnectProxy("Basic other"))) {
            ProbeResult r = run(proxy, s, ProbeId.TLS_CERT);
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.reason()).startsWith("the proxy refused the tunnel to ").endsWith("407 Proxy Authentication Required");
            assertThat(s.getRequestCount()).isZero();
        }
    }

    @Test
    void theProxyPasswordIsNotInTheResult() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "NTLM").build());
        try (ConnectProxy proxy = servers.add(new ConnectProxy(AUTH))) {
            List<ProbeResult> both = List.of(run(proxy, s, ProbeId.EWS_AUTH), run(proxy, s, ProbeId.TLS_CERT));
            assertThat(both.toString()).doesNotContain("proxy-pw").doesNotContain(AUTH.substring(6));
        }
    }
}
