package org.eacplanner.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.tls.HandshakeCertificates;

/**
 * A loopback TLS server that answers every request with the same raw bytes, however broken: for status lines and
 * headers that MockWebServer would not send. Reads the request head, writes the answer, closes the connection.
 */
final class RawTlsServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();

    RawTlsServer(String answer) throws IOException {
        HandshakeCertificates certs = new HandshakeCertificates.Builder()
                .heldCertificate(TestPki.LOCAL, TestPki.ISSUING.certificate()).build();
        socket = certs.sslContext().getServerSocketFactory().createServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        byte[] bytes = answer.getBytes(StandardCharsets.ISO_8859_1);
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    readHead(s.getInputStream());
                    requests.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    out.write(bytes);
                    out.flush();
                } catch (IOException e) {
                    // closed by the test, or the client hung up
                }
            }
        }, "raw-tls-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Reads up to the blank line that ends the request head. */
    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        for (int b; (b = in.read()) != -1; ) {
            state = (b == '\r' && state % 2 == 0) || (b == '\n' && state % 2 == 1) ? state + 1 : 0;
            if (state == 4) {
                return;
            }
        }
    }

    String url(String path) {
        return "https://127.0.0.1:" + socket.getLocalPort() + path;
    }

    int requestCount() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
