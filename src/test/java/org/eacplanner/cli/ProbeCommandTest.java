package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eac-planner probe} against a local TLS server trusted through --trust-ca. */
class ProbeCommandTest {

    static final String PASSWORD = "Pw-0f-The-Service-Account!";
    static final String TOKEN = "00D5g000004abcd!AQ4AQFake.Token.Value";

    @TempDir
    Path dir;
    MockWebServer server;
    Path trustCa;
    final ObjectMapper json = new ObjectMapper();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        HeldCertificate root = new HeldCertificate.Builder().certificateAuthority(0).commonName("CLI Test Root").build();
        HeldCertificate leaf = new HeldCertificate.Builder().signedBy(root).addSubjectAlternativeName("localhost")
                .addSubjectAlternativeName("127.0.0.1").duration(100, TimeUnit.DAYS).build();
        server = new MockWebServer();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(leaf).build().sslSocketFactory());
        server.setDispatcher(new ExchangeAndSalesforce());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        trustCa = dir.resolve("root.pem");
        Files.writeString(trustCa, root.certificatePem());
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String base() {
        return "https://127.0.0.1:" + server.getPort();
    }

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return CliMain.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), args);
    }

    private List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("probe", "--email", "admin@acme.com", "--no-proxy",
                "--trust-ca", trustCa.toString(), "--ews-url", base() + "/EWS/Exchange.asmx", "--timeout", "10"));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void jsonPrintsTheStepTreeAsDocumented() throws Exception {
        int exit = run("", args("--only", "EWS_AUTH", "--format", "json").toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        JsonNode root = json.readTree(out.toString());
        assertThat(names(root)).containsExactly("email", "tenant", "startedAt", "probes");
        assertThat(root.get("tenant").asText()).isEqualTo("acme.com");
        JsonNode probe = root.get("probes").get(0);
        assertThat(names(probe)).containsExactly("probeId", "target", "startedAt", "finishedAt", "outcome", "reason",
                "credentialsUsed", "cancelled", "steps", "proposals");
        assertThat(probe.get("probeId").asText()).isEqualTo("EWS_AUTH");
        assertThat(probe.get("outcome").asText()).isEqualTo("PASS");
        JsonNode step = probe.get("steps").get(0);
        assertThat(names(step)).containsExactly("name", "outcome", "elapsedMs", "evidence", "reason", "advice");
        assertThat(step.get("evidence").get("status").asInt()).isEqualTo(401);
        assertThat(step.get("evidence").get("wwwAuthenticate").toString()).contains("NTLM");
        JsonNode proposal = probe.get("proposals").get(2);
        assertThat(names(proposal)).containsExactly("path", "value", "basis");
        assertThat(proposal.get("path").asText()).isEqualTo("$.exchange.authMethods");
        assertThat(proposal.get("value").toString()).isEqualTo("[\"BASIC\",\"NTLM\"]");
    }

    @Test
    void textPrintsOutcomeWordsAndAFailGivesExit1() {
        int exit = run("", args("--only", "TLS_CERT").toArray(String[]::new));
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("FAIL    TLS_CERT  " + base() + "/EWS/Exchange.asmx")
                .contains("  PASS    TLS handshake with 127.0.0.1:").contains("reason: the root is trusted only through --trust-ca")
                .contains("proposes $.exchange.certificateApproved = false");
    }

    @Test
    void langDeWordsTheStepsReasonsAndAdviceInGerman() {
        int exit = run("", args("--only", "TLS_CERT", "--lang", "de").toArray(String[]::new));
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("FAIL    TLS_CERT  " + base() + "/EWS/Exchange.asmx")
                .contains("  PASS    TLS-Handshake mit 127.0.0.1:")
                .contains("reason: Die Stamm-CA ist nur über --trust-ca vertrauenswürdig (eine private CA), nicht für Salesforce")
                .contains("proposes $.exchange.certificateApproved = false");
        assertThat(run("", args("--only", "TLS_CERT", "--lang", "fr").toArray(String[]::new)))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--lang fr");
    }

    @Test
    void badArgumentsGiveExit2() {
        assertThat(run("", "probe", "--email", "a@acme.com", "--only", "NOPE")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("", "probe", "--email", "a@acme.com", "--proxy", "nohostport")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("expected HOST:PORT");
        assertThat(run("", "probe", "--email", "a@acme.com", "--trust-ca", dir.resolve("missing.pem").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("", "probe")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void anUnreachableServerGivesExit3() {
        int port = server.getPort();
        server.close();
        int exit = run("", "probe", "--email", "a@acme.com", "--no-proxy", "--only", "EWS_AUTH", "--ews-url",
                "https://127.0.0.1:" + port + "/EWS/Exchange.asmx", "--timeout", "3");
        assertThat(exit).isEqualTo(ExitCodes.IO);
        assertThat(out.toString()).startsWith("ERROR   EWS_AUTH");
    }

    /** Point 3 of the issue: the password and token appear nowhere after a run that used them. */
    @Test
    void secretsAppearInNoSavedFileOutputLogOrMessage() throws Exception {
        Path file = dir.resolve("acme.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        List<String> logs = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logs.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                        + " " + (r.getThrown() == null ? "" : r.getThrown().toString()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            int exit = run(PASSWORD + "\n" + TOKEN + "\n", args("--only", "EWS_LOGIN,SALESFORCE_ORG,AUTODISCOVER_XML",
                    "--autodiscover-url", base(), "--service-account", "svc@acme.com", "--target-mailbox", "ceo@acme.com",
                    "--salesforce-url", base(), "--my-domain", "acme.my.salesforce.com", "--password-stdin", "--token-stdin",
                    "--format", "json", "--save", file.toString()).toArray(String[]::new));
            String json1 = out.toString();
            run(PASSWORD + "\n" + TOKEN + "\n", args("--only", "EWS_LOGIN,SALESFORCE_ORG", "--service-account",
                    "svc@acme.com", "--salesforce-url", base(), "--password-stdin", "--token-stdin").toArray(String[]::new));
            String text = out.toString();

            assertThat(exit).as(err.toString()).isEqualTo(ExitCodes.FINDINGS); // impersonation denied
            JsonNode probes = json.readTree(json1).get("probes");
            assertThat(probes).hasSize(3);
            assertThat(probes.findValues("credentialsUsed")).allMatch(JsonNode::asBoolean);
            assertThat(serverSawSecrets()).as("the secrets did reach the server").isTrue();
            String saved = Files.readString(file);
            for (String where : List.of(json1, text, err.toString(), saved, String.join("\n", logs))) {
                assertThat(where).doesNotContain(PASSWORD).doesNotContain(TOKEN)
                        .doesNotContain(java.util.Base64.getEncoder().encodeToString(("svc@acme.com:" + PASSWORD).getBytes()));
            }
            assertThat(saved).contains("\"credentialsUsed\": true");
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
    }

    @Test
    void saveReplacesResultsOfTheSameProbeAndTargetAndChangesNoAnswer() throws Exception {
        Path file = dir.resolve("acme.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        var before = new AssessmentReader().load(file).assessment();
        String[] a = args("--only", "EWS_AUTH", "--save", file.toString()).toArray(String[]::new);
        assertThat(run("", a)).isZero();
        assertThat(run("", a)).isZero();
        var after = new AssessmentReader().loadStrict(file).assessment();

        assertThat(after.probes()).hasSize(before.probes().size() + 1);
        assertThat(after.exchange()).isEqualTo(before.exchange());
        assertThat(after.org()).isEqualTo(before.org());
        assertThat(after.lightningSync()).isEqualTo(before.lightningSync());
        assertThat(after.updatedAt()).isAfter(before.updatedAt());
        assertThat(after.lastEvaluation().asOf()).isEqualTo(java.time.LocalDate.now());
        assertThat(after.lastEvaluation().findings()).isNotEmpty();
        assertThat(err.toString()).contains("saved 1 probe result(s)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".acme.eacplan.json.tmp")
                    .allMatch(n -> !n.endsWith(".tmp"));
        }
    }

    /** The local server as before, but {@code meanwhile} runs once when the first request arrives (mid-run). */
    private void duringTheProbes(IoAction meanwhile) {
        Dispatcher delegate = server.getDispatcher();
        server.setDispatcher(new Dispatcher() {
            private boolean done;

            @Override
            public synchronized MockResponse dispatch(RecordedRequest r) throws InterruptedException {
                if (!done) {
                    done = true;
                    try {
                        meanwhile.run();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return delegate.dispatch(r);
            }
        });
    }

    interface IoAction {
        void run() throws IOException;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void saveWritesNothingWhenTheFileWasEditedDuringTheProbesAndTheEditSurvives() throws Exception {
        Path file = dir.resolve("acme.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        String edited = Files.readString(file).replace("Baltic Freight", "Baltic Freight (edited meanwhile)");
        duringTheProbes(() -> Files.writeString(file, edited));

        int exit = run("", args("--only", "EWS_AUTH", "--save", file.toString()).toArray(String[]::new));

        assertThat(exit).isEqualTo(ExitCodes.IO);
        assertThat(out.toString()).as("the results are printed").startsWith("PASS    EWS_AUTH");
        assertThat(err.toString()).isEqualTo("Could not save " + file + ": it was changed by someone else since it was "
                + "read (before writing anything). The file on disk is unchanged. The probe results above were not "
                + "saved." + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo(edited);
        assertThat(namesIn(dir)).containsExactly("acme.eacplan.json", "root.pem");
    }

    @Test
    void saveNeverWritesThroughALinkSwappedInDuringTheProbes() throws Exception {
        Path file = dir.resolve("acme.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        Path unrelated = Files.createDirectories(dir.resolve("elsewhere")).resolve("unrelated.eacplan.json");
        Files.copy(Scenarios.folder().resolve("gov-cloud-gcc-high.eacplan.json"), unrelated);
        byte[] original = Files.readAllBytes(file);
        byte[] unrelatedBefore = Files.readAllBytes(unrelated);
        Path moved = dir.resolve("moved.eacplan.json");
        duringTheProbes(() -> {
            Files.move(file, moved);
            Files.createSymbolicLink(file, unrelated);
        });

        int exit = run("", args("--only", "EWS_AUTH", "--save", file.toString()).toArray(String[]::new));

        assertThat(exit).isEqualTo(ExitCodes.IO);
        assertThat(err.toString()).contains("Could not save " + file + ": it was replaced by a symbolic link since it "
                + "was read", "The probe results above were not saved.");
        assertThat(Files.readAllBytes(unrelated)).isEqualTo(unrelatedBefore);
        assertThat(namesIn(unrelated.getParent())).containsExactly("unrelated.eacplan.json");
        assertThat(Files.isSymbolicLink(file)).isTrue();
        assertThat(Files.readAllBytes(moved)).isEqualTo(original);
        assertThat(namesIn(dir)).containsExactly("acme.eacplan.json", "elsewhere", "moved.eacplan.json", "root.pem");
    }

    @Test
    void saveRefusesAFileReplacedByAnotherDuringTheProbes() throws Exception {
        Path file = dir.resolve("acme.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), file);
        Path other = dir.resolve("other.eacplan.json");
        Files.copy(file, other);
        duringTheProbes(() -> Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING));

        assertThat(run("", args("--only", "EWS_AUTH", "--save", file.toString()).toArray(String[]::new)))
                .isEqualTo(ExitCodes.IO);
        assertThat(err.toString()).contains("it was replaced by another file since it was read");
        assertThat(namesIn(dir)).containsExactly("acme.eacplan.json", "root.pem");
    }

    @Test
    void saveThroughALinkNamedAtTheStartWritesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("acme.eacplan.json");
        Files.copy(Scenarios.folder().resolve("onprem-ntlm-2016.eacplan.json"), real);
        byte[] before = Files.readAllBytes(real);
        Path link = Files.createSymbolicLink(dir.resolve("link.eacplan.json"), real);

        assertThat(run("", args("--only", "EWS_AUTH", "--save", link.toString()).toArray(String[]::new)))
                .as(err.toString()).isZero();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(new AssessmentReader().loadStrict(real).assessment().probes()).isNotEmpty();
        assertThat(Files.readAllBytes(org.eacplanner.storage.AtomicFileWriter.backupOf(real))).isEqualTo(before);
        assertThat(namesIn(real.getParent())).containsExactly("acme.eacplan.json", "acme.eacplan.json.bak");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 30, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void saveRefusesAFifoWithoutWaitingForIt() throws Exception {
        Path fifo = dir.resolve("fifo.eacplan.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

        assertThat(run("", args("--only", "EWS_AUTH", "--save", fifo.toString()).toArray(String[]::new)))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("error: --save " + fifo + ": not a regular file" + System.lineSeparator());
        assertThat(out.toString()).as("no probe was run").isEmpty();
    }

    @Test
    void serverTextIsPrintedEscaped() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                if (r.getHeaders().get("Authorization") == null) {
                    return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"acme\"").build();
                }
                return new MockResponse.Builder().code(500).body("<Envelope><Body><Fault><faultstring>Denied&#x202E;"
                        + "txt.exe&#10;PASS    EWS_LOGIN  forged&#x85;</faultstring></Fault></Body></Envelope>").build();
            }
        });

        int exit = run(PASSWORD + "\n", args("--only", "EWS_LOGIN", "--service-account", "svc@acme.com",
                "--password-stdin").toArray(String[]::new));

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).doesNotContain("\u202e").doesNotContain("\u0085")
                .contains("Denied\\u202etxt.exe\\nPASS    EWS_LOGIN  forged\\u0085");
        assertThat(out.toString().lines()).noneMatch(l -> l.startsWith("PASS"));
    }

    private boolean serverSawSecrets() {
        return ((ExchangeAndSalesforce) server.getDispatcher()).sawSecrets;
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }

    /** An Exchange with Basic and NTLM, impersonation denied, Autodiscover and a Salesforce org, by path. */
    static final class ExchangeAndSalesforce extends Dispatcher {
        volatile boolean sawSecrets;

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String auth = r.getHeaders().get("Authorization");
            if (auth != null && (auth.contains(TOKEN) || auth.startsWith("Basic "))) {
                sawSecrets = true;
            }
            String path = r.getUrl().encodedPath();
            if (path.startsWith("/services/data/v62.0/query")) {
                return ok("{\"records\":[{\"Id\":\"00D5g000004abcdEAA\",\"Name\":\"Acme\",\"InstanceName\":\"NA224\","
                        + "\"OrganizationType\":\"Unlimited Edition\",\"IsSandbox\":false}]}");
            }
            if (path.equals("/services/data/")) {
                return ok("[{\"url\":\"/services/data/v62.0\",\"version\":\"62.0\"}]");
            }
            if (auth == null) {
                return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"acme\"")
                        .addHeader("WWW-Authenticate", "NTLM").build();
            }
            if (path.equals("/autodiscover/autodiscover.xml")) {
                return ok("<Autodiscover><Response><Account><Protocol><EwsUrl>https://mail.acme.com/EWS/Exchange.asmx"
                        + "</EwsUrl></Protocol></Account></Response></Autodiscover>");
            }
            String body = r.getBody() == null ? "" : r.getBody().utf8();
            if (body.contains("ExchangeImpersonation")) {
                return new MockResponse.Builder().code(500).body("<Envelope><Body><Fault><faultstring>The account does"
                        + " not have permission to impersonate the requested user.</faultstring><detail><ResponseCode>"
                        + "ErrorImpersonateUserDenied</ResponseCode></detail></Fault></Body></Envelope>").build();
            }
            return ok("<Envelope><Body><GetFolderResponse><ResponseMessages><GetFolderResponseMessage ResponseClass="
                    + "\"Success\"><ResponseCode>NoError</ResponseCode></GetFolderResponseMessage></ResponseMessages>"
                    + "</GetFolderResponse></Body></Envelope>");
        }

        private static MockResponse ok(String body) {
            return new MockResponse.Builder().body(body).build();
        }
    }
}
