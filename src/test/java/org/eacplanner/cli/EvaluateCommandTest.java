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

class EvaluateCommandTest {

    private final CliTestSupport cli = new CliTestSupport();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Path scenario(String name) {
        return Scenarios.folder().resolve(name + ".eacplan.json");
    }

    @Test
    void jsonHasExactlyTheDocumentedShapeAndBlockersGiveExitCode1() throws Exception {
        int exit = cli.run("evaluate", "--format", "json", "--as-of", "2026-11-24",
                scenario("exo-service-account").toString());
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        JsonNode root = json.readTree(cli.out());
        assertThat(fieldNames(root)).containsExactly("asOf", "catalogVersion", "catalogReviewedOn", "catalogSource",
                "findings", "checklist", "notApplicable");
        assertThat(root.get("catalogSource").asText()).isEqualTo("SHIPPED");
        assertThat(root.get("asOf").asText()).isEqualTo("2026-11-24");
        assertThat(root.get("catalogVersion").asText()).isEqualTo("2026.12");
        JsonNode first = root.get("findings").get(0);
        assertThat(fieldNames(first)).containsExactly("ruleId", "severity", "area", "side", "title", "detail",
                "advice", "deadline", "daysLeft", "deadlinePrecision", "deadlineText", "deadlineStatus", "deadlineEvidence",
                "sources", "accepted", "acceptanceLapsed", "acceptance");
        assertThat(first.get("deadlinePrecision").asText()).isEqualTo("DAY");
        assertThat(first.get("deadlineText").asText()).isEqualTo("2026-10-01");
        assertThat(first.get("deadlineStatus").asText()).isEqualTo("PASSED");
        assertThat(first.get("ruleId").asText()).isEqualTo("LS-EWS-EXO");
        assertThat(first.get("severity").asText()).isEqualTo("BLOCKER");
        assertThat(first.get("deadline").asText()).isEqualTo("2026-10-01");
        assertThat(first.get("daysLeft").asInt()).isEqualTo(-54);
        assertThat(first.get("acceptance").isNull()).isTrue();
        JsonNode svc = root.get("findings").get(1);
        assertThat(svc.get("ruleId").asText()).isEqualTo("LS-SVC-ACCOUNT-EXO");
        assertThat(svc.get("deadline").isNull()).isTrue();
        assertThat(svc.get("daysLeft").isNull()).isTrue();
        assertThat(svc.get("deadlinePrecision").isNull()).isTrue();
        assertThat(svc.get("deadlineEvidence").isNull()).isTrue();
        JsonNode item = root.get("checklist").get(0);
        assertThat(fieldNames(item)).containsExactly("itemId", "phase", "order", "side", "title", "detail",
                "causedBy", "applicable", "status", "owner", "dueDate", "suggestedBy", "urgent", "notes");
        assertThat(item.get("side").asText()).isEqualTo("BOTH");
        assertThat(item.get("owner").isNull()).isTrue();
        assertThat(item.get("status").asText()).isEqualTo("TODO");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String path = scenario("onprem-ntlm-2016").toString();
        assertThat(cli.run("evaluate", "--format", "json", "--as-of", "2026-11-24", path)).isZero();
        String first = cli.out();
        cli.run("evaluate", "--format", "json", "--as-of", "2026-11-24", path);
        assertThat(cli.out()).isEqualTo(first);
    }

    @Test
    void aFolderIsABatchInNameOrderAndABadFileDoesNotStopTheOthers() throws Exception {
        for (String name : new String[] {"gov-cloud-gcc-high", "onprem-ntlm-2016"}) {
            Files.copy(scenario(name), dir.resolve(name + ".eacplan.json"));
        }
        Files.writeString(dir.resolve("broken.eacplan.json"), "{\"format\": \"eac-migration-assessment\", ");
        Files.writeString(dir.resolve("ignored.txt"), "not an assessment");
        int exit = cli.run("evaluate", "--format", "json", "--as-of", "2026-11-24", dir.toString());
        assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode array = json.readTree(cli.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);
        assertThat(fieldNames(array.get(0)).get(0)).isEqualTo("file");
        assertThat(array.get(0).get("file").asText()).endsWith("broken.eacplan.json");
        assertThat(array.get(0).get("error").get("exitCode").asInt()).isEqualTo(2);
        assertThat(array.get(0).get("error").get("message").asText()).contains("line 1, column");
        assertThat(array.get(1).get("file").asText()).endsWith("gov-cloud-gcc-high.eacplan.json");
        assertThat(array.get(2).get("findings")).isNotEmpty();
        assertThat(cli.err()).contains("broken.eacplan.json");
    }

