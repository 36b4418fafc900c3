package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.probe.EwsAuthProbeTest.proposal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

class AutodiscoverProbesTest extends LocalServersTest {


    private ProbeResult run(ProbeId id, List<String> bases, ProbeCredentials creds) throws Exception {
        ProbeEndpoints e = new ProbeEndpoints(bases, null, null, null, null, null);
        return LocalServers.run(servers.settings(e), ProbeInputs.forEmail("admin@acme.com"), creds, id);
    }

    @Test
    void jsonAnswerGivesTheEwsUrl() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"Protocol\":\"EWS\",\"Url\":\"https://mail.acme.com/EWS/Exchange.asmx\"}").build());
        ProbeResult r = run(ProbeId.AUTODISCOVER_JSON, List.of(LocalServers.base(s)), ProbeCredentials.none());

        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.target()).isEqualTo("acme.com");
        assertThat(proposal(r, "$.exchange.ewsUrl")).isEqualTo("https://mail.acme.com/EWS/Exchange.asmx");
        assertThat(proposal(r, "$.exchange.autodiscoverEnabled")).isEqualTo(true);
        RecordedRequest req = s.takeRequest(5, TimeUnit.SECONDS);
        assertThat(req.getTarget()).isEqualTo("/autodiscover/autodiscover.json/v1.0/admin@acme.com?Protocol=EWS");
    }

    @Test
    void aFailingFirstCandidateIsAWarningWhenTheNextAnswers() throws Exception {
        MockWebServer first = servers.https();
        first.enqueue(new MockResponse.Builder().code(404).build());
        MockWebServer second = servers.https();
        second.enqueue(new MockResponse.Builder().body("{\"Protocol\":\"EWS\",\"Url\":\"https://x.acme.com/EWS/Exchange.asmx\"}").build());
        ProbeResult r = run(ProbeId.AUTODISCOVER_JSON, List.of(LocalServers.base(first), LocalServers.base(second)),
                ProbeCredentials.none());
        assertThat(r.steps()).extracting(ProbeResult.Step::outcome).containsExactly(Outcome.WARN, Outcome.PASS);
        assertThat(r.steps().get(0).reason()).isEqualTo("HTTP 404 instead of an Autodiscover answer; trying the next candidate");
        assertThat(r.outcome()).isEqualTo(Outcome.WARN);
    }

    @Test
    void xmlChallengeGivesTheAuthMethods() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Negotiate")
                .addHeader("WWW-Authenticate", "NTLM").build());
        ProbeResult r = run(ProbeId.AUTODISCOVER_XML, List.of(LocalServers.base(s)), ProbeCredentials.none());
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(proposal(r, "$.exchange.authMethods")).isEqualTo(List.of("NEGOTIATE", "NTLM"));
        assertThat(proposal(r, "$.exchange.autodiscoverEnabled")).isEqualTo(true);
        RecordedRequest req = s.takeRequest(5, TimeUnit.SECONDS);
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getTarget()).isEqualTo("/autodiscover/autodiscover.xml");
        assertThat(req.getBody().utf8()).contains("<EMailAddress>admin@acme.com</EMailAddress>");
        assertThat(req.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void withThePasswordTheAuthenticatedAnswerGivesTheEwsUrl() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"acme\"").build());
        s.enqueue(new MockResponse.Builder().body(autodiscoverAnswer("https://mail.acme.com/EWS/Exchange.asmx")).build());
        ProbeCredentials creds = new ProbeCredentials(Secret.of("pa55word".toCharArray()), null, null);
        ProbeResult r = run(ProbeId.AUTODISCOVER_XML, List.of(LocalServers.base(s)), creds);

        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.credentialsUsed()).isTrue();
        assertThat(r.steps().get(1).evidence()).containsEntry("ewsUrl", "https://mail.acme.com/EWS/Exchange.asmx");
        s.takeRequest(5, TimeUnit.SECONDS);
        assertThat(s.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
                .isEqualTo("Basic " + java.util.Base64.getEncoder().encodeToString("admin@acme.com:pa55word".getBytes()));
        assertThat(creds.isCleared()).isTrue();
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        MockWebServer bait = servers.http();
        Path secretFile = dir.resolve("secret.txt");
        Files.writeString(secretFile, "FILE-CONTENT-MUST-NOT-LEAK");
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().body("<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n"
                + "<!ENTITY http SYSTEM \"" + bait.url("/fetched") + "\">\n"
                + "<!ENTITY file SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + "<Autodiscover><Response><Account><Protocol><EwsUrl>&http;&file;</EwsUrl></Protocol></Account>"
                + "</Response></Autodiscover>").build());
        ProbeResult r = run(ProbeId.AUTODISCOVER_XML, List.of(LocalServers.base(s)), ProbeCredentials.none());

        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("the XML answer contains a DTD (DOCTYPE), which is refused");
        assertThat(bait.getRequestCount()).isZero();
        assertThat(r.toString()).doesNotContain("FILE-CONTENT-MUST-NOT-LEAK");
    }

    static String autodiscoverAnswer(String ewsUrl) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
                + "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
                + "<Account><AccountType>email</AccountType><Action>settings</Action>"
                + "<Protocol><Type>EXCH</Type><EwsUrl>" + ewsUrl + "</EwsUrl></Protocol></Account></Response></Autodiscover>";
    }
}
