package org.eacplanner.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;

/**
 * One local TLS server on 127.0.0.1 posing as Exchange, the Microsoft sign-in service and a Salesforce org (the
 * benchmark's {@code SlowExchange} without latency), for tests outside this package (the GUI's live checks):
 * its URLs and the test root CA as a PEM file, trusted through the same extra-CA mechanism users have.
 */
public final class LocalExchange implements AutoCloseable {

    private final Path dir;
    private final LocalServers servers;
    private final MockWebServer server;

    private LocalExchange(Path dir) throws IOException {
        this.dir = dir;
        this.servers = new LocalServers(dir);
        this.server = servers.https();
        server.setDispatcher(new ParallelProbesBenchmark.SlowExchange(0));
    }

    public static LocalExchange start() throws IOException {
        return new LocalExchange(Files.createTempDirectory("local-exchange"));
    }

    /** {@code https://localhost:PORT}, without a trailing slash. */
    public String baseUrl() {
        return LocalServers.base(server);
    }

    public String ewsUrl() {
        return baseUrl() + "/EWS/Exchange.asmx";
    }

    /** The test root CA as a PEM file. */
    public Path trustCaFile() throws IOException {
        return TestPki.trustCaFile(dir);
    }

    /** The test root CA's PEM text, e.g. as an approved-CA list of one root. */
    public static String rootPem() {
        return TestPki.ROOT.certificatePem();
    }

    @Override
    public void close() throws Exception {
        servers.close();
    }
}
