package org.eacplanner.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eacplanner.model.Outcome;

/**
 * One TLS handshake to read the chain the server sends (not the one the JDK would build): a trust manager that
 * accepts and records whatever is sent, on a socket with the connect and read timeouts, closed by a cancel.
 * Nothing is sent after the handshake; the verdict on the chain is {@link ChainVerdict}'s.
 */
final class TlsHandshake {

    /** What the handshake showed. */
    record Result(String address, String proxy, long connectMs, long handshakeMs, String protocol, String cipher,
            List<X509Certificate> chain) { }

    private TlsHandshake() {
    }

    static Result run(ProbeRun run, String host, int port) {
        ProbeSettings s = run.settings();
        Socket raw = new Socket(Proxy.NO_PROXY);
        run.token().register(raw);
        long t0 = System.nanoTime();
        boolean connected = false;
        try {
            HostPort proxy = proxyFor(s.proxy(), host, port);
            InetSocketAddress to = proxy != null ? new InetSocketAddress(proxy.host(), proxy.port())
                    : new InetSocketAddress(resolve(s, host), port);
            raw.connect(to, (int) s.connectTimeout().toMillis());
            connected = true;
            raw.setSoTimeout((int) s.readTimeout().toMillis());
            if (proxy != null) {
                tunnel(raw, host, port, run);
            }
            long connectMs = (System.nanoTime() - t0) / 1_000_000;
            Capture capture = new Capture();
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {capture}, null);
            long t1 = System.nanoTime();
            try (SSLSocket ssl = (SSLSocket) ctx.getSocketFactory().createSocket(raw, host, port, true)) {
                SSLParameters params = ssl.getSSLParameters();
                if (!host.matches("[0-9.]+") && !host.contains(":")) {
                    params.setServerNames(List.of(new SNIHostName(host)));
                }
                ssl.setSSLParameters(params);
                ssl.startHandshake();
                long handshakeMs = (System.nanoTime() - t1) / 1_000_000;
                return new Result(to.toString(), proxy == null ? null : proxy.toString(), connectMs, handshakeMs,
                        ssl.getSession().getProtocol(), ssl.getSession().getCipherSuite(), capture.chain);
            }
        } catch (IOException e) {
            throw problem(run, e, host, port, connected);
        } catch (GeneralSecurityException e) {
            throw ProbeProblem.error(ProbeText.of("probe.tls.unavailable", Errors.describe(e)), null);
        } finally {
            run.token().unregister(raw);
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing after the handshake
            }
        }
    }

    private static InetAddress resolve(ProbeSettings s, String host) throws IOException {
        return HostLookup.lookup(host, s).get(0);
    }

    /** The HTTP proxy to tunnel through, or null for a direct connection. */
    static HostPort proxyFor(ProxySettings p, String host, int port) {
        if (p.mode() == ProxySettings.Mode.MANUAL) {
            return new HostPort(p.host(), p.port());
        }
        if (p.mode() == ProxySettings.Mode.SYSTEM && ProxySelector.getDefault() != null) {
            for (Proxy proxy : ProxySelector.getDefault().select(URI.create("https://" + host + ":" + port))) {
                if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress a) {
                    return new HostPort(a.getHostString(), a.getPort());
                }
            }
        }
        return null;
    }

    /** HTTP CONNECT through the proxy, with Basic proxy credentials when the settings name a user. */
    private static void tunnel(Socket raw, String host, int port, ProbeRun run) throws IOException {
        String target = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        StringBuilder req = new StringBuilder("CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\n");
        String user = run.settings().proxy().user();
        if (user != null && !run.credentials().proxyPassword().isEmpty()) {
            req.append("Proxy-Authorization: ").append(ProxyLogin.basic(user, run.credentials().proxyPassword()))
                    .append("\r\n");
        }
        req.append("\r\n");
        OutputStream out = raw.getOutputStream();
        out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String status = readHead(raw.getInputStream());
        if (!status.matches("HTTP/1\\.[01] 200.*")) {
            throw new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.proxy.tunnelRefused", target, status),
                    ProbeText.of("probe.advice.proxySettings"));
        }
    }

    /** Reads the proxy's answer up to the blank line (at most 8 KB); returns its status line. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.length() < 8192 && !head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        int eol = head.indexOf("\r\n");
        return eol < 0 ? head.toString() : head.substring(0, eol);
    }

    private static ProbeProblem problem(ProbeRun run, IOException e, String host, int port, boolean connected) {
        if (run.token().isStopped()) {
            return new ProbeProblem.Stopped(run.token().reason());
        }
        ProbeSettings s = run.settings();
        String where = host + ":" + port;
        if (e instanceof SocketTimeoutException) {
            return connected
                    ? new ProbeProblem(Outcome.ERROR, ProbeText.of("probe.tls.readTimeout", where,
                            ProbeText.seconds(s.readTimeout().toMillis())),
                            ProbeText.of("probe.advice.noHandshakeAnswer"))
                    : ProbeHttp.connectTimeout(where, s, Map.of());
        }
        if (e instanceof SSLException) {
            return new ProbeProblem(Outcome.FAIL, ProbeText.of("probe.tls.handshakeFailed", where, Errors.describe(e)),
                    ProbeText.of("probe.advice.tlsNeeds12"));
        }
        return ProbeHttp.cannotConnect(where, e, Map.of());
    }

    /** Accepts any chain and keeps it: used for this one handshake, after which nothing is sent. */
    private static final class Capture extends X509ExtendedTrustManager {
        private volatile List<X509Certificate> chain = List.of();

        @Override
        public void checkClientTrusted(X509Certificate[] certs, String authType) {
            throw new UnsupportedOperationException("client certificates are not checked here");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certs, String authType) {
            chain = new ArrayList<>(List.of(certs));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certs, String authType, Socket socket) {
            checkClientTrusted(certs, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certs, String authType, SSLEngine engine) {
            checkClientTrusted(certs, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certs, String authType, Socket socket) {
            checkServerTrusted(certs, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certs, String authType, SSLEngine engine) {
            checkServerTrusted(certs, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
