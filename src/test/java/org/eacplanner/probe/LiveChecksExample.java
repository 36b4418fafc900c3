package org.eacplanner.probe;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.eacplanner.cli.CliMain;

/**
 * Prints what {@code eac-planner probe --format json} says about a local TLS server posing as Exchange (the example
 * of docs/live-checks.md). Run: {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.eacplanner.probe.LiveChecksExample [-Dexec.args="--format text"]}.
 */
public final class LiveChecksExample {

    private LiveChecksExample() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("probe-example");
        int exit;
        try (LocalServers servers = new LocalServers(dir)) {
            MockWebServer s = servers.https();
            s.setDispatcher(new ParallelProbesBenchmark.SlowExchange(0));
            String format = args.length == 2 && args[0].equals("--format") ? args[1] : "json";
            exit = CliMain.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true), "probe", "--email", "admin@acme.com", "--no-proxy",
                    "--trust-ca", TestPki.trustCaFile(dir).toString(), "--ews-url",
                    "https://localhost:" + s.getPort() + "/EWS/Exchange.asmx", "--only", "EWS_AUTH,TLS_CERT",
                    "--format", format);
        }
        System.err.println("exit code " + exit);
        System.exit(0);
    }
}
