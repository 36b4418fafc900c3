package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.probe.EwsAuthProbeTest.proposal;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.eacplanner.model.MicrosoftCloud;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TENANT_CLOUD and USER_REALM against a local authority. */
class MicrosoftSignInProbesTest extends LocalServersTest {

    MockWebServer authority;

    @BeforeEach
    void setUp() throws Exception {
        authority = servers.https();
    }

    private ProbeResult run(ProbeId id) throws Exception {
        ProbeEndpoints e = LocalServers.endpoints(null, null, LocalServers.base(authority), null, null);
        return LocalServers.run(servers.settings(e), new ProbeInputs("admin@acme.com", "acme.onmicrosoft.com", null, null,
                null, null, null), ProbeCredentials.none(), id);
    }

    private void answer(int code, String json) {
        authority.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(json).build());
    }

    @Test
    void worldwideTenant() throws Exception {
        answer(200, "{\"issuer\":\"https://login.microsoftonline.com/x/v2.0\",\"tenant_region_scope\":\"EU\","
                + "\"cloud_instance_name\":\"microsoftonline.com\",\"msgraph_host\":\"graph.microsoft.com\"}");
        ProbeResult r = run(ProbeId.TENANT_CLOUD);
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.target()).isEqualTo("acme.onmicrosoft.com");
        assertThat(proposal(r, "$.exchange.microsoftCloud")).isEqualTo("WORLDWIDE");
        assertThat(r.steps().get(1).evidence()).containsEntry("tenant_region_scope", "EU");
        assertThat(authority.takeRequest(5, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/acme.onmicrosoft.com/v2.0/.well-known/openid-configuration");
    }

    @Test
    void gccHighStyleConfigurationGivesGccHigh() throws Exception {
        answer(200, "{\"issuer\":\"https://login.microsoftonline.us/x/v2.0\",\"tenant_region_scope\":\"NA\","
                + "\"tenant_region_sub_scope\":\"DODCON\",\"cloud_instance_name\":\"microsoftonline.us\","
                + "\"msgraph_host\":\"graph.microsoft.us\"}");
        ProbeResult r = run(ProbeId.TENANT_CLOUD);
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(proposal(r, "$.exchange.microsoftCloud")).isEqualTo("GCC_HIGH");
        assertThat(r.steps().get(1).evidence()).containsEntry("msgraph_host", "graph.microsoft.us")
                .containsEntry("tenant_region_sub_scope", "DODCON");
    }

    @Test
    void usGovernmentWithoutSubScopeIsAWarningWithoutProposal() throws Exception {
        answer(200, "{\"tenant_region_scope\":\"NA\",\"cloud_instance_name\":\"microsoftonline.us\"}");
        ProbeResult r = run(ProbeId.TENANT_CLOUD);
        assertThat(r.outcome()).isEqualTo(Outcome.WARN);
        assertThat(r.reason()).startsWith("US government cloud, level unknown");
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void unknownTenantIsAFailWithMicrosoftsText() throws Exception {
        answer(400, "{\"error\":\"invalid_tenant\",\"error_description\":\"AADSTS90002: Tenant 'acme.onmicrosoft.com' not"
                + " found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.\\r\\n"
                + "Trace ID: 1\",\"error_codes\":[90002]}");
        ProbeResult r = run(ProbeId.TENANT_CLOUD);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).startsWith("unknown tenant acme.onmicrosoft.com: AADSTS90002: Tenant 'acme.onmicrosoft.com'"
                + " not found.").doesNotContain("Trace ID");
        assertThat(r.steps().get(0).evidence()).containsEntry("error", "invalid_tenant");
        assertThat(r.proposals()).isEmpty();
    }

    @Test
    void cloudMappingFollowsProbesMd() {
        assertThat(TenantCloudProbe.cloud("microsoftonline.com", null)).isEqualTo(MicrosoftCloud.WORLDWIDE);
        assertThat(TenantCloudProbe.cloud("microsoftonline.com", "GCC")).isEqualTo(MicrosoftCloud.GCC);
        assertThat(TenantCloudProbe.cloud("microsoftonline.us", "DODCON")).isEqualTo(MicrosoftCloud.GCC_HIGH);
        assertThat(TenantCloudProbe.cloud("microsoftonline.us", "DOD")).isEqualTo(MicrosoftCloud.DOD);
        assertThat(TenantCloudProbe.cloud("partner.microsoftonline.cn", null)).isEqualTo(MicrosoftCloud.CHINA_21VIANET);
        assertThat(TenantCloudProbe.cloud("microsoftonline.us", null)).isNull();
        assertThat(TenantCloudProbe.cloud("microsoftonline.com", "XYZ")).isNull();
        assertThat(TenantCloudProbe.cloud(null, null)).isNull();
    }

    @Test
    void federatedRealm() throws Exception {
        answer(200, "{\"State\":3,\"UserState\":2,\"Login\":\"admin@acme.com\",\"NameSpaceType\":\"Federated\","
                + "\"DomainName\":\"acme.com\",\"FederationBrandName\":\"Acme\","
                + "\"AuthURL\":\"https://sts.acme.com/adfs/ls/?username=admin%40acme.com\",\"CloudInstanceName\":\"microsoftonline.com\"}");
        ProbeResult r = run(ProbeId.USER_REALM);
        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.target()).isEqualTo("admin@acme.com");
        assertThat(r.steps().get(1).evidence()).containsEntry("NameSpaceType", "Federated")
                .containsEntry("FederationBrandName", "Acme").containsEntry("federationHost", "sts.acme.com");
        assertThat(r.proposals()).isEmpty();
        assertThat(authority.takeRequest(5, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/getuserrealm.srf?login=admin%40acme.com&json=1");
    }

    @Test
    void unknownRealmIsAWarning() throws Exception {
        answer(200, "{\"State\":4,\"UserState\":1,\"NameSpaceType\":\"Unknown\"}");
        ProbeResult r = run(ProbeId.USER_REALM);
        assertThat(r.outcome()).isEqualTo(Outcome.WARN);
        assertThat(r.reason()).isEqualTo("the domain acme.com is not in any Microsoft tenant");
    }
}
