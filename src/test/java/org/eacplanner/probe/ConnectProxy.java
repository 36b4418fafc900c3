package org.eacplanner.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP CONNECT proxy on 127.0.0.1 for the proxy tests: asks for Basic credentials when given some, then
 * tunnels to the requested port, and only to a loopback address.
 */
final class ConnectProxy implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    private final String expectedAuth;
    final List<String> connects = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    ConnectProxy(String expectedAuth) throws IOException {
        this.expectedAuth = expectedAuth;
        Thread t = new Thread(this::acceptLoop, "test-proxy");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "test-proxy-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                List<String> head = readHead(in);
                if (head.isEmpty()) {
                    return;
                }
                String target = head.get(0).split(" ")[1];
                connects.add(target);
                String auth = head.stream().filter(h -> h.regionMatches(true, 0, "Proxy-Authorization:", 0, 20))
                        .map(h -> h.substring(20).trim()).findFirst().orElse(null);
                if (auth != null) {
                    authorizations.add(auth);
                }
                if (expectedAuth != null && !expectedAuth.equals(auth)) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    continue;
                }
                int colon = target.lastIndexOf(':');
                InetAddress host = InetAddress.getByName(target.substring(0, colon));
                if (!host.isLoopbackAddress()) {
                    throw new IllegalStateException("the test proxy only tunnels to loopback, not " + target);
                }
                try (Socket upstream = new Socket(host, Integer.parseInt(target.substring(colon + 1)))) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    Thread back = new Thread(() -> pipe(upstream, client));
                    back.setDaemon(true);
                    back.start();
                    pipe(client, upstream);
                    back.join(5000);
                }
                return;
            }
        } catch (IOException | InterruptedException e) {
            // the client or the test ended the connection
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException ended) {
            // one side closed
        }
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String l = line.toString().strip();
                if (l.isEmpty()) {
                    return lines;
                }
                lines.add(l);
                line.setLength(0);
            } else {
                line.append((char) b);
            }
        }
        return List.of();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
