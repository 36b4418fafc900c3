package org.eacplanner.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Protocol;

/** Phase timings of one HTTP exchange, filled by OkHttp's event listener; shown as evidence. */
final class Timings {

    private final long start = System.nanoTime();
    private volatile long dnsMs = -1;
    private volatile long connectMs = -1;
    private volatile long tlsMs = -1;
    private volatile long firstByteMs = -1;
    private volatile boolean tcpConnected;
    private volatile boolean tlsDone;
    private volatile String tlsVersion;

    boolean tcpConnected() {
        return tcpConnected;
    }

    boolean tlsDone() {
        return tlsDone;
    }

    String tlsVersion() {
        return tlsVersion;
    }

    Map<String, Object> asEvidence() {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "dnsMs", dnsMs);
        putIf(m, "connectMs", connectMs);
        putIf(m, "tlsMs", tlsMs);
        putIf(m, "firstByteMs", firstByteMs);
        m.put("totalMs", sinceStart());
        return m;
    }

    private static void putIf(Map<String, Object> m, String k, long v) {
        if (v >= 0) {
            m.put(k, v);
        }
    }

    private long sinceStart() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The OkHttp listener for a call tagged with a {@link Timings}. */
    static EventListener listenerFor(Call call) {
        Timings t = call.request().tag(Timings.class);
        return t == null ? EventListener.NONE : t.new Listener();
    }

    private final class Listener extends EventListener {
        private long dnsStart;
        private long connectStart;
        private long tlsStart;

        @Override
        public void dnsStart(Call call, String domainName) {
            dnsStart = System.nanoTime();
        }

        @Override
        public void dnsEnd(Call call, String domainName, List<InetAddress> list) {
            dnsMs = (System.nanoTime() - dnsStart) / 1_000_000;
        }

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            connectStart = System.nanoTime();
        }

        @Override
        public void secureConnectStart(Call call) {
            tcpConnected = true;
            connectMs = (System.nanoTime() - connectStart) / 1_000_000;
            tlsStart = System.nanoTime();
        }

        @Override
        public void secureConnectEnd(Call call, Handshake handshake) {
            tlsDone = true;
            tlsMs = (System.nanoTime() - tlsStart) / 1_000_000;
            if (handshake != null) {
                tlsVersion = handshake.tlsVersion().javaName();
            }
        }

        @Override
        public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
            tcpConnected = true;
            if (connectMs < 0) {
                connectMs = (System.nanoTime() - connectStart) / 1_000_000;
            }
        }

        @Override
        public void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol,
                IOException ioe) {
            if (connectMs < 0 && !tcpConnected) {
                connectMs = (System.nanoTime() - connectStart) / 1_000_000;
            }
        }

        /** A pooled (or HTTP/2 shared) connection: connected without connect events. */
        @Override
        public void connectionAcquired(Call call, Connection connection) {
            tcpConnected = true;
            tlsDone = connection.handshake() != null || tlsDone;
            if (tlsVersion == null && connection.handshake() != null) {
                tlsVersion = connection.handshake().tlsVersion().javaName();
            }
        }

        @Override
        public void responseHeadersStart(Call call) {
            firstByteMs = sinceStart();
        }
    }
}
