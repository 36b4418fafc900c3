package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

/** What a server sends is bounded in a result: texts cut at 1,000 characters, evidence lists at 50 entries. */
class TextCapTest extends LocalServersTest {

    static final String CUT_EN = "… (cut at 1,000 characters)";

    private ProbeResult tenantCloud(String json, Locale locale) throws Exception {
        MockWebServer authority = servers.https();
        authority.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(json).build());
        ProbeEndpoints e = LocalServers.endpoints(null, null, LocalServers.base(authority), null, null);
        return LocalServers.run(servers.settings(e).withLocale(locale), new ProbeInputs("admin@acme.com",
                "acme.onmicrosoft.com", null, null, null, null, null), ProbeCredentials.none(), ProbeId.TENANT_CLOUD);
    }

    @Test
    void aHugeCloudInstanceNameIsCutInTheReasonAndTheEvidence() throws Exception {
        String huge = "x".repeat(900_000);
        ProbeResult r = tenantCloud("{\"cloud_instance_name\":\"" + huge + "\"}", Locale.ENGLISH);

        assertThat(r.outcome()).isEqualTo(Outcome.WARN);
        assertThat(r.reason()).startsWith("unknown cloud: cloud_instance_name xxx").endsWith(CUT_EN)
                .hasSize(TextCap.MAX_CHARS + CUT_EN.length());
        ProbeResult.Step read = r.steps().get(1);
        assertThat(read.reason()).isEqualTo(r.reason());
        assertThat((String) read.evidence().get("cloud_instance_name")).isEqualTo("x".repeat(1000) + CUT_EN);
        assertThat(r.toString().length()).isLessThan(10_000);
    }

    @Test
    void theNoteIsInTheRunsLanguageButEvidenceStaysAsItIs() throws Exception {
        ProbeResult r = tenantCloud("{\"cloud_instance_name\":\"" + "y".repeat(5000) + "\"}", Locale.GERMAN);
        assertThat(r.reason()).endsWith("… (gekürzt auf 1.000 Zeichen)").hasSize(1000 + "… (gekürzt auf 1.000 Zeichen)".length());
        assertThat((String) r.steps().get(1).evidence().get("cloud_instance_name")).endsWith(CUT_EN);
    }

    @Test
    void textsUpToTheLimitStayWhole() throws Exception {
        ProbeResult r = tenantCloud("{\"cloud_instance_name\":\"" + "z".repeat(1000) + "\"}", Locale.ENGLISH);
        assertThat((String) r.steps().get(1).evidence().get("cloud_instance_name")).isEqualTo("z".repeat(1000));
        assertThat(TextCap.cut("a".repeat(1000), ProbeText.english())).isEqualTo("a".repeat(1000));
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String s = "a".repeat(999) + "😀" + "b".repeat(10);
        assertThat(TextCap.cut(s, ProbeText.english())).isEqualTo("a".repeat(999) + CUT_EN);
    }

    @Test
    void evidenceListsKeepFiftyEntriesAndSayHowManyMore() throws Exception {
        MockWebServer s = servers.https();
        MockResponse.Builder b = new MockResponse.Builder().code(401);
        for (int i = 0; i < 200; i++) {
            b.addHeader("WWW-Authenticate", "Scheme" + i);
        }
        s.enqueue(b.build());
        ProbeSettings st = servers.settings(LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx",
                null, null, null));
        ProbeResult r = LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"), ProbeCredentials.none(), ProbeId.EWS_AUTH);
        @SuppressWarnings("unchecked")
        List<Object> offered = (List<Object>) r.steps().get(0).evidence().get("wwwAuthenticate");
        assertThat(offered).hasSize(51).startsWith("Scheme0").endsWith("… and 150 more");
    }

    @Test
    void nestedEvidenceIsCutToo() {
        Object cut = TextCap.evidence(Map.of("inner", List.of("q".repeat(2000))));
        assertThat(cut).isEqualTo(Map.of("inner", List.of("q".repeat(1000) + CUT_EN)));
    }
}
