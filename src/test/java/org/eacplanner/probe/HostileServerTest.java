package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.Protocol;
import okio.BufferedSink;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

/** Servers that misbehave: every probe ends bounded, reported as ERROR or FAIL with a reason. Loopback only. */
class HostileServerTest extends LocalServersTest {

    /** Margin on every timing assertion: never flaky on a busy 2-core machine. */
    static final long MARGIN_MS = 3000;
    private static final Logger SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());


    private ProbeResult ewsAuth(String url, ProbeSettings base) {
        ProbeSettings s = base.withEndpoints(LocalServers.endpoints(null, url, null, null, null));
        return LocalServers.run(s, ProbeInputs.forEmail("a@acme.com"), ProbeCredentials.none(), ProbeId.EWS_AUTH);
    }

    private ProbeSettings settings() throws IOException {
        return servers.settings(null);
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersEndsAtTheReadTimeout() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
        ProbeResult r = ewsAuth(LocalServers.base(s) + "/EWS/Exchange.asmx", settings());
        long ms = took(r);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).isEqualTo("no answer from " + s.getHostName() + " within 2 s (read timeout)");
        assertThat(ms).isBetween(2000L, 2000L + MARGIN_MS);
    }

    @Test
    void aStallOnAnAlreadyOpenConnectionIsAReadTimeoutToo() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        s.enqueue(new MockResponse.Builder().onRequestStart(SocketEffect.Stall.INSTANCE).build());
        ProbeSettings st = settings().withEndpoints(LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx",
                null, null, null));
        ProbeResult r = LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"),
                new ProbeCredentials(Secret.of("pw".toCharArray()), null, null), ProbeId.EWS_LOGIN);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).isEqualTo("no answer from " + s.getHostName() + " within 2 s (read timeout)");
        assertThat(r.steps()).extracting(ProbeResult.Step::outcome).containsExactly(Outcome.PASS, Outcome.ERROR);
        assertThat(r.steps().get(1).elapsedMs()).isBetween(2000L, 2000L + MARGIN_MS);
    }

    @Test
    void aTlsServerThatNeverAnswersTheHandshakeEndsAtTheReadTimeout() throws Exception {
        try (SilentServer silent = SilentServer.start()) {
            ProbeSettings s = settings().withEndpoints(LocalServers.endpoints(null,
                    "https://127.0.0.1:" + silent.port() + "/EWS/Exchange.asmx", null, null, null));
                ProbeResult r = LocalServers.run(s, ProbeInputs.forEmail("a@acme.com"), ProbeCredentials.none(), ProbeId.TLS_CERT);
            long ms = took(r);
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.reason()).isEqualTo("no TLS answer from 127.0.0.1:" + silent.port()
                    + " within 2 s (read timeout)");
            assertThat(ms).isBetween(2000L, 2000L + MARGIN_MS);
        }
    }

    @Test
    void aConnectThatCannotCompleteEndsAtTheConnectTimeout() throws Exception {
        try (BlackHole hole = BlackHole.open()) {
            ProbeSettings s = settings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15));
                ProbeResult r = ewsAuth("https://127.0.0.1:" + hole.port() + "/EWS/Exchange.asmx", s);
            long ms = took(r);
            assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
            assertThat(r.reason()).isEqualTo("no connection to 127.0.0.1 within 1 s (connect timeout)");
            assertThat(ms).isBetween(1000L, 1000L + MARGIN_MS);
        }
    }

    @Test
    void aFiftyMegabyteBodyStopsAtOneMegabyte() throws Exception {
        SERVER_LOG.setLevel(Level.OFF); // its failed write (the client hung up) is expected: no stack trace in the log
        AtomicLong written = new AtomicLong();
        long fifty = 50L * 1024 * 1024;
        MockWebServer s = servers.https();
        s.setProtocols(List.of(Protocol.HTTP_1_1)); // a plain chunked body, no HTTP/2 flow control in between
        s.enqueue(new MockResponse.Builder().body(new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) '{');
                while (written.get() < fifty) {
                    sink.write(chunk);
                    sink.flush();
                    written.addAndGet(chunk.length);
                }
            }
        }).removeHeader("Content-Length").build()); // MockWebServer writes "Content-Length: -1", which is refused
        ProbeSettings st = servers.settings(new ProbeEndpoints(List.of(LocalServers.base(s)), null, null, null, null, null));
        ProbeResult r = LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"), ProbeCredentials.none(),
                ProbeId.AUTODISCOVER_JSON);

        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).isEqualTo("the response is larger than 1 MB; reading stopped at 1 MB");
        long read = ((Number) r.steps().get(0).evidence().get("bodyBytesRead")).longValue();
        assertThat(read).isEqualTo(ProbeHttp.MAX_BODY + 1L);
        Thread.sleep(500);
        assertThat(written.get()).as("the server could not send everything").isLessThan(fifty / 2);
    }

    @Test
    void aRedirectLoopStopsAfterFiveRedirects() throws Exception {
        MockWebServer s = servers.https();
        for (int i = 0; i < 10; i++) {
            s.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop" + i).build());
        }
        ProbeResult r = ewsAuth(LocalServers.base(s) + "/EWS/Exchange.asmx", settings());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("more than 5 redirects (stopped following)");
        assertThat(s.getRequestCount()).isEqualTo(6);
        assertThat((List<?>) r.steps().get(0).evidence().get("redirects")).hasSize(6);
    }

    @Test
    void aRedirectFromHttpsToHttpIsRefused() throws Exception {
        MockWebServer plain = servers.http();
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(301).addHeader("Location", plain.url("/EWS/Exchange.asmx")).build());
        ProbeResult r = ewsAuth(LocalServers.base(s) + "/EWS/Exchange.asmx", settings());
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).startsWith("redirect from https to http refused");
        assertThat(plain.getRequestCount()).isZero();
    }

    @Test
    void credentialsAreNeverForwardedToAnotherHost() throws Exception {
        MockWebServer other = servers.https();
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"").build());
        String otherUrl = "https://127.0.0.1:" + other.getPort() + "/EWS/Exchange.asmx";
        s.enqueue(new MockResponse.Builder().code(307).addHeader("Location", otherUrl).build());
        ProbeSettings st = settings().withEndpoints(LocalServers.endpoints(null,
                "https://localhost:" + s.getPort() + "/EWS/Exchange.asmx", null, null, null));
        ProbeResult r = LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"),
                new ProbeCredentials(Secret.of("pw".toCharArray()), null, null), ProbeId.EWS_LOGIN);
        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(r.reason()).isEqualTo("redirected to another host (https://127.0.0.1:" + other.getPort()
                + "); credentials not sent");
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void theWholeProbeLimitStopsATricklingServer() throws Exception {
        MockWebServer s = servers.https();
        s.setProtocols(List.of(Protocol.HTTP_1_1));
        s.enqueue(new MockResponse.Builder().body("{\"Protocol\":\"EWS\"," + " ".repeat(200) + "\"Url\":\"x\"}")
                .throttleBody(1, 400, java.util.concurrent.TimeUnit.MILLISECONDS).build());
        ProbeSettings st = servers.settings(new ProbeEndpoints(List.of(LocalServers.base(s)), null, null, null, null, null))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3));
        ProbeResult r = LocalServers.run(st, ProbeInputs.forEmail("a@acme.com"), ProbeCredentials.none(),
                ProbeId.AUTODISCOVER_JSON);
        long ms = took(r);
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.reason()).isEqualTo("timed out after 3 s");
        assertThat(r.cancelled()).isFalse();
        assertThat(r.steps()).singleElement().satisfies(st2 -> assertThat(st2.outcome()).isEqualTo(Outcome.ERROR));
        assertThat(ms).isBetween(3000L, 3000L + MARGIN_MS);
    }

    /** How long the probe ran, from its start to its result (the runner's set-up not counted). */
    static long took(ProbeResult r) {
        return Duration.between(r.startedAt(), r.finishedAt()).toMillis();
    }

    /**
     * A loopback port whose accept queue is full: the kernel drops further connection attempts (SYN), so a connect
     * cannot complete and ends at the connect timeout. Nothing leaves the machine.
     */
    static final class BlackHole implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> fillers = new ArrayList<>();

        private BlackHole(ServerSocket server) {
            this.server = server;
        }

        static BlackHole open() throws IOException {
            BlackHole h = new BlackHole(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")));
            for (int i = 0; i < 8; i++) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress("127.0.0.1", h.port()), 200);
                    h.fillers.add(s);
                } catch (IOException full) {
                    s.close();
                    return h;
                }
            }
            throw new IllegalStateException("the accept queue did not fill; cannot make a black hole here");
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            for (Socket s : fillers) {
                s.close();
            }
            server.close();
        }
    }
}
