package org.eacplanner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.AssessmentProbes;
import org.eacplanner.probe.HostPort;
import org.eacplanner.probe.NetworkCheck;
import org.eacplanner.probe.ProbeBatch;
import org.eacplanner.probe.ProbeCredentials;
import org.eacplanner.probe.ProbeEndpoints;
import org.eacplanner.probe.ProbeInputs;
import org.eacplanner.probe.ProbeRunner;
import org.eacplanner.probe.ProbeSettings;
import org.eacplanner.probe.ProxySettings;
import org.eacplanner.probe.Secret;
import org.eacplanner.storage.AssessmentLoadException;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.AssessmentWriter;
import org.eacplanner.storage.AtomicFileWriter;
import org.eacplanner.storage.SaveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "probe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Live checks from this computer (docs/live-checks.md): Autodiscover, EWS authentication, TLS and"
                + " certificate, tenant cloud, user realm, service-account login, Salesforce org.",
            "Secrets are never arguments: --password-stdin / --token-stdin / --proxy-password-stdin read one line each"
                + " from standard input, in that order; without them, and with a terminal, the command prompts.",
            "With --save, the results are written only if the file is unchanged since it was read at the start (same "
                + "content, same file, not replaced by a link); otherwise it is left as it is and the exit code is 3.",
            "Exit code: 0 no probe FAIL or ERROR; 1 a probe FAILed; 3 a probe ended in ERROR or --save could not "
                + "save; 2 bad arguments."})
