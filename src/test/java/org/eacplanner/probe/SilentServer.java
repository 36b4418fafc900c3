package org.eacplanner.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A loopback server that accepts every connection and never answers (not even a TLS handshake). */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());
    private final Semaphore arrivals = new Semaphore(0);

    private SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(socket.accept());
                    arrivals.release();
                }
            } catch (IOException closed) {
                // the test ends
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static SilentServer start() throws IOException {
        return new SilentServer();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** How many connections it has accepted so far. */
    public int connections() {
        return accepted.size();
    }

    /** Blocks until {@code count} connections have arrived, at most {@code seconds}; false if they did not. */
    public boolean awaitConnections(int count, int seconds) throws InterruptedException {
        if (!arrivals.tryAcquire(count, seconds, TimeUnit.SECONDS)) {
            return false;
        }
        arrivals.release(count);
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (accepted) {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
