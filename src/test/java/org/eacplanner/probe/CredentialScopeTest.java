package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials go only to the origin (scheme, host, port) the admin named: for every probe that sends a password
 * or token, a redirect to another loopback address or port ends the probe FAIL and the other server receives
 * nothing. The named server is https://127.0.0.1:PORT; the other one listens on the address under test.
 */
class CredentialScopeTest extends LocalServersTest {

    static final String PASSWORD = "pa55-Secret!";
    static final String TOKEN = "00Dtoken!secret";

    MockWebServer named;
    MockWebServer other;

    /** {@code where}: 127.0.0.2, ::1, localhost (another port) or 127.0.0.1 (the named host, another port). */
    private void servers(String where) throws IOException {
        if (where.equals("::1")) {
            assumeTrue(canBind("::1"), "IPv6 loopback ::1 is not available here");
        }
        named = servers.https(TestPki.LOOPBACK);
        InetAddress address = InetAddress.getByName(where.equals("localhost") ? "127.0.0.1" : where);
        other = servers.https(address, TestPki.server(TestPki.LOOPBACK));
        // what the other server would answer if it were reached: an invitation to send the password
        for (int i = 0; i < 3; i++) {
            other.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        }
    }

    private String otherOrigin(String where) {
        return "https://" + (where.equals("::1") ? "[::1]" : where) + ":" + other.getPort();
    }

    private void redirectToOther(String where) {
        named.enqueue(new MockResponse.Builder().code(307).addHeader("Location", otherOrigin(where) + "/elsewhere")
                .build());
    }

    private static boolean canBind(String address) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return s.getLocalPort() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static ProbeCredentials password() {
        return new ProbeCredentials(Secret.of(PASSWORD.toCharArray()), null, null);
    }