final class ProbeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    private final InputStream stdin;
    @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "A mailbox of the organization.")
    String email;
    @Option(names = "--tenant", paramLabel = "DOMAIN", description = "Microsoft 365 tenant domain (default: the e-mail's).")
    String tenant;
    @Option(names = "--ews-url", paramLabel = "URL", description = "EWS URL (EWS_AUTH, TLS_CERT, EWS_LOGIN).")
    String ewsUrl;
    @Option(names = "--autodiscover-url", split = ",", paramLabel = "URL",
            description = "Replaces the candidate Autodiscover bases (both Autodiscover probes).")
    List<String> autodiscoverUrls;
    @Option(names = "--authority", paramLabel = "URL", description = "Sign-in authority (default: "
            + ProbeEndpoints.DEFAULT_AUTHORITY + ").")
    String authority;
    @Option(names = "--dns-server", paramLabel = "HOST:PORT", description = "DNS server for AUTODISCOVER_SRV.")
    String dnsServer;
    @Option(names = "--salesforce-url", paramLabel = "URL", description = "Org base URL (default: https://{my-domain}).")
    String salesforceUrl;
    @Option(names = "--my-domain", paramLabel = "HOST", description = "Salesforce My Domain host.")
    String myDomain;
    @Option(names = "--service-account", paramLabel = "EMAIL", description = "Lightning Sync service account (EWS_LOGIN).")
    String serviceAccount;
    @Option(names = "--target-mailbox", paramLabel = "EMAIL", description = "Mailbox to impersonate (EWS_LOGIN).")
    String targetMailbox;
    @Option(names = "--trust-ca", paramLabel = "PEM", description = "Extra trusted CA certificate(s), PEM file.")
    Path trustCa;
    @Option(names = "--proxy", paramLabel = "HOST:PORT", description = "Manual HTTP proxy (default: the system's).")
    String proxy;
    @Option(names = "--no-proxy", description = "Connect directly, ignoring the system's proxy.")
    boolean noProxy;
    @Option(names = "--proxy-user", paramLabel = "USER", description = "Proxy user (password: --proxy-password-stdin).")
    String proxyUser;
    @Option(names = "--resolve", split = ",", paramLabel = "HOST=ADDRESS",
            description = "Use ADDRESS for HOST instead of DNS (one node behind a load balancer).")
    Map<String, String> resolve;
    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Whole-probe limit (default 30); also caps the connect (5) and read (10) timeouts.")
    Integer timeout;
    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these probes: ${COMPLETION-CANDIDATES}.")
    List<ProbeId> only;
    @Option(names = "--password-stdin", description = "Read the service account's password from standard input.")
    boolean passwordStdin;
    @Option(names = "--token-stdin", description = "Read the Salesforce access token from standard input.")
    boolean tokenStdin;
    @Option(names = "--proxy-password-stdin", description = "Read the proxy password from standard input.")
    boolean proxyPasswordStdin;
    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;
    @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en",
            description = "Language of the steps, reasons and advice: en or de (default: ${DEFAULT-VALUE}).")
    String lang;
    @Option(names = "--save", paramLabel = "FILE",
            description = "Add the results to this assessment (replacing those of the same probe and target).")
    Path save;

    ProbeCommand() {
        this(System.in);
    }

    ProbeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProbeSettings settings;
        ProbeInputs inputs;
        Assessment assessment = null;
        AtomicFileWriter.Snapshot read = null;
        try {
            if (save != null) {
                if (Files.exists(save) && !Files.isRegularFile(save) && !Files.isDirectory(save)) {
                    Terminal.println(err, "error: --save " + save + ": not a regular file");
                    return ExitCodes.BAD_INPUT;
                }
                read = snapshot(save);
                assessment = new AssessmentReader().loadStrict(save).assessment();
                String change = read == null ? "it appeared while it was read" : AtomicFileWriter.changeSince(read);
                if (change == null && !leadsTo(save, read.file())) {
                    change = "it now leads to another file (a link was changed while it was read)";
                }
                if (change != null) {
                    Terminal.println(err, "error: --save " + save + ": " + change + "; no probe was run");
                    return ExitCodes.IO;
                }
            }
            settings = settings();
            inputs = new ProbeInputs(email, tenant, myDomain, serviceAccount, targetMailbox,
                    assessment == null ? null : assessment.exchange().deployment(),
                    assessment == null ? null : assessment.approvedRoots());
        } catch (AssessmentLoadException e) {
            Terminal.loadError(err, e);
            return e.isIoFailure() ? ExitCodes.IO : ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            Terminal.println(err, "error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Set<ProbeId> chosen = only == null || only.isEmpty() ? EnumSet.allOf(ProbeId.class) : EnumSet.copyOf(only);
        Instant startedAt = Instant.now();
        List<ProbeResult> results;
        NetworkCheck.Verdict network;
        try (ProbeCredentials creds = credentials(chosen); ProbeRunner runner = new ProbeRunner(settings)) {
            ProbeBatch batch = runner.start(inputs, creds, chosen, null);
            results = batch.await();
            network = batch.network();
        }
        if (format == OutputFormat.json) {
            out.print(ProbeReport.json(inputs.email(), inputs.tenantOrDomain(), startedAt, results));
        } else {
            ProbeReport.text(out, results);
        }
        out.flush();
        if (network != null && network.offline()) {
            Terminal.println(err, "offline: no name resolved through the " + network.resolver() + " ("
                    + String.join(", ", network.tried()) + "); no probe was run"
                    + (assessment != null ? " and " + save + " was not changed" : ""));
            return ExitCodes.IO;
        }
        if (assessment != null) {
            Assessment updated = AssessmentProbes.withResults(assessment, results, Planner.forLocale(Locale.ENGLISH),
                    LocalDate.now(), Instant.now());
            try {
                AssessmentFiles.writeIfUnchanged(read, new AssessmentWriter().toBytes(updated));
            } catch (SaveException e) {
                Terminal.println(err, e.getMessage() + " The probe results above were not saved.");
                return ExitCodes.IO;
            }
            Terminal.println(err, "saved " + results.size() + " probe result(s) to " + save);
        }
        return ProbeReport.exitCode(results);
    }

    /** Whether {@code file}, its links resolved now, is {@code real}. */
    private static boolean leadsTo(Path file, Path real) {
        try {
            return file.toRealPath().equals(real);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * What the file of {@code --save} is before it is loaded: at the end the results are written only over that
     * file with that content. Null when it cannot be read; loading it then says why.
     */
    private static AtomicFileWriter.Snapshot snapshot(Path file) {
        try {
            return AssessmentFiles.snapshot(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private ProbeSettings settings() throws IOException {
        if (timeout != null && timeout <= 0) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds");
        }
        if (proxy != null && noProxy) {
            throw new IllegalArgumentException("--proxy and --no-proxy exclude each other");
        }
        if (proxyUser != null && proxy == null) {
            throw new IllegalArgumentException("--proxy-user needs --proxy");
        }
        ProxySettings p = proxy != null ? ProxySettings.parse(proxy, proxyUser) : noProxy ? ProxySettings.NONE
                : ProxySettings.SYSTEM;
        HostPort dns = dnsServer == null ? null : HostPort.parse(dnsServer, "--dns-server");
        ProbeEndpoints endpoints = new ProbeEndpoints(autodiscoverUrls, ewsUrl, authority, dns, salesforceUrl,
                resolve == null ? Map.of() : new LinkedHashMap<>(resolve));
        ProbeSettings s = new ProbeSettings(null, null, null, p, readTrustCa(), endpoints, Inputs.locale(lang), false);
        return timeout == null ? s : s.withTimeout(Duration.ofSeconds(timeout));
    }

    private String readTrustCa() throws IOException {
        if (trustCa == null) {
            return null;
        }
        try {
            return Files.readString(trustCa);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--trust-ca " + trustCa + ": no such file");
        }
    }

    /** Reads the secrets the chosen probes can use: from standard input when asked, else by prompt on a terminal. */
    private ProbeCredentials credentials(Set<ProbeId> chosen) throws IOException {
        SecretInput in = new SecretInput(stdin, System.console());
        Secret password = passwordStdin ? in.line() : chosen.contains(ProbeId.EWS_LOGIN) && ewsUrl != null
                ? in.prompt("Password of " + (serviceAccount != null ? serviceAccount : email)) : null;
        Secret token = tokenStdin ? in.line() : chosen.contains(ProbeId.SALESFORCE_ORG)
                && (myDomain != null || salesforceUrl != null) ? in.prompt("Salesforce access token") : null;
        Secret proxyPassword = proxyPasswordStdin ? in.line() : proxyUser != null
                ? in.prompt("Password of proxy user " + proxyUser) : null;
        return new ProbeCredentials(password, token, proxyPassword);
    }
}
