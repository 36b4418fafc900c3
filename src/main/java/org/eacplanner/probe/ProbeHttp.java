package org.eacplanner.probe;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
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
 * settings and the probe's remaining time as the call timeout; at most 5 redirects, https only, none to a URL with
 * a user name or password; credentials only over https and only to the origin the admin named (a probe that
 * sends them never leaves that origin); response bodies read up to 1 MB; the system's trust store plus the extra
 * CA of {@code --trust-ca}.
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
                .dns(host -> HostLookup.lookup(host, settings))
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

    /**
     * Sends {@code request}, following up to 5 https redirects, and reads the body up to 1 MB. This is the one
     * place that decides where credentials may go: every request of a probe that sends a password or token
     * passes the origin the admin named (or the app derived from the named domain) as {@code scope}, and none of
     * that probe's requests leaves it, authenticated or not, so no answer from elsewhere can lead to a proposal
     * or a login. A request with {@code Authorization} and no scope is refused.
     *
     * @param scope for a probe that sends credentials: the only origin its requests go to; null for the others,
     *              whose unauthenticated requests follow https redirects to any host
     */
    public HttpReply send(ProbeRun run, Request request, Origin scope) {
        OkHttpClient c = clientFor(run);
        Request current = request;
        List<String> redirects = new ArrayList<>();
        if (request.header("Authorization") != null) {
            if (scope == null || !request.isHttps() || !scope.contains(request.url())) {
                throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.credentialsRefused",
                        Origin.of(request.url())), null);
            }
            run.markCredentialsUsed();
        }
        for (int hop = 0; ; hop++) {
            run.token().check();
            Timings timings = new Timings();
            Request tagged = current.newBuilder().tag(Timings.class, timings)
                    .tag(CredentialGuard.Scope.class, new CredentialGuard.Scope(scope)).build();
            Call call = c.newCall(tagged);
            call.timeout().timeout(run.remainingMillis(), TimeUnit.MILLISECONDS);
            Closeable cancel = call::cancel;
            run.token().register(cancel);
            try (Response response = call.execute()) {
                checkContentLength(response, timings);
                HttpUrl next = redirectTarget(response, redirects, hop, scope);
                if (next == null) {
                    byte[] body;
                    try {
                        body = readBounded(response.body(), timings, response.request().url());
                    } catch (ProbeProblem refused) {
                        // Closing the response would let OkHttp read on (up to 100 ms) to reuse the connection,
                        // tens of MB from a fast hostile server: cancel the call, which closes the socket at once.
                        call.cancel();
                        throw refused;
                    }
                    return new HttpReply(response.request().url(), response.code(), response.message(),
                            response.headers(), body, List.copyOf(redirects), timings.asEvidence(), timings.tlsVersion());
                }
                current = current.newBuilder().url(next).build();
            } catch (IOException e) {
                throw problem(run, e, timings, current.url());
            } catch (IllegalArgumentException | IllegalStateException e) {
                // OkHttp and Okio reject some malformed answers this way (e.g. a negative Content-Length)
                throw brokenAnswer(run, Errors.describe(e), timings, current.url());
            } finally {
                run.token().unregister(cancel);
            }
        }
    }

    /** Refuses a Content-Length that is not one number of bytes (OkHttp would fail later with a cryptic message). */
    private static void checkContentLength(Response response, Timings timings) {
        List<String> values = response.headers("Content-Length");
        String first = values.isEmpty() ? null : values.get(0).trim();
        for (String v : values) {
            String value = v.trim();
            boolean number = !value.isEmpty() && value.length() <= 18 && value.chars().allMatch(ch -> ch >= '0' && ch <= '9');
            if (!number || !value.equals(first)) {
                HttpUrl url = response.request().url();
                ProbeText detail = ProbeText.of(number ? "probe.http.contentLengthsDiffer" : "probe.http.badContentLength",
                        number ? String.join(", ", values) : v);
                throw brokenAnswer(null, detail, timings, url);
            }
        }
    }

    /** The URL to follow, or null when the response is not a redirect; refuses what probes.md forbids. */
    private static HttpUrl redirectTarget(Response response, List<String> redirects, int hop, Origin scope) {
        int code = response.code();
        String location = response.header("Location");
        if (!(code == 301 || code == 302 || code == 303 || code == 307 || code == 308) || location == null) {
            return null;
        }
        HttpUrl from = response.request().url();
        HttpUrl next = from.resolve(location);
        redirects.add(code + " " + from + " -> " + (next == null ? location : withoutUserInfo(next)));
        Map<String, Object> ev = Map.of("redirects", List.copyOf(redirects));
        if (next == null) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectNotUrl", location), null, ev);
        }
        if (!next.username().isEmpty() || !next.password().isEmpty()) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectWithUserInfo", Origin.of(next)),
                    ProbeText.of("probe.advice.redirectUserInfo"), ev);
        }
        if (hop >= MAX_REDIRECTS) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.tooManyRedirects", MAX_REDIRECTS),
                    ProbeText.of("probe.advice.redirectLoop"), ev);
        }
        if (!next.isHttps()) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectToHttp", from.scheme(), next.host()),
                    ProbeText.of("probe.advice.redirectToHttps"), ev);
        }
        if (scope != null && !scope.contains(next)) {
            throw new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.redirectToOtherHost", Origin.of(next)),
                    ProbeText.of("probe.advice.checkOtherHost", Origin.of(next)), ev);
        }
        return next;
    }

    /** A URL for evidence: a user name or password in it replaced by {@code ***}. */
    private static String withoutUserInfo(HttpUrl url) {
        if (url.username().isEmpty() && url.password().isEmpty()) {
            return url.toString();
        }
        return url.newBuilder().username("***").password("").build().toString();
    }

    private static byte[] readBounded(ResponseBody body, Timings timings, HttpUrl url) throws IOException {
        long length = body.contentLength();
        if (length > MAX_BODY) {
            throw tooLarge(0, url);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        long total = 0;
        try {
            while (total <= MAX_BODY) {
                long n = source.read(buffer, Math.min(8192, MAX_BODY + 1L - total));
                if (n == -1) {
                    break;
                }
                total += n;
            }
        } catch (ProtocolException e) {
            if (length >= 0 && total < length) {
                throw brokenAnswer(null, ProbeText.of("probe.http.bodyShort", String.valueOf(total),
                        String.valueOf(length)), timings, url);
            }
            throw e;
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
        if (e instanceof ProtocolException) {
            return brokenAnswer(run, Errors.describe(e), t, url);
        }
        if (e.getCause() instanceof EOFException) {
            // OkHttp: the stream ended before a status line
            return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.closedWithoutAnswer", host),
                    ProbeText.of("probe.advice.networkPath"), ev);
        }
        Object what = e instanceof CredentialGuard.Refused r ? r.text() : Errors.describe(e);
        return new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.http.networkError", host, what),
                ProbeText.of("probe.advice.networkPath"), ev);
    }

    /** The server's answer breaks HTTP (status line, headers, body framing): a FAIL that names what. */
    private static ProbeProblem brokenAnswer(ProbeRun run, Object detail, Timings t, HttpUrl url) {
        if (run != null && run.token().isStopped()) {
            return new ProbeProblem.Stopped(run.token().reason());
        }
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("url", url.toString());
        ev.put("timings", t.asEvidence());
        ev.put("httpError", String.valueOf(detail));
        return new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.http.brokenAnswer", url.host(), detail),
                ProbeText.of("probe.advice.brokenAnswer"), ev);
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