    private void assertRefused(ProbeResult r, String where) {
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("redirected to another host (" + otherOrigin(where) + "); credentials not sent");
        assertThat(other.getRequestCount()).as("requests that reached " + otherOrigin(where)).isZero();
        assertThat(r.proposals()).noneMatch(p -> p.basis().contains(String.valueOf(other.getPort())));
        assertThat(r.toString()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
    }

    private ProbeResult autodiscoverXml(ProbeCredentials creds) throws IOException {
        ProbeEndpoints e = new ProbeEndpoints(List.of(LocalServers.base(named)), null, null, null, null, null);
        return LocalServers.run(servers.settings(e), ProbeInputs.forEmail("svc@acme.test"), creds,
                ProbeId.AUTODISCOVER_XML);
    }

    private ProbeResult ewsLogin() throws IOException {
        ProbeEndpoints e = LocalServers.endpoints(null, LocalServers.base(named) + "/EWS/Exchange.asmx", null, null, null);
        ProbeInputs in = new ProbeInputs("admin@acme.test", null, null, "svc@acme.test", null, null, null);
        return LocalServers.run(servers.settings(e), in, password(), ProbeId.EWS_LOGIN);
    }

    private ProbeResult salesforceOrg() throws IOException {
        ProbeEndpoints e = LocalServers.endpoints(null, null, null, null, LocalServers.base(named));
        ProbeInputs in = new ProbeInputs("admin@acme.test", null, "acme.my.salesforce.com", null, null, null, null);
        return LocalServers.run(servers.settings(e), in, new ProbeCredentials(null, Secret.of(TOKEN.toCharArray()), null),
                ProbeId.SALESFORCE_ORG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.2", "::1", "localhost", "127.0.0.1"})
    void autodiscoverXmlWithAPasswordDoesNotFollowItsFirstPostElsewhere(String where) throws Exception {
        servers(where);
        redirectToOther(where);
        ProbeResult r = autodiscoverXml(password());
        assertRefused(r, where);
        assertThat(r.proposals()).isEmpty();
        assertThat(named.getRequestCount()).isEqualTo(1);
        assertThat(named.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.2", "::1", "localhost", "127.0.0.1"})
    void autodiscoverXmlSendsItsAuthenticatedPostOnlyToTheNamedOrigin(String where) throws Exception {
        servers(where);
        named.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        redirectToOther(where);
        ProbeResult r = autodiscoverXml(password());
        assertRefused(r, where);
        assertThat(r.steps()).extracting(ProbeResult.Step::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(named.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.2", "::1", "localhost", "127.0.0.1"})
    void ewsLoginDoesNotFollowTheChallengeElsewhere(String where) throws Exception {
        servers(where);
        redirectToOther(where);
        ProbeResult r = ewsLogin();
        assertRefused(r, where);
        assertThat(r.credentialsUsed()).isFalse();
        assertThat(r.proposals()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.2", "::1", "localhost", "127.0.0.1"})
    void ewsLoginSendsItsGetFolderOnlyToTheNamedOrigin(String where) throws Exception {
        servers(where);
        named.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        redirectToOther(where);
        ProbeResult r = ewsLogin();
        assertRefused(r, where);
        assertThat(r.proposals()).isEmpty();
        named.takeRequest(5, TimeUnit.SECONDS);
        assertThat(named.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).startsWith("Basic ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.2", "::1", "localhost", "127.0.0.1"})
    void salesforceOrgSendsTheTokenOnlyToTheNamedOrigin(String where) throws Exception {
        servers(where);
        redirectToOther(where);
        ProbeResult r = salesforceOrg();
        assertRefused(r, where);
        assertThat(r.proposals()).isEmpty();
        assertThat(named.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void theReasonIsWordedInTheRunsLanguage() throws Exception {
        servers("127.0.0.2");
        redirectToOther("127.0.0.2");
        ProbeEndpoints e = LocalServers.endpoints(null, null, null, null, LocalServers.base(named));
        ProbeInputs in = new ProbeInputs("admin@acme.test", null, "acme.my.salesforce.com", null, null, null, null);
        ProbeResult r = LocalServers.run(servers.settings(e).withLocale(java.util.Locale.GERMAN), in,
                new ProbeCredentials(null, Secret.of(TOKEN.toCharArray()), null), ProbeId.SALESFORCE_ORG);
        assertThat(r.reason()).isEqualTo("Weiterleitung auf einen anderen Host (" + otherOrigin("127.0.0.2")
                + "); Anmeldedaten nicht gesendet");
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void aRedirectWithinTheNamedOriginIsFollowedWithTheCredentials() throws Exception {
        servers("127.0.0.2");
        named.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        named.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/EWS/Other.asmx").build());
        named.enqueue(new MockResponse.Builder().body(CredentialProbesTest.getFolderOk()).build());
        ProbeResult r = ewsLogin();
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        named.takeRequest(5, TimeUnit.SECONDS);
        named.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest followed = named.takeRequest(5, TimeUnit.SECONDS);
        assertThat(followed.getTarget()).isEqualTo("/EWS/Other.asmx");
        assertThat(followed.getHeaders().get("Authorization")).startsWith("Basic ");
    }

    @Test
    void aLocationWithUserInfoIsRefusedEvenOnTheNamedOrigin() throws Exception {
        servers("127.0.0.2");
        named.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        named.enqueue(new MockResponse.Builder().code(307)
                .addHeader("Location", "https://mallory:stolen-pw@127.0.0.1:" + named.getPort() + "/EWS/Exchange.asmx")
                .build());
        ProbeResult r = ewsLogin();
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("redirect to https://127.0.0.1:" + named.getPort()
                + " refused: the address contains a user name or password");
        assertThat(named.getRequestCount()).isEqualTo(2);
        assertThat(r.toString()).doesNotContain("stolen-pw").doesNotContain("mallory");
    }

    @Test
    void aLocationWithUserInfoIsRefusedWithoutCredentialsToo() throws Exception {
        servers("127.0.0.2");
        named.enqueue(new MockResponse.Builder().code(307)
                .addHeader("Location", "https://" + "127.0.0.1:" + named.getPort() + "@127.0.0.2:" + other.getPort() + "/")
                .build());
        ProbeResult r = autodiscoverXml(ProbeCredentials.none());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("redirect to https://127.0.0.2:" + other.getPort()
                + " refused: the address contains a user name or password");
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void withoutAPasswordAutodiscoverXmlFollowsARedirectToAnotherHostAndSaysWhere() throws Exception {
        servers("127.0.0.2");
        named.enqueue(new MockResponse.Builder().code(302)
                .addHeader("Location", otherOrigin("127.0.0.2") + "/autodiscover/autodiscover.xml").build());
        ProbeResult r = autodiscoverXml(ProbeCredentials.none());
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.credentialsUsed()).isFalse();
        assertThat(EwsAuthProbeTest.proposal(r, "$.exchange.authMethods")).isEqualTo(List.of("BASIC"));
        assertThat(r.proposals()).isNotEmpty().allMatch(p -> p.basis().contains(otherOrigin("127.0.0.2")));
        assertThat((List<?>) r.steps().get(0).evidence().get("redirects")).hasSize(1);
        assertThat(other.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isNull();
    }

    @Test
    void theHttpClientRefusesCredentialsOutsideTheirScopeBeforeAnythingIsSent() throws Exception {
        servers("127.0.0.2");
        ProbeSettings st = servers.settings(null);
        Request toOther = new Request.Builder().url(other.url("/x")).header("Authorization", "Basic eDp5").build();
        try (ProbeHttp http = new ProbeHttp(st)) {
            ProbeRun run = new ProbeRun(ProbeId.EWS_LOGIN, ProbeInputs.forEmail("a@acme.test"), st, password(), http,
                    RootsInForce.of(null), ProbeListener.NONE, Clock.systemUTC());
            assertThatThrownBy(() -> http.send(run, toOther, Origin.of(named.url("/"))))
                    .hasMessage("refused to send credentials to " + otherOrigin("127.0.0.2")
                            + " (credentials go only over https to the host and port the admin named)");
            assertThatThrownBy(() -> http.send(run, toOther, null)).isInstanceOf(ProbeProblem.class);
            // the second line: OkHttp's network interceptor, for a request that bypassed send()
            Request tagged = toOther.newBuilder().tag(CredentialGuard.Scope.class,
                    new CredentialGuard.Scope(Origin.of(named.url("/")))).build();
            assertThatThrownBy(() -> http.client().newCall(tagged).execute()).isInstanceOf(CredentialGuard.Refused.class);
        }
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void anOriginIsSchemeHostAndPortWithTheDefaultPortSpelledOut() {
        Origin o = Origin.of(HttpUrl.get("https://Mail.Acme.test/EWS/Exchange.asmx"));
        assertThat(o).hasToString("https://mail.acme.test:443");
        assertThat(o.contains(HttpUrl.get("https://mail.acme.test:443/other"))).isTrue();
        assertThat(o.contains(HttpUrl.get("https://mail.acme.test:8443/"))).isFalse();
        assertThat(o.contains(HttpUrl.get("http://mail.acme.test:443/"))).isFalse();
        assertThat(o.contains(HttpUrl.get("https://mail.acme.test.evil.test/"))).isFalse();
        assertThat(Origin.of(HttpUrl.get("https://[0:0:0:0:0:0:0:1]:8444/"))).hasToString("https://[::1]:8444");
    }
}
