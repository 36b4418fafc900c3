package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private final CliTestSupport cli = new CliTestSupport();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private static String scenario(String name) {
        return Scenarios.folder().resolve(name + ".eacplan.json").toString();
    }

    @Test
    void twoScenariosPrintTheirDifferencesAndExitWith1() {
        int exit = cli.run("compare", "--as-of", "2026-11-24", scenario("exo-service-account"),
                scenario("onprem-ntlm-2016"));

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.out()).startsWith("Compared as of 2026-11-24 with rule catalog 2026.12\n"
                + "  old: Acme Robotics — Lightning Sync to EAC  (" + scenario("exo-service-account")
                + ", updated 2026-11-24T10:00:00Z)\n");
        assertThat(cli.out()).contains(
                "Findings: 3 added, 5 removed, 0 changed\n",
                "  + WARNING  EXCHANGE-EOL  Exchange Server 2016: end of support October 14, 2025\n",
                "  - BLOCKER  LS-EWS-EXO  ",
                "Checklist: 7 changes\n  CL-EMAIL-RETENTION  applicable: true -> false\n"
                        + "  CL-REVIEW-REPORTS  applicable: true -> false\n",
                "  $.exchange.deployment: \"EXCHANGE_ONLINE\" -> \"ON_PREMISES\"\n",
                "  $.lightningSync.configurations[?(@.name=='Managers')]: {\"name\":\"Managers\"");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void aFileComparedWithItselfHasNoDifferenceAndExitsWith0() {
        String file = scenario("gov-cloud-gcc-high");
        assertThat(cli.run("compare", file, file)).isZero();
        assertThat(cli.out()).endsWith("\nNo differences.\n");
        assertThat(cli.run("compare", "--format", "json", file, file)).isZero();
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Path newer = dir.resolve("newer.eacplan.json");
        Files.writeString(newer, Files.readString(Path.of(scenario("exo-service-account")))
                .replace("\"checklist\": []", "\"checklist\": [{\"itemId\": \"CL-CONFIRM-INVENTORY\", \"status\": \"DONE\"}]")
                .replace("\"notes\": \"Sync", "\"acceptedRisks\": [{\"ruleId\": \"LS-RETIREMENT\"}], \"notes\": \"Sync")
                .replace("\"ewsOverSsl\": true", "\"ewsOverSsl\": false")
                .replace("\"MOBILE\"", "\"CLASSIC\""));

        int exit = cli.run("compare", "--format", "json", "--as-of", "2026-11-24", scenario("exo-service-account"),
                newer.toString());

        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = json.readTree(cli.out());
        assertThat(names(root)).containsExactly("asOf", "catalogVersion", "catalogReviewedOn", "catalogSource", "old",
                "new", "findings", "checklist", "inventory");
        assertThat(root.get("asOf").textValue()).isEqualTo("2026-11-24");
        assertThat(names(root.get("old"))).containsExactly("file", "title", "updatedAt");
        assertThat(root.at("/new/file").textValue()).isEqualTo(newer.toString());
        assertThat(root.at("/new/updatedAt").textValue()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(names(root.get("findings"))).containsExactly("added", "removed", "changed");

        cli.run("evaluate", "--format", "json", "--as-of", "2026-11-24", newer.toString());
        JsonNode evaluated = json.readTree(cli.out());
        JsonNode added = root.at("/findings/added");
        assertThat(added).isNotEmpty();
        for (JsonNode f : added) {
            assertThat(evaluated.get("findings")).as("same shape as evaluate --format json").contains(f);
        }
        assertThat(root.at("/findings/changed")).singleElement().isEqualTo(json.readTree("""
                {"ruleId": "LS-RETIREMENT",
                 "old": {"severity": "WARNING", "deadline": "2027-04-01", "accepted": false},
                 "new": {"severity": "WARNING", "deadline": "2027-04-01", "accepted": true}}"""));
        assertThat(root.get("checklist")).containsExactly(json.readTree(
                "{\"itemId\": \"CL-CONFIRM-INVENTORY\", \"field\": \"status\", \"old\": \"TODO\", \"new\": \"DONE\"}"),
                json.readTree("{\"itemId\": \"CL-MOVE-CLASSIC-USERS\", \"field\": \"applicable\", \"old\": false,"
                        + " \"new\": true}"));
        assertThat(root.get("inventory")).contains(json.readTree(
                "{\"path\": \"$.exchange.ewsOverSsl\", \"old\": true, \"new\": false}"));
        assertThat(names(root.at("/inventory/0"))).containsExactly("path", "old", "new");
    }

    @Test
    void aBadOrMissingFileIsReportedWithItsExitCode() throws Exception {
        Path broken = dir.resolve("broken.eacplan.json");
        Files.writeString(broken, "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, \"org\": {\"userCount\": -1}}");
        String good = scenario("exo-service-account");

        assertThat(cli.run("compare", good, broken.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).startsWith(broken + ": $.org.userCount: ");
        assertThat(cli.out()).isEmpty();

        Path missing = dir.resolve("missing.eacplan.json");
        assertThat(cli.run("compare", missing.toString(), broken.toString())).isEqualTo(ExitCodes.IO);
        assertThat(cli.err()).contains(missing + ": $: no such file", broken + ": $.org.userCount");

        assertThat(cli.run("compare", "--as-of", "24.11.2026", good, good)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("--as-of");
        assertThat(cli.run("compare", good)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("NEW");
    }

    @Test
    void aFileWithASemanticProblemOrOfANewerFormatIsBadInput() throws Exception {
        Path newer = dir.resolve("newer.eacplan.json");
        Files.writeString(newer, Files.readString(Path.of(scenario("exo-service-account")))
                .replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"));
        assertThat(cli.run("compare", scenario("exo-service-account"), newer.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("format version 3; this version reads up to 2");

        Path semantic = dir.resolve("semantic.eacplan.json");
        Files.writeString(semantic, Files.readString(Path.of(scenario("exo-service-account")))
                .replace("\"usersWithErrors\": 0", "\"usersWithErrors\": 999"));
        assertThat(cli.run("compare", semantic.toString(), scenario("exo-service-account"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("$.lightningSync.usersWithErrors: users with errors (999)");
    }

    @Test
    void titlesValuesAndFileNamesFromTheFilesAreEscaped() throws Exception {
        Path hostile = dir.resolve("new\u001b]0;x\u0007.eacplan.json");
        Files.writeString(hostile, Files.readString(Path.of(scenario("exo-service-account")))
                .replace("\"title\": \"Acme", "\"title\": \"\\u202eAcme\\n  + BLOCKER")
                .replace("\"notes\": \"Sync", "\"notes\": \"\\u001b[31mSync"));

        assertThat(cli.run("compare", "--as-of", "2026-11-24", scenario("exo-service-account"), hostile.toString()))
                .isEqualTo(ExitCodes.FINDINGS);

        assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .contains("  new: \\u202eAcme\\n  + BLOCKER Robotics", "new\\u001b]0;x\\u0007.eacplan.json",
                        "-> \"\\u001B[31mSync");
        assertThat(cli.out().lines()).noneMatch(l -> l.startsWith("  + BLOCKER Robotics"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
