package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eacplanner.export.ExportFixtures.AS_OF;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eacplanner.checklist.ChecklistEntry;
import org.eacplanner.checklist.Plan;
import org.eacplanner.checklist.Planner;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.Finding;
import org.eacplanner.storage.Scenarios;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The HTML export read back with jsoup: complete, self-contained, no script, accessible structure. */
class HtmlExportTest {

    static List<Path> scenarios() {
        return Scenarios.files();
    }

    private static Document html(Assessment a, ExportOptions options) {
        return Jsoup.parse(new String(ExportFixtures.export(a, ExportFormat.HTML, options), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyFindingAndChecklistItemOfTheScenarioIsThere(Path file) {
        Assessment a = ExportFixtures.scenario(file);
        Planner planner = Planner.forLocale(Locale.ENGLISH);
        var plannerTexts = planner.texts();
        Plan plan = planner.evaluate(a, AS_OF);
        Document doc = html(a, ExportFixtures.options());

        assertThat(plan.findings()).isNotEmpty();
        for (Finding f : plan.findings()) {
            Element article = doc.getElementById("f-" + f.ruleId());
            assertThat(article).as(f.ruleId()).isNotNull();
            assertThat(article.text()).contains(f.ruleId(), f.title(), f.detail(), f.advice());
            assertThat(article.select("a[href]").eachAttr("href")).containsAll(f.sources());
            assertThat(article.selectFirst("h5 .badge").text()).endsWith(plannerTexts.severity(f.severity()));
        }
        for (ChecklistEntry e : plan.checklist()) {
            Element row = doc.getElementById("item-" + e.itemId());
            assertThat(row).as(e.itemId()).isNotNull();
            assertThat(row.text()).contains(e.title(), e.itemId(), "To do");
        }
        assertThat(doc.select(".finding")).hasSize(plan.findings().size());
        assertThat(doc.select("table.items tbody tr.item")).hasSize(plan.checklist().size());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void selfContainedWithoutScriptAndWellFormed(Path file) throws Exception {
        byte[] bytes = ExportFixtures.export(ExportFixtures.scenario(file), ExportFormat.HTML,
                ExportFixtures.options().withLogo(Logo.of(LogoTest.PNG)));
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(el -> el.attributes().asList().stream())
                .filter(attr -> attr.getKey().startsWith("on"))).isEmpty();
        assertThat(doc.select("link, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]").eachAttr("src")).allMatch(src -> src.startsWith("data:image/png;base64,"));
        assertThat(doc.select("img.logo")).hasSize(1);
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.selectFirst("style").data()).contains("@media print");
        assertThat(doc.select("a[href]").eachAttr("href"))
                .allMatch(href -> href.startsWith("#") || href.startsWith("https://"));
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
        // Well-formed XML too: the same markup feeds the PDF renderer's XML parser.
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void headingsTablesAndLandmarksForScreenReaders() {
        Document doc = html(ExportFixtures.scenario(ExportFixtures.scenarioFile("exo-service-account")),
                ExportFixtures.options());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h1")).hasSize(1);
        int previous = 1;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(h.tagName().substring(1));
            assertThat(level).as("heading %s after h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(doc.select("main")).hasSize(1);
        assertThat(doc.select("nav a[href^=#]")).allMatch(a -> doc.getElementById(a.attr("href").substring(1)) != null);
        for (Element th : doc.select("th")) {
            assertThat(th.attr("scope")).as(th.text()).isIn("col", "row");
        }
        for (Element section : doc.select("section[aria-labelledby]")) {
            assertThat(doc.getElementById(section.attr("aria-labelledby"))).isNotNull();
        }
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        // Severity by word and symbol, never colour alone.
        assertThat(doc.select(".finding h5 .badge").eachText()).allMatch(t -> t.matches(". (Blocker|Warning|Open question|Information)"));
    }

    @Test
    void coverAndSummaryCarryTheOptions() {
        Document doc = html(ExportFixtures.scenario(ExportFixtures.scenarioFile("onprem-ntlm-2016")),
                ExportFixtures.options().withClient("Baltic Freight Holding"));
        String cover = doc.getElementById("cover").text();
        assertThat(cover).contains("Baltic Freight Holding", "Jordan Lee", "Northwind Consulting", "November 24, 2026",
                "Catalog 2026.12 · reviewed 2026-12-03 · shipped").doesNotContain("Redacted");
        String summary = doc.getElementById("summary").text();
        assertThat(summary).contains("No open blockers",
                "Nearest deadline April 2027 · 128 days left, counted to 1 April 2027 · vendor documentation · LS-RETIREMENT",
                "EXCHANGE-EOL", "since October 14, 2025 · vendor documentation")
                .doesNotContain("April 1, 2027", "2027-04-01");
        assertThat(doc.select(".timeline .tl-label")).hasSize(3);
        // April 2027 is a band over its month; each phase a bar up to its latest suggested date
        assertThat(doc.select(".timeline .band")).hasSize(1);
        assertThat(doc.select(".timeline .phase-label").eachText()).containsExactly(
                "Phase 1 Prepare: suggested by Jan 31, 2027", "Phase 2 Migrate: suggested by Feb 15, 2027",
                "Phase 3 Validate: suggested by Mar 2, 2027", "Phase 4 Microsoft Graph: suggested by Mar 18, 2027");
        assertThat(doc.select("#item-CL-CONFIRM-INVENTORY td.target").text()).isEqualTo("suggested by January 31, 2027");
        assertThat(doc.select("td.unknown").eachText()).isNotEmpty().allMatch("unknown"::equals);
    }

    @Test
    void aHybridPlanShowsTheSharedStepsAndTwoTracksWithTheirMailboxCounts() {
        Document doc = html(ExportFixtures.scenario(ExportFixtures.scenarioFile("hybrid-se-eac-pilot")),
                ExportFixtures.options());
        assertThat(doc.select("#checklist .track > h3").eachText()).containsExactly("Steps for every mailbox",
                "Mailboxes in Exchange Online (280 mailboxes)", "Mailboxes on your Exchange servers (60 mailboxes)");
        assertThat(doc.select("#track-online tr.item").eachAttr("id")).containsExactly("item-CL-GRAPH-CONSENT",
                "item-CL-GRAPH-RBAC", "item-CL-INBOX-GRAPH", "item-CL-GRAPH-UPGRADE");
        assertThat(doc.select("#track-onprem tr.item")).isEmpty();
        assertThat(doc.select("#track-onprem .track-empty").text())
                .isEqualTo("No steps only for these mailboxes; the shared steps apply.");
        assertThat(doc.select("#track-online h4").eachText()).containsExactly("Phase 4: Microsoft Graph");
        assertThat(doc.select("#item-CL-GRAPH-UPGRADE").text()).contains("for the Exchange Online mailboxes",
                "On-premises mailboxes keep EAC's EWS connection");
        // the deadline passed: the Inbox step is due now
        assertThat(doc.select("#item-CL-INBOX-GRAPH td.target .badge.now").text()).isEqualTo("! now");
        String inventory = doc.getElementById("inventory").text();
        assertThat(inventory).contains("Exchange Server build", "Exchange Server Subscription Edition",
                "RTM with May 2026 Hotfix Update", "Mailboxes in Exchange Online 280", "EAC connection method");
    }

    @Test
    void theReportLanguageIsChosenPerExport() {
        Document doc = html(ExportFixtures.scenario(ExportFixtures.scenarioFile("onprem-ntlm-2016")),
                ExportFixtures.options().withLocale(Locale.GERMAN));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(doc.getElementById("summary").text()).contains("Zusammenfassung", "1. April 2027", "noch 128 Tage");
        assertThat(doc.getElementById("findings").text()).contains("Warnung");
        assertThat(doc.getElementById("checklist").text()).contains("Offen").doesNotContain("To do");
    }

    @Test
    void sectionsCanBeLeftOut() {
        Document doc = html(ExportFixtures.scenario(ExportFixtures.scenarioFile("onprem-ntlm-2016")),
                ExportFixtures.options().withSections(java.util.EnumSet.of(Section.FINDINGS, Section.SOURCES)));
        assertThat(doc.getElementById("findings")).isNotNull();
        assertThat(doc.getElementById("sources").text()).contains("Appendix A: Sources");
        assertThat(doc.getElementById("summary")).isNull();
        assertThat(doc.getElementById("checklist")).isNull();
        assertThat(doc.getElementById("inventory")).isNull();
        assertThat(doc.select("nav li")).hasSize(2 + doc.select(".severity-group").size());
    }

    @Test
    void acceptedAndLapsedRisksProbeEvidenceAndNotApplicableItemsOfTheLargePlan() {
        Document doc = html(LargePlan.assessment(), ExportFixtures.options());
        String accepted = doc.getElementById("f-EAC-CLASSIC-USERS").text();
        assertThat(accepted).contains("Accepted as a known risk", "Accepted by Dana Whitfield on November 1, 2026.",
                "Acceptance expires after March 31, 2027.", "Classic users move with the last wave.");
        String lapsed = doc.getElementById("f-LS-SYNC-ERRORS").text();
        assertThat(lapsed).contains("Acceptance lapsed", "held until October 31, 2026; the finding is open again")
                .doesNotContain("Accepted as a known risk");
        assertThat(doc.select("#evidence section.probe")).hasSize(9);
        String probe = doc.getElementById("probe-1").text();
        assertThat(probe).contains("Autodiscover (JSON) — contosofreight.example", "Fail", "AUTODISCOVER_JSON step 20",
                "wwwAuthenticate: Negotiate, NTLM", "$.exchange.autodiscoverEnabled", "No Autodiscover endpoint answered.");
        assertThat(doc.select("#probe-1 table.steps tbody tr")).hasSize(LargePlan.STEPS);
        assertThat(doc.select("table.configurations tbody tr")).hasSize(LargePlan.CONFIGURATIONS);
        assertThat(doc.getElementById("not-applicable").text()).contains("No longer applicable", "CL-SET-UP-EAC");
        assertThat(doc.getElementById("inv-notes").text()).hasSizeGreaterThan(LargePlan.ASSESSMENT_NOTES - 100);
    }
}
