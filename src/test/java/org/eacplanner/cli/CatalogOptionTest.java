package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eacplanner.rules.Catalog;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --catalog FILE} on evaluate, export, compare and catalog: used as a whole, or refused with the reason. */
class CatalogOptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliTestSupport cli = new CliTestSupport();

    @TempDir
    Path dir;

    private static String scenario(String name) {
        return Scenarios.folder().resolve(name + ".eacplan.json").toString();
    }

    private static ObjectNode shipped() throws Exception {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    /** The shipped catalog re-issued as 2026.12.1 with LS-RETIREMENT's English title reworded. */
    private Path reissue() throws Exception {
        ObjectNode root = shipped();
        root.put("version", "2026.12.1");
        for (JsonNode r : root.get("rules")) {
            if (r.get("id").asText().equals("LS-RETIREMENT")) {
                ((ObjectNode) r.at("/texts/en")).put("title", "Re-issued: Lightning Sync ends in {when}");
            }
        }
        Path file = dir.resolve("catalog-2026.12.1.json");
        Files.write(file, JSON.writeValueAsBytes(root));
        return file;
    }

    @Test
    void evaluateUsesTheLoadedCatalogWithItsOwnTexts() throws Exception {
        String catalog = reissue().toString();
        assertThat(cli.run("evaluate", "--format", "json", "--as-of", "2026-12-03", "--catalog", catalog,
                scenario("exo-service-account"))).isOne();
        JsonNode root = JSON.readTree(cli.out());
        assertThat(root.get("catalogVersion").asText()).isEqualTo("2026.12.1");
        assertThat(root.get("catalogSource").asText()).isEqualTo("FILE");
        assertThat(root.get("findings").findValuesAsText("title")).contains("Re-issued: Lightning Sync ends in April 2027");

        assertThat(cli.run("catalog", "--format", "json", "--catalog", catalog)).isZero();
        assertThat(JSON.readTree(cli.out()).get("catalogVersion").asText()).isEqualTo("2026.12.1");

        assertThat(cli.run("compare", "--format", "json", "--catalog", catalog, scenario("exo-service-account"),
                scenario("onprem-ntlm-2016"))).isOne();
        assertThat(JSON.readTree(cli.out()).get("catalogSource").asText()).isEqualTo("FILE");

        Path out = dir.resolve("plan.json");
        assertThat(cli.run("export", "--format", "json", "--as-of", "2026-12-03", "--catalog", catalog, "-o",
                out.toString(), scenario("exo-service-account"))).isZero();
        assertThat(JSON.readTree(out.toFile()).get("catalogVersion").asText()).isEqualTo("2026.12.1");
    }

    @Test
    void aCopyOfTheShippedCatalogIsUsedAsAFile() throws Exception {
        Path file = dir.resolve("same.json");
        Files.write(file, JSON.writeValueAsBytes(shipped()));
        assertThat(cli.run("evaluate", "--format", "json", "--as-of", "2026-12-03", "--catalog", file.toString(),
                scenario("gov-cloud-gcc-high"))).isZero();
        JsonNode root = JSON.readTree(cli.out());
        assertThat(root.get("catalogSource").asText()).isEqualTo("FILE");
        assertThat(root.get("catalogVersion").asText()).isEqualTo("2026.12");
        assertThat(cli.run("evaluate", "--format", "json", "--as-of", "2026-12-03", scenario("gov-cloud-gcc-high")))
                .isZero();
        JsonNode shipped = JSON.readTree(cli.out());
        assertThat(shipped.get("catalogSource").asText()).isEqualTo("SHIPPED");
        assertThat(root.get("findings")).as("the same findings, word for word").isEqualTo(shipped.get("findings"));
        assertThat(root.get("checklist")).isEqualTo(shipped.get("checklist"));
    }

    @Test
    void aMisspeltFieldADuplicateIdAndAMonthDeadlineOnThe15thAreAllListedWithTheirPaths() throws Exception {
        ObjectNode root = shipped();
        var rules = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("rules");
        ObjectNode retirement = (ObjectNode) rules.get(0);
        assertThat(retirement.get("id").asText()).isEqualTo("LS-RETIREMENT");
        ((ObjectNode) retirement.get("deadline")).put("date", "2027-04-15");
        ((ObjectNode) rules.get(4)).put("condition", "onprem and exchange.ewsEnabeld = false");
        ((ObjectNode) rules.get(2)).put("id", rules.get(1).get("id").asText());
        Path file = dir.resolve("three-problems.json");
        Files.write(file, JSON.writeValueAsBytes(root));

        assertThat(cli.run("evaluate", "--catalog", file.toString(), scenario("exo-service-account"))).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("$.rules[0].deadline.date", "first of its month",
                "$.rules[4].condition", "ewsEnabeld",
                "$.rules[2].id", "rule LS-EWS-EXO is listed twice");
    }

    @Test
    void anOlderOrInvalidCatalogIsRefusedWithExit2AndAMissingOneWithExit3() throws Exception {
        ObjectNode older = shipped();
        older.put("version", "2026.09");
        Path olderFile = dir.resolve("older.json");
        Files.write(olderFile, JSON.writeValueAsBytes(older));
        assertThat(cli.run("evaluate", "--catalog", olderFile.toString(), scenario("exo-service-account"))).isEqualTo(2);
        assertThat(cli.err()).contains("refused", "$.version", "older than the shipped catalog 2026.12");
        assertThat(cli.out()).isEmpty();

        ObjectNode broken = shipped();
        ((ObjectNode) broken.get("rules").get(0)).put("condition", "ls and org.nmae = 1");
        ((ObjectNode) broken.get("rules").get(1)).putArray("sources").add("NO-SUCH-SOURCE");
        Path brokenFile = dir.resolve("broken.json");
        Files.write(brokenFile, JSON.writeValueAsBytes(broken));
        assertThat(cli.run("export", "--format", "json", "--catalog", brokenFile.toString(),
                scenario("exo-service-account"))).isEqualTo(2);
        assertThat(cli.err()).contains("$.rules[0]", "nmae", "$.rules[1]", "NO-SUCH-SOURCE");

        assertThat(cli.run("catalog", "--catalog", dir.resolve("missing.json").toString())).isEqualTo(3);
        assertThat(cli.err()).contains("cannot read catalog");
    }
}