    @Test
    void worstExitCodeWinsAndAMissingFileIsAnIoFailure() {
        int exit = cli.run("evaluate", "--as-of", "2026-11-24", scenario("onprem-ntlm-2016").toString(),
                dir.resolve("missing.eacplan.json").toString());
        assertThat(exit).isEqualTo(ExitCodes.IO);
        assertThat(cli.err()).contains("missing.eacplan.json", "no such file");
    }

    @Test
    void textOutputNamesSeverityInWordsAndListsTheChecklist() {
        assertThat(cli.run("evaluate", "--as-of", "2026-11-24", scenario("exo-service-account").toString())).isOne();
        assertThat(cli.out()).contains("BLOCKER", "LS-EWS-EXO", "Deadline: since October 1, 2026 · vendor announcement",
                "Catalog 2026.12 · reviewed 2026-12-03 · shipped", "Checklist",
                "Phase 4: Microsoft Graph", "CL-GRAPH-UPGRADE");
    }

    @Test
    void germanTextsAndBadOptionsAreRefusedWithTheReason() throws Exception {
        assertThat(cli.run("evaluate", "--format", "json", "--lang", "de", "--as-of", "2026-11-24",
                scenario("exo-service-account").toString())).isOne();
        JsonNode de = json.readTree(cli.out());
        cli.run("evaluate", "--format", "json", "--as-of", "2026-11-24", scenario("exo-service-account").toString());
        JsonNode en = json.readTree(cli.out());
        assertThat(de.get("findings").get(0).get("title").asText()).isNotEqualTo(en.get("findings").get(0).get("title")
                .asText());
        assertThat(cli.run("evaluate", "--lang", "xx", scenario("exo-service-account").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--lang xx");
        assertThat(cli.run("evaluate", "--as-of", "24.11.2026", scenario("exo-service-account").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--as-of");
    }

    @Test
    void anEmptyFolderIsBadInputAndJsonSaysWhyInsteadOfAnEmptyArray() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(cli.run("evaluate", "--format", "json", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode array = json.readTree(cli.out());
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("file").asText()).isEqualTo(empty.toString());
        assertThat(array.get(0).get("error").get("exitCode").asInt()).isEqualTo(2);
        assertThat(array.get(0).get("error").get("message").asText()).startsWith("no assessment files in " + empty);
        assertThat(cli.err()).contains("error: no assessment files in " + empty);

        assertThat(cli.run("evaluate", empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.run("evaluate", empty.toString(), scenario("onprem-ntlm-2016").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.out()).contains("Baltic Freight");
    }

    @Test
    void textFromTheFileAndFileNamesAreEscaped() throws Exception {
        Path file = dir.resolve("evil\u001b[2J.eacplan.json");
        Files.writeString(file, Files.readString(scenario("onprem-ntlm-2016"))
                .replace("\"title\": \"Baltic Freight", "\"title\": \"\\u001b[31mBaltic\\u202e\\nBLOCKER Freight"));
        assertThat(cli.run("evaluate", "--as-of", "2026-11-24", file.toString())).isZero();
        assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\u202e")
                .startsWith("== \\u001b[31mBaltic\\u202e\\nBLOCKER Freight — Lightning Sync to EAC  (" + dir
                        + "/evil\\u001b[2J.eacplan.json)");

        Path broken = Files.writeString(dir.resolve("a\nb\u202e.eacplan.json"), "{");
        assertThat(cli.run("evaluate", broken.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).startsWith(dir + "/a\\nb\\u202e.eacplan.json: line 1, column");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
