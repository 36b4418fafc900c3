package org.eacplanner.probe;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateExpiredException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.tls.HandshakeCertificates;
import okio.Buffer;
import okio.BufferedSource;
import org.eacplanner.model.Outcome;

/**
 * The one HTTP client of the live checks, with probes.md's safety rules: connect and read timeouts from the
 * settings and the probe's remaining time as the call timeout; at most 5 redirects, https only; credentials only
 * over https and only to the host the admin named (never across a redirect to another host); response bodies read
 * up to 1 MB; the system's trust store plus the extra CA of {@code --trust-ca}.
 */
public final class ProbeHttp implements Closeable {

    /** Response bodies are read up to this many bytes. */
    public static final int MAX_BODY = 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;

    private final ProbeSettings settings;
    private final OkHttpClient client;
    private final TrustMaterial trust;

    public ProbeHttp(ProbeSettings settings) {
        this.settings = settings;
        this.trust = TrustMaterial.of(settings.trustCaPem());
        HandshakeCertificates.Builder certs = new HandshakeCertificates.Builder().addPlatformTrustedCertificates();
        trust.extraCas().forEach(certs::addTrustedCertificate);
        HandshakeCertificates handshake = certs.build();
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(4, 30, TimeUnit.SECONDS))
                .sslSocketFactory(handshake.sslSocketFactory(), handshake.trustManager())
                .dns(dns(settings.endpoints().resolve()))
                .eventListenerFactory(Timings::listenerFor)
                .addNetworkInterceptor(new CredentialGuard());
        ProxySettings p = settings.proxy();
        if (p.mode() == ProxySettings.Mode.NONE) {
            b.proxy(Proxy.NO_PROXY);
        } else if (p.mode() == ProxySettings.Mode.MANUAL) {
            b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.host(), p.port())));
        }
        this.client = b.build();
    }

    /** Host names resolved as the settings say ({@code --resolve}), others by the system. */
    static Dns dns(Map<String, String> resolve) {
        if (resolve.isEmpty()) {
            return Dns.SYSTEM;
        }
        return host -> {
            String ip = resolve.get(host);
            return ip != null ? List.of(InetAddress.getByName(ip)) : Dns.SYSTEM.lookup(host);
        };
    }

    /**
     * Sends {@code request}, following up to 5 https redirects, and reads the body up to 1 MB.
     *
     * @param credentialHost when the request carries an {@code Authorization} header: the only host it may go to
     */
    public HttpReply send(ProbeRun run, Request request, String credentialHost) {
        OkHttpClient c = clientFor(run);
        Request current = request;
        List<String> redirects = new ArrayList<>();
        if (credentialHost != null) {
            run.markCredentialsUsed();
        }
        for (int hop = 0; ; hop++) {
            run.token().check();
            Timings timings = new Timings();
            Request tagged = current.newBuilder().tag(Timings.class, timings)
                    .tag(CredentialGuard.Scope.class, new CredentialGuard.Scope(credentialHost)).build();
            Call call = c.newCall(tagged);
            call.timeout().timeout(run.remainingMillis(), TimeUnit.MILLISECONDS);
            Closeable cancel = call::cancel;
            run.token().register(cancel);
            try (Response response = call.execute()) {
                HttpUrl next = redirectTarget(response, redirects, hop, credentialHost);
                if (next == null) {
                    byte[] body = readBounded(response.body(), redirects, response.request().url());
                    return new HttpReply(response.request().url(), response.code(), response.message(),
                            response.headers(), body, List.copyOf(redirects), timings.asEvidence(), timings.tlsVersion());
                }
                current = current.newBuilder().url(next).build();
            } catch (IOException e) {
                throw problem(run, e, timings, current.url());
            } finally {
                run.token().unregister(cancel);
            }
        }
    }

    /** The URL to follow, or null when the response is not a redirect; refuses what probes.md forbids. */
    private static HttpUrl redirectTarget(Response response, List<String> redirects, int hop, String credentialHost) {
        int code = response.code();
        String location = response.header("Location");
        if (!(code == 301 || code == 302 || code == 303 || code == 307 || code == 308) || location == null) {
            return null;
        }
        HttpUrl from = response.request().url();
        HttpUrl next = from.resolve(location);
        redirects.add(code + " " + from + " -> " + (next == null ? location : next));
        Map<String, Object> ev = Map.of("redirects", List.copyOf(redirects));
        if (next == null) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectNotUrl"), null, ev);
        }
        if (hop >= MAX_REDIRECTS) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.tooManyRedirects", MAX_REDIRECTS),
                    ProbeText.of("probe.advice.redirectLoop"), ev);
        }
        if (!next.isHttps()) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectToHttp", from.scheme(), next.host()),
                    ProbeText.of("probe.advice.redirectToHttps"), ev);
        }
        if (credentialHost != null && !next.host().equalsIgnoreCase(credentialHost)) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectToOtherHost", next.host(),
                    credentialHost), ProbeText.of("probe.advice.checkOtherHost", next.host()), ev);
        }
        return next;
    }

    private static byte[] readBounded(ResponseBody body, List<String> redirects, HttpUrl url) throws IOException {
        if (body.contentLength() > MAX_BODY) {
            throw tooLarge(0, url);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        long total = 0;
        while (total <= MAX_BODY) {
            long n = source.read(buffer, Math.min(8192, MAX_BODY + 1L - total));
            if (n == -1) {
                break;
            }
            total += n;
        }
        if (total > MAX_BODY) {
            throw tooLarge(total, url);
        }
        return buffer.readByteArray();
    }

    private static ProbeProblem tooLarge(long read, HttpUrl url) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("url", url.toString());
        ev.put("bodyBytesRead", read);
        ev.put("bodyLimitBytes", MAX_BODY);
        return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.tooLarge"),
                ProbeText.of("probe.advice.tooLarge"), ev);
    }

    private ProbeProblem problem(ProbeRun run, IOException e, Timings t, HttpUrl url) {
        if (run.token().isStopped()) {
            return new ProbeProblem.Stopped(run.token().reason());
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("url", url.toString());
        ev.put("timings", t.asEvidence());
        String host = url.host();
        if (e.getClass() == InterruptedIOException.class) {
            // the call timeout: the whole-probe limit
            return new ProbeProblem.Stopped(CancelToken.Reason.TIMED_OUT);
        }
        if (e instanceof SocketTimeoutException) {
            if (!t.tcpConnected()) {
                return connectTimeout(host, settings, ev);
            }
            return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.readTimeout", host,
                    ProbeText.seconds(settings.readTimeout().toMillis())), ProbeText.of("probe.advice.noAnswer"), ev);
        }
        if (e instanceof UnknownHostException) {
            return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.unknownHost", host),
                    ProbeText.of("probe.advice.checkDns"), ev);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return cannotConnect(host, e, ev);
        }
        if (e instanceof SSLPeerUnverifiedException) {
            return new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.cert.nameMismatch", host),
                    ProbeText.of("probe.advice.certificateNames", host), ev);
        }
        if (e instanceof SSLException) {
            return certificateProblem(e, host, ev);
        }
        Object what = e instanceof CredentialGuard.Refused r ? r.text() : Errors.describe(e);
        return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.networkError", host, what),
                ProbeText.of("probe.advice.networkPath"), ev);
    }

    /** No connection within the connect timeout ({@code where}: the host, or host and port). */
    static ProbeProblem connectTimeout(String where, ProbeSettings settings, Map<String, Object> ev) {
        return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.connectTimeout", where,
                ProbeText.seconds(settings.connectTimeout().toMillis())), ProbeText.of("probe.advice.reachable"), ev);
    }

    /** The connection was refused or there is no route ({@code where}: the host, or host and port). */
    static ProbeProblem cannotConnect(String where, IOException e, Map<String, Object> ev) {
        return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.cannotConnect", where, Errors.describe(e)),
                ProbeText.of("probe.advice.hostAndPort"), ev);
    }

    private static ProbeProblem certificateProblem(IOException e, String host, Map<String, Object> ev) {
        ev.put("tlsError", Errors.describe(e));
        if (Errors.cause(e, CertificateExpiredException.class) != null) {
            return new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.cert.expiredHost", host),
                    ProbeText.of("probe.advice.renewCertificate"), ev);
        }
        if (e instanceof SSLHandshakeException && Errors.describe(e).contains("certification path")) {
            return new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.cert.untrustedHost", host),
                    ProbeText.of("probe.advice.trustedCa"), ev);
        }
        return new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.tls.handshakeFailed", host, Errors.describe(e)),
                ProbeText.of("probe.advice.tlsConfiguration"), ev);
    }

    /** The shared client, or (for a manual proxy with a user) one that shares its pools and answers 407 for this run. */
    private OkHttpClient clientFor(ProbeRun run) {
        ProxySettings p = settings.proxy();
        if (p.mode() != ProxySettings.Mode.MANUAL || p.user() == null) {
            return client;
        }
        return client.newBuilder().proxyAuthenticator(new ProxyLogin(p.user(), run.credentials().proxyPassword()))
                .build();
    }

    TrustMaterial trust() {
        return trust;
    }

    ProbeSettings settings() {
        return settings;
    }

    public OkHttpClient client() {
        return client;
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
