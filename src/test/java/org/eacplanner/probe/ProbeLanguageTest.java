package org.eacplanner.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;
import org.junit.jupiter.api.Test;

/** Steps, reasons, advice and proposals come in the language of the run (English unless the settings say otherwise). */
class ProbeLanguageTest extends LocalServersTest {

    private static final Path SOURCES = Path.of("src/main/java/org/eacplanner/probe");

    private ProbeResult ewsAuth(MockWebServer s, Locale locale) throws IOException {
        ProbeEndpoints e = LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx", null, null, null);
        return LocalServers.run(servers.settings(e).withLocale(locale), ProbeInputs.forEmail("admin@acme.com"),
                ProbeCredentials.none(), ProbeId.EWS_AUTH);
    }

    @Test
    void aGermanRunReportsItsStepsReasonsAndAdviceInGerman() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(404).build());
        ProbeResult r = ewsAuth(s, Locale.GERMAN);

        assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
        ProbeResult.Step step = r.steps().get(0);
        assertThat(step.name()).isEqualTo("Anfrage ohne Anmeldung an " + LocalServers.base(s) + "/EWS/Exchange.asmx");
        assertThat(step.reason()).isEqualTo("Unter dieser URL gibt es kein EWS (HTTP 404)");
        assertThat(step.advice()).isEqualTo("Prüfen Sie die EWS-URL; Autodiscover liefert die richtige.");
        assertThat(r.reason()).isEqualTo(step.reason());
        assertThat(step.evidence()).as("evidence is data and stays as it is").containsEntry("status", 404);
    }

    @Test
    void theSameCheckInEnglishByDefault() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(404).build());
        ProbeResult r = ewsAuth(s, null);

        assertThat(r.steps().get(0).reason()).isEqualTo("no EWS at this URL (HTTP 404)");
        assertThat(r.steps().get(0).advice()).isEqualTo("Check the EWS URL; Autodiscover gives the right one.");
    }

    @Test
    void proposalsSayInGermanWhatTheyWereReadFrom() throws Exception {
        MockWebServer s = servers.https();
        s.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "NTLM").build());
        ProbeResult r = ewsAuth(s, Locale.GERMAN);

        assertThat(r.outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.steps().get(1).name()).isEqualTo("Authentifizierungsmethoden auslesen");
        assertThat(r.proposals()).filteredOn(p -> p.path().equals("$.exchange.ewsOverSsl"))
                .extracting(ProbeResult.Proposal::basis).containsExactly("Das Schema der EWS-URL ist https");
    }

    @Test
    void aTlsProblemAndItsNumbersInGerman() throws Exception {
        MockWebServer s = servers.https();
        ProbeEndpoints e = LocalServers.endpoints(null, LocalServers.base(s) + "/EWS/Exchange.asmx", null, null, null);
        ProbeResult r = LocalServers.run(servers.settings(e).withLocale(Locale.GERMAN),
                ProbeInputs.forEmail("admin@acme.com"), ProbeCredentials.none(), ProbeId.TLS_CERT);

        assertThat(r.steps()).extracting(ProbeResult.Step::name).containsExactly("TLS-Handshake mit " + s.getHostName()
                + ":" + s.getPort(), "Gültigkeit des Zertifikats", "Hostname", "Zertifikatkette",
                "Von Salesforce zugelassene Stamm-CA");
        ProbeResult.Step approval = r.steps().get(4);
        assertThat(approval.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(approval.reason()).isEqualTo("Die Stamm-CA ist nur über --trust-ca vertrauenswürdig (eine private CA), "
                + "nicht für Salesforce");
        assertThat(approval.advice()).startsWith("Verwenden Sie ein Zertifikat einer CA");
    }

    @Test
    void timeLimitsAreWrittenForTheLanguage() {
        ProbeText t = ProbeText.of("probe.stopped.timedOutAfter", ProbeText.seconds(2500));
        assertThat(t.in(ProbeText.texts(Locale.GERMAN))).isEqualTo("Zeitlimit nach 2,5 s überschritten");
        assertThat(t.in(ProbeText.texts(Locale.ENGLISH))).isEqualTo("timed out after 2.5 s");
        assertThat(ProbeText.of("probe.cert.expiresSoon", 1L).in(ProbeText.texts(Locale.GERMAN)))
                .isEqualTo("Das Zertifikat läuft in einem Tag ab");
        assertThat(ProbeText.of("probe.unexpected", "x").in(ProbeText.texts(Locale.FRENCH)))
                .as("a language without texts falls back to English").isEqualTo("unexpected error: x");
    }

    /**
     * The probes' texts all come from the bundle: the APIs that make steps, reasons, advice and proposals take a
     * {@link ProbeText}, so prose in a string literal does not compile there; what is left to check is that every
     * key the code names exists, that every key of the bundle is used, and that no literal is passed as plain text.
     */
    @Test
    void everyKeyTheProbesNameIsInTheBundleAndEveryBundleKeyIsUsed() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern key = Pattern.compile("\"(probe\\.[A-Za-z0-9.]+)\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = key.matcher(source);
                while (m.find()) {
                    named.add(m.group(1));
                }
                assertThat(source).as(f.toString()).doesNotContain("ProbeText.plain(\"");
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/eacplanner/i18n/probes.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(named).isNotEmpty();
        // a KEY.app text is the app's wording of KEY, used in its place where it exists
        Set<String> keys = new TreeSet<>(bundle.stringPropertyNames());
        for (String k : bundle.stringPropertyNames()) {
            if (k.endsWith(ProbeText.APP)) {
                assertThat(keys).as(k + " words a text the code names").contains(k.substring(0, k.length() - 4));
                keys.remove(k);
            }
        }
        assertThat(keys).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    void theAppsWordingNamesItsFieldsWhereTheCommandLinesNamesItsOptions() {
        ProbeText advice = ProbeText.of("probe.advice.giveEwsUrl");
        assertThat(advice.in(ProbeText.texts(Locale.ENGLISH))).isEqualTo("Give the EWS URL (--ews-url).");
        assertThat(advice.in(ProbeText.texts(Locale.ENGLISH), true)).isEqualTo("Fill in the EWS URL field.");
        assertThat(advice.in(ProbeText.texts(Locale.GERMAN), true)).isEqualTo("Füllen Sie das Feld EWS-URL aus.");
        ProbeText none = ProbeText.of("probe.advice.checkDns");
        assertThat(none.in(ProbeText.texts(Locale.ENGLISH), true)).as("no app wording: the one text")
                .isEqualTo(none.in(ProbeText.texts(Locale.ENGLISH)));
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Messages texts = ProbeText.texts(l);
            ResourceBundle b = ResourceBundle.getBundle(ProbeText.BUNDLE, l);
            for (String k : b.keySet()) {
                if (k.endsWith(ProbeText.APP)) {
                    assertThat(texts.get(k)).as(k).doesNotContain("--");
                }
            }
        }
    }
}
