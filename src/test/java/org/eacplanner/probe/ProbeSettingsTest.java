package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.eacplanner.model.AuthMethod;
import org.junit.jupiter.api.Test;

class ProbeSettingsTest {

    @Test
    void defaultsAreThoseOfProbesMd() {
        ProbeSettings s = ProbeSettings.defaults();
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.probeTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.proxy()).isEqualTo(ProxySettings.SYSTEM);
    }

    @Test
    void timeoutOptionSetsTheWholeLimitAndCapsTheOthers() {
        ProbeSettings s = ProbeSettings.defaults().withTimeout(Duration.ofSeconds(7));
        assertThat(s.probeTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(7));
        ProbeSettings short3 = ProbeSettings.defaults().withTimeout(Duration.ofSeconds(3));
        assertThat(short3.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> ProbeSettings.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proxyAndHostPortParsing() {
        assertThat(ProxySettings.parse("proxy.acme.com:3128", "jdoe"))
                .isEqualTo(new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.acme.com", 3128, "jdoe"));
        assertThat(HostPort.parse("[::1]:5353", "--dns-server")).isEqualTo(new HostPort("::1", 5353));
        assertThat(HostPort.parse("[::1]:5353", "--dns-server").toString()).isEqualTo("[::1]:5353");
        assertThatThrownBy(() -> HostPort.parse("host:99999", "--proxy")).hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> HostPort.parse("host", "--proxy")).hasMessage("--proxy host: expected HOST:PORT");
    }

    @Test
    void anExtraCaWithoutCertificateIsRefused() {
        assertThatThrownBy(() -> new ProbeHttp(ProbeSettings.defaults().withTrustCaPem("not a pem")))
                .hasMessageStartingWith("the extra trusted CA holds no PEM certificate");
    }

    @Test
    void secretsHideThemselvesAndWipeTheirCharacters() {
        char[] typed = "hunter2".toCharArray();
        Secret s = Secret.of(typed);
        ProbeCredentials c = new ProbeCredentials(s, null, null);
        assertThat(s.toString()).doesNotContain("hunter2");
        assertThat(c.toString()).doesNotContain("hunter2");
        assertThat(ProxyLogin.basic("u", s)).isEqualTo("Basic dTpodW50ZXIy");
        c.clear();
        assertThat(typed).containsOnly('\0');
        assertThat(s.isCleared()).isTrue();
        assertThat(c.isCleared()).isTrue();
        assertThatThrownBy(() -> s.use(String::new)).hasMessageNotContaining("hunter2");
    }

    @Test
    void challengesAreSplitIntoSchemes() {
        var schemes = AuthChallenges.schemes(java.util.List.of("Bearer realm=\"a, b\", error=\"x\", Basic realm=\"c\"",
                "Negotiate YIIB=", "NTLM"));
        assertThat(schemes).containsExactly("Bearer", "Basic", "Negotiate", "NTLM");
        assertThat(AuthChallenges.methods(schemes)).containsExactly(AuthMethod.OAUTH, AuthMethod.BASIC,
                AuthMethod.NEGOTIATE, AuthMethod.NTLM);
    }
}
