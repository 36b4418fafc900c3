package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eacplanner.model.Assessment;
import org.eacplanner.testing.Inventories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A redacted export of a scenario contains none of the scenario's e-mail addresses, domains and host names (but
 * the public service hosts), client and org names, org ID, or names of people other than the author, in any
 * format; the author stays and the cover says the copy is redacted. The strings are
 * collected from the input file by this test's own patterns, free text included.
 */
class RedactedExportTest {

    /** Salesforce's and Microsoft's own hosts, which product.md keeps. */
    private static final Set<String> PUBLIC = Set.of("outlook.office365.com", "login.salesforce.com",
            "login.microsoftonline.com", "outlook.office365.us");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern HOST = Pattern.compile("(?i)\\b(?:[a-z0-9-]+\\.)+(?:example|com|gov|us|net|org)\\b");

    private static ObjectNode input;
    private static Assessment assessment;
    private static final ExportOptions OPTIONS = ExportFixtures.options().withRedaction(true);

    @BeforeAll
    static void scenarioWithPeopleAndFreeText() {
        input = ExportFixtures.tree(ExportFixtures.scenarioFile("exo-service-account"));
        input.put("notes", "Call Maria Schmidt (maria.schmidt@acmerobotics.example) about mail.acmerobotics.example and "
                + "the tenant acmerobotics.onmicrosoft.com; Acme Robotics IT opened a case for org 00D5g000004XyZa. "
                + "Dana Whitfield agreed. Jordan Lee of Northwind Consulting reviewed it.");
        ArrayNode checklist = input.putArray("checklist");
        checklist.addObject().put("itemId", "CL-CONFIRM-INVENTORY").put("status", "DONE").put("owner", "Maria Schmidt")
                .put("notes", "Confirmed with Dana Whitfield and helpdesk@acmerobotics.example.");
        checklist.addObject().put("itemId", "CL-GRAPH-CONSENT").put("status", "TODO")
                .put("owner", "azure-admins@acmerobotics.example").put("notes", "Acme Robotics tenant admin account.");
        input.putArray("acceptedRisks").addObject().put("ruleId", "EAC-REPORTING-CHANGE")
                .put("rationale", "Maria Schmidt rebuilds the reports on sfdc.acmerobotics.example.")
                .put("acceptedBy", "Dana Whitfield").put("acceptedOn", "2026-11-02").put("expires", "2027-06-30");
        ObjectNode probe = input.putArray("probes").addObject().put("probeId", "AUTODISCOVER_JSON")
                .put("target", "acmerobotics.example").put("startedAt", "2026-11-20T09:00:00Z")
                .put("finishedAt", "2026-11-20T09:00:02Z").put("outcome", "PASS").put("credentialsUsed", false)
                .put("cancelled", false);
        ObjectNode step = probe.putArray("steps").addObject().put("name", "GET autodiscover.acmerobotics.example")
                .put("outcome", "PASS").put("elapsedMs", 120);
        step.putObject("evidence").put("url", "https://autodiscover.acmerobotics.example/autodiscover/autodiscover.json")
                .put("redirect", "https://outlook.office365.com/autodiscover/autodiscover.json").put("status", 200);
        probe.putArray("proposals").addObject().put("path", "$.exchange.ewsUrl")
                .put("value", "https://outlook.office365.com/EWS/Exchange.asmx").put("basis", "Autodiscover answer");
        assessment = Inventories.load(input).assessment();
    }

