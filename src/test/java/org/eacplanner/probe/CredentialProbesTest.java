package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.probe.EwsAuthProbeTest.proposal;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.eacplanner.model.Edition;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EWS_LOGIN and SALESFORCE_ORG: the probes that use what the admin typed. */
class CredentialProbesTest extends LocalServersTest {

    MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        server = servers.https();
    }

    private ProbeResult ewsLogin(String mailbox, ProbeCredentials creds) throws Exception {
        ProbeEndpoints e = LocalServers.endpoints(null, LocalServers.base(server) + "/EWS/Exchange.asmx", null, null, null);
        ProbeInputs in = new ProbeInputs("admin@acme.com", null, null, "svc-sync@acme.com", mailbox, null, null);
        return LocalServers.run(servers.settings(e), in, creds, ProbeId.EWS_LOGIN);
    }

    private static ProbeCredentials password(String p) {
        return new ProbeCredentials(Secret.of(p.toCharArray()), null, null);
    }

    static String getFolderOk() {
        return "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<m:GetFolderResponse xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
                + "<m:ResponseMessages><m:GetFolderResponseMessage ResponseClass=\"Success\"><m:ResponseCode>NoError"
                + "</m:ResponseCode></m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>";
    }

    static String impersonationDenied() {
        return "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                + "<faultcode>a:ErrorImpersonateUserDenied</faultcode><faultstring xml:lang=\"en-US\">The account does not"
                + " have permission to impersonate the requested user.</faultstring><detail>"
                + "<e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">ErrorImpersonateUserDenied"
                + "</e:ResponseCode></detail></s:Fault></s:Body></s:Envelope>";
    }

    @Test
    void basicLoginWorksButImpersonationIsDenied() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"")
                .addHeader("WWW-Authenticate", "NTLM").build());
        server.enqueue(new MockResponse.Builder().body(getFolderOk()).build());
        server.enqueue(new MockResponse.Builder().code(500).body(impersonationDenied()).build());
        ProbeCredentials creds = password("s3cret!");
        ProbeResult r = ewsLogin("ceo@acme.com", creds);

        assertThat(r.target()).isEqualTo("svc-sync@acme.com → ceo@acme.com");
        assertThat(r.credentialsUsed()).isTrue();
        assertThat(r.steps()).extracting(ProbeResult.Step::outcome).containsExactly(Outcome.PASS, Outcome.PASS, Outcome.FAIL);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).startsWith("no impersonation right: ErrorImpersonateUserDenied");
        assertThat(proposal(r, "$.lightningSync.serviceAccountAuth")).isEqualTo("BASIC");
        assertThat(proposal(r, "$.lightningSync.impersonationGranted")).isEqualTo(false);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isNull();
        RecordedRequest login = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(login.getHeaders().get("Authorization")).startsWith("Basic ");
        assertThat(login.getBody().utf8()).contains("GetFolder").doesNotContain("ExchangeImpersonation");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
                .contains("<t:PrimarySmtpAddress>ceo@acme.com</t:PrimarySmtpAddress>");
        assertThat(creds.isCleared()).isTrue();
    }

    @Test
    void impersonationGranted() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        server.enqueue(new MockResponse.Builder().body(getFolderOk()).build());
        server.enqueue(new MockResponse.Builder().body(getFolderOk()).build());
        ProbeResult r = ewsLogin("ceo@acme.com", password("pw"));
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(proposal(r, "$.lightningSync.impersonationGranted")).isEqualTo(true);
    }

    @Test
    void withoutBasicTheLoginTestIsSkippedAndProposesNothing() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Negotiate")
                .addHeader("WWW-Authenticate", "NTLM").build());
        ProbeResult r = ewsLogin(null, password("pw"));
        assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(r.reason()).isEqualTo("the login test uses Basic; this server offers only Negotiate, NTLM");
        assertThat(r.proposals()).isEmpty();
        assertThat(r.credentialsUsed()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutAPasswordNothingIsSent() throws Exception {
        ProbeResult r = ewsLogin(null, ProbeCredentials.none());
        assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusedCredentialsFail() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        ProbeResult r = ewsLogin(null, password("wrong"));
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("the server refused the credentials (HTTP 401)");
        assertThat(r.proposals()).isEmpty();
    }

    private ProbeResult salesforce(ProbeCredentials creds) throws Exception {
        ProbeEndpoints e = LocalServers.endpoints(null, null, null, null, LocalServers.base(server));
        ProbeInputs in = new ProbeInputs("admin@acme.com", null, "acme.my.salesforce.com", null, null, null, null);
        return LocalServers.run(servers.settings(e), in, creds, ProbeId.SALESFORCE_ORG);
    }

    @Test
    void salesforceOrgIsReadWithTheToken() throws Exception {
        server.enqueue(new MockResponse.Builder().body("[{\"label\":\"Summer '24\",\"url\":\"/services/data/v61.0\","
                + "\"version\":\"61.0\"},{\"label\":\"Winter '25\",\"url\":\"/services/data/v62.0\",\"version\":\"62.0\"}]").build());
        server.enqueue(new MockResponse.Builder().body("{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":"
                + "{\"type\":\"Organization\"},\"Id\":\"00D5g000004abcdEAA\",\"Name\":\"Acme\",\"InstanceName\":\"NA224\","
                + "\"OrganizationType\":\"Enterprise Edition\",\"IsSandbox\":false}]}").build());
        ProbeCredentials creds = new ProbeCredentials(null, Secret.of("00Dtoken!abc".toCharArray()), null);
        ProbeResult r = salesforce(creds);

        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.target()).isEqualTo("acme.my.salesforce.com");
        assertThat(proposal(r, "$.org.orgId")).isEqualTo("00D5g000004abcdEAA");
        assertThat(proposal(r, "$.org.name")).isEqualTo("Acme");
        assertThat(proposal(r, "$.org.instance")).isEqualTo("NA224");
        assertThat(proposal(r, "$.org.edition")).isEqualTo("ENTERPRISE");
        assertThat(r.proposals()).noneMatch(p -> p.path().equals("$.org.cloud"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer 00Dtoken!abc");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).startsWith("/services/data/v62.0/query/?q=SELECT");
        assertThat(creds.isCleared()).isTrue();
    }

    @Test
    void aRefusedTokenFails() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body("[{\"errorCode\":\"INVALID_SESSION_ID\"}]").build());
        ProbeResult r = salesforce(new ProbeCredentials(null, Secret.of("bad".toCharArray()), null));
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("Salesforce refused the access token (HTTP 401)");
    }

    @Test
    void editionIsTheFirstWordOfOrganizationType() {
        assertThat(SalesforceOrgProbe.edition("Developer Edition")).isEqualTo(Edition.DEVELOPER);
        assertThat(SalesforceOrgProbe.edition("Unlimited Edition")).isEqualTo(Edition.UNLIMITED);
        assertThat(SalesforceOrgProbe.edition("Team Edition")).isEqualTo(Edition.GROUP);
        assertThat(SalesforceOrgProbe.edition("Group Edition")).isEqualTo(Edition.GROUP);
        assertThat(SalesforceOrgProbe.edition("Essentials")).isEqualTo(Edition.ESSENTIALS);
        assertThat(SalesforceOrgProbe.edition("Personal Edition")).isEqualTo(Edition.OTHER);
    }
}
