package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

class EwsAuthProbeTest extends LocalServersTest {


    private ProbeResult probe(String ewsUrl, ProbeInputs inputs, Map<String, String> resolve) throws Exception {
        ProbeEndpoints e = new ProbeEndpoints(null, ewsUrl, null, null, null, resolve);
        return LocalServers.run(servers.settings(e), inputs, ProbeCredentials.none(), ProbeId.EWS_AUTH);
    }

    private static MockResponse challenge(String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(401);
        for (String h : headers) {
            b.addHeader("WWW-Authenticate", h);
        }
        return b.build();
    }

    @Test
    void basicNtlmNegotiateChallengeGivesExactlyThoseMethods() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(challenge("Basic realm=\"mail.acme.com\"", "NTLM", "Negotiate"));
        String url = LocalServers.base(s) + "/EWS/Exchange.asmx";
        ProbeResult r = probe(url, ProbeInputs.forEmail("admin@acme.com"), Map.of());

        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.target()).isEqualTo(url);
        assertThat(r.steps()).extracting(ProbeResult.Step::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
        assertThat(r.steps().get(0).evidence()).containsEntry("status", 401);
        assertThat(proposal(r, "$.exchange.authMethods")).isEqualTo(List.of("BASIC", "NTLM", "NEGOTIATE"));
        assertThat(proposal(r, "$.exchange.ewsEnabled")).isEqualTo(true);
        assertThat(proposal(r, "$.exchange.ewsOverSsl")).isEqualTo(true);
        assertThat(s.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void severalSchemesInOneHeaderAreEachRead() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(challenge("Negotiate, NTLM, Basic realm=\"x\", charset=\"UTF-8\""));
        ProbeResult r = probe(LocalServers.base(s) + "/EWS/Exchange.asmx", ProbeInputs.forEmail("a@acme.com"), Map.of());
        assertThat(proposal(r, "$.exchange.authMethods")).isEqualTo(List.of("NEGOTIATE", "NTLM", "BASIC"));
    }

    @Test
    void exchangeOnlineBearerChallengeReportsOnlyOauthAndSaysWhy() throws Exception {
        MockWebServer s = servers.https(TestPki.leaf("outlook.office365.com"));
        s.enqueue(challenge("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", trusted_issuers=\"x\", "
                + "token_types=\"app_asserted_user_v1 service_asserted_app_v1\", "
                + "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", error=\"invalid_token\"",
                "Basic Realm=\"\"", "NTLM"));
        String url = "https://outlook.office365.com:" + s.getPort() + "/EWS/Exchange.asmx";
        ProbeResult r = probe(url, ProbeInputs.forEmail("a@acme.com"), Map.of("outlook.office365.com", "127.0.0.1"));

        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.steps().get(1).evidence()).containsEntry("schemes", List.of("Bearer", "Basic", "NTLM"))
                .containsEntry("authMethods", List.of("OAUTH")).containsEntry("note", ExchangeHosts.BASIC_OFF);
        assertThat(proposal(r, "$.exchange.authMethods")).isEqualTo(List.of("OAUTH"));
    }

    @Test
    void hybridAnswersFromAnExchangeOnlineHostAreEvidenceOnly() throws Exception {
        MockWebServer s = servers.https(TestPki.leaf("outlook.office365.com"));
        s.enqueue(challenge("Bearer authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\""));
        ProbeInputs hybrid = new ProbeInputs("a@acme.com", null, null, null, null, Deployment.HYBRID, null);
        ProbeResult r = probe("https://outlook.office365.com:" + s.getPort() + "/EWS/Exchange.asmx", hybrid,
                Map.of("outlook.office365.com", "127.0.0.1"));
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.steps().get(1).evidence()).containsEntry("authMethods", List.of("OAUTH"));
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void anExpiredCertificateFailsTheRequestWithThatReason() throws Exception {
        MockWebServer s = servers.https(TestPki.expiredLeaf());
        ProbeResult r = probe(LocalServers.base(s) + "/EWS/Exchange.asmx", ProbeInputs.forEmail("a@acme.com"), Map.of());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).contains("has expired");
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void aCertificateForAnotherHostFailsWithThatReason() throws Exception {
        MockWebServer s = servers.https(TestPki.leaf("mail.other.example"));
        ProbeResult r = probe(LocalServers.base(s) + "/EWS/Exchange.asmx", ProbeInputs.forEmail("a@acme.com"), Map.of());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).contains("does not match its name");
    }

    @Test
    void withoutAnEwsUrlTheProbeIsSkipped() throws Exception {
        ProbeResult r = probe(null, ProbeInputs.forEmail("a@acme.com"), Map.of());
        assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(r.steps()).singleElement().satisfies(st -> assertThat(st.reason()).isEqualTo("no EWS URL given"));
    }

    static Object proposal(ProbeResult r, String path) {
        return r.proposals().stream().filter(p -> p.path().equals(path)).map(ProbeResult.Proposal::value)
                .findFirst().orElse(null);
    }
}