    /** Everything of the input that must not survive redaction. */
    private static Set<String> secrets() {
        String text = input.toString();
        Set<String> secrets = new LinkedHashSet<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            secrets.add(m.group());
        }
        m = HOST.matcher(text);
        while (m.find()) {
            secrets.add(m.group());
        }
        secrets.remove(assessment.preparedBy().email());
        secrets.remove("northwind.example");
        secrets.removeAll(PUBLIC);
        secrets.addAll(List.of(assessment.client().name(), assessment.org().name(), assessment.org().orgId(),
                "Maria Schmidt", "Dana Whitfield", "sf-sync", "NA224"));
        return secrets;
    }

    @Test
    void theTestCollectsWhatItShould() {
        assertThat(secrets()).contains("sf-sync@acmerobotics.example", "acmerobotics.example",
                "acmerobotics.my.salesforce.com", "mail.acmerobotics.example", "acmerobotics.onmicrosoft.com",
                "autodiscover.acmerobotics.example", "maria.schmidt@acmerobotics.example", "Acme Robotics",
                "00D5g000004XyZa").doesNotContain("outlook.office365.com", "jordan.lee@northwind.example");
    }

    @Test
    void noFormatContainsAnySecret() {
        String html = new String(ExportFixtures.export(assessment, ExportFormat.HTML, OPTIONS), StandardCharsets.UTF_8);
        String pdf = PdfExportTest.flat(ExportFixtures.pdfText(ExportFixtures.export(assessment, ExportFormat.PDF, OPTIONS), false));
        String csv = new String(ExportFixtures.export(assessment, ExportFormat.CSV, OPTIONS), StandardCharsets.UTF_8);
        String json = new String(ExportFixtures.export(assessment, ExportFormat.JSON, OPTIONS), StandardCharsets.UTF_8);
        String htmlText = Jsoup.parse(html).text();
        for (String secret : secrets()) {
            String needle = secret.toLowerCase(Locale.ROOT);
            assertThat(html.toLowerCase(Locale.ROOT)).as("HTML has %s", secret).doesNotContain(needle);
            assertThat(htmlText.toLowerCase(Locale.ROOT)).as("HTML text has %s", secret).doesNotContain(needle);
            assertThat(pdf.toLowerCase(Locale.ROOT)).as("PDF has %s", secret).doesNotContain(PdfExportTest.flat(needle));
            assertThat(csv.toLowerCase(Locale.ROOT)).as("CSV has %s", secret).doesNotContain(needle);
            assertThat(json.toLowerCase(Locale.ROOT)).as("JSON has %s", secret).doesNotContain(needle);
        }
        assertThat(pdf).contains(PdfExportTest.flat("Redacted copy"));
        assertThat(csv).contains("person-1", "user-");
    }

    @Test
    void theCoverSaysRedactedAndTheAuthorAndPublicHostsStay() {
        Document doc = Jsoup.parse(new String(ExportFixtures.export(assessment, ExportFormat.HTML, OPTIONS),
                StandardCharsets.UTF_8));
        String cover = doc.getElementById("cover").text();
        assertThat(cover).contains("Redacted copy", "Client — Lightning Sync to EAC", "Jordan Lee", "Northwind Consulting",
                "jordan.lee@northwind.example");
        String inventory = doc.getElementById("inventory").text();
        assertThat(inventory).contains("https://outlook.office365.com/EWS/Exchange.asmx", "00D…redacted",
                "domain-1.my.salesforce.com", "user-1@domain-2.example", "instance-1",
                "Call person-1 (user-4@domain-2.example) about host-3.domain-2.example and the tenant "
                        + "domain-3.onmicrosoft.com; Client IT opened a case for org 00D…redacted. person-2 agreed. "
                        + "Jordan Lee of Northwind Consulting reviewed it.");
        assertThat(doc.getElementById("f-EAC-REPORTING-CHANGE").text()).contains("Accepted by person-2",
                "person-1 rebuilds the reports on host-");
        assertThat(doc.select("a[href^=https://help.salesforce.com]")).isNotEmpty();
    }

    @Test
    void redactionDoesNotChangeTheEvaluation() {
        Exporter exporter = new Exporter();
        var plain = exporter.plan(assessment, ExportFixtures.AS_OF, ExportFixtures.options());
        var redacted = exporter.plan(assessment, ExportFixtures.AS_OF, OPTIONS);
        assertThat(redacted.findings()).extracting(f -> f.ruleId() + f.severity() + f.deadline() + f.accepted())
                .isEqualTo(plain.findings().stream().map(f -> f.ruleId() + f.severity() + f.deadline() + f.accepted()).toList());
        assertThat(redacted.checklist()).extracting(e -> e.itemId() + e.status())
                .isEqualTo(plain.checklist().stream().map(e -> e.itemId() + e.status()).toList());
    }

    @Test
    void theClientNameOfTheOptionsIsRedactedToo() {
        String html = new String(ExportFixtures.export(assessment, ExportFormat.HTML,
                OPTIONS.withClient("Acme Robotics Europe GmbH")), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Acme Robotics");
        assertThat(Jsoup.parse(html).getElementById("cover").text()).contains("Client Client");
    }
}
