package org.eacplanner.probe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny DNS server on a loopback UDP port for the AUTODISCOVER_SRV tests: answers SRV questions for the names it
 * knows, NXDOMAIN for the others; optionally waits before answering, or never answers.
 */
public final class DnsResponder implements AutoCloseable {

    /** One SRV record. */
    public record Srv(int priority, int weight, int port, String target) { }

    private final DatagramSocket socket;
    private final Map<String, List<Srv>> records;
    private final long delayMillis;
    private final boolean silent;
    private final AtomicInteger queries = new AtomicInteger();
    private final Thread thread;

    public DnsResponder(Map<String, List<Srv>> records, long delayMillis, boolean silent) throws SocketException {
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.records = records;
        this.delayMillis = delayMillis;
        this.silent = silent;
        this.thread = new Thread(this::serve, "test-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public HostPort address() {
        return new HostPort("127.0.0.1", socket.getLocalPort());
    }

    public int queries() {
        return queries.get();
    }

    private void serve() {
        byte[] buf = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                socket.receive(in);
                queries.incrementAndGet();
                if (silent) {
                    continue;
                }
                byte[] answer = answer(in.getData(), in.getLength());
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                socket.send(new DatagramPacket(answer, answer.length, in.getSocketAddress()));
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    private byte[] answer(byte[] q, int len) {
        ByteBuffer in = ByteBuffer.wrap(q, 0, len);
        int id = in.getShort() & 0xffff;
        in.position(12);
        StringBuilder name = new StringBuilder();
        for (int l = in.get() & 0xff; l > 0; l = in.get() & 0xff) {
            byte[] label = new byte[l];
            in.get(label);
            name.append(name.length() == 0 ? "" : ".").append(new String(label, StandardCharsets.US_ASCII));
        }
        int qtype = in.getShort() & 0xffff;
        in.getShort();
        int questionEnd = in.position();
        List<Srv> srv = records.get(name.toString().toLowerCase(Locale.ROOT));
        boolean known = srv != null;
        List<Srv> answers = known && qtype == 33 ? srv : List.of();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(12);
        h.putShort((short) id).putShort((short) (known ? 0x8580 : 0x8583)).putShort((short) 1)
                .putShort((short) answers.size()).putShort((short) 0).putShort((short) 0);
        out.writeBytes(h.array());
        out.write(q, 12, questionEnd - 12);
        for (Srv s : answers) {
            byte[] target = encode(s.target());
            ByteBuffer a = ByteBuffer.allocate(2 + 2 + 2 + 4 + 2 + 6 + target.length);
            a.putShort((short) 0xc00c).putShort((short) 33).putShort((short) 1).putInt(300)
                    .putShort((short) (6 + target.length)).putShort((short) s.priority()).putShort((short) s.weight())
                    .putShort((short) s.port()).put(target);
            out.writeBytes(a.array());
        }
        return out.toByteArray();
    }

    private static byte[] encode(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String label : name.split("\\.")) {
            out.write(label.length());
            out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        out.write(0);
        return out.toByteArray();
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(2000);
    }
}
