package org.eacplanner.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HeldCertificate;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;

/**
 * Local TLS servers for the probe tests, bound to loopback addresses only (127.0.0.1 unless a test names
 * another), and the settings that point the probes at
 * them and trust the test root through the same {@code --trust-ca} file mechanism users have.
 */
final class LocalServers implements AutoCloseable {

    private final List<AutoCloseable> open = new ArrayList<>();
    private final Path dir;

    LocalServers(Path dir) {
        this.dir = dir;
    }

    MockWebServer https() throws IOException {
        return https(TestPki.server(TestPki.LOCAL));
    }

    MockWebServer https(HeldCertificate leaf) throws IOException {
        return https(TestPki.server(leaf));
    }

    MockWebServer https(SSLSocketFactory factory) throws IOException {
        return https(InetAddress.getByName("127.0.0.1"), factory);
    }

    /** A TLS server on another loopback address ({@code 127.0.0.2}, {@code ::1}). */
    MockWebServer https(InetAddress address, SSLSocketFactory factory) throws IOException {
        MockWebServer s = new MockWebServer();
        s.useHttps(factory);
        s.start(address, 0);
        open.add(s);
        return s;
    }

    MockWebServer http() throws IOException {
        MockWebServer s = new MockWebServer();
        s.start(InetAddress.getByName("127.0.0.1"), 0);
        open.add(s);
        return s;
    }

    <T extends AutoCloseable> T add(T c) {
        open.add(c);
        return c;
    }

    /** Base settings: no proxy, the test root trusted through a --trust-ca PEM file, short timeouts. */
    ProbeSettings settings(ProbeEndpoints endpoints) throws IOException {
        String pem = Files.readString(TestPki.trustCaFile(dir));
        return new ProbeSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(15), ProxySettings.NONE,
                pem, endpoints);
    }

    static ProbeEndpoints endpoints(String autodiscover, String ews, String authority, HostPort dns, String salesforce) {
        return new ProbeEndpoints(autodiscover == null ? null : List.of(autodiscover), ews, authority, dns, salesforce,
                Map.of());
    }

    static String base(MockWebServer s) {
        String u = s.url("/").toString();
        return u.substring(0, u.length() - 1);
    }

    /** Runs one probe and returns its result. */
    static ProbeResult run(ProbeSettings settings, ProbeInputs inputs, ProbeCredentials creds, ProbeId id) {
        try (ProbeRunner runner = new ProbeRunner(settings)) {
            List<ProbeResult> results = runner.run(inputs, creds, List.of(id));
            return results.get(0);
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }
}
