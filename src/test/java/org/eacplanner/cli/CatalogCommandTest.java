package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {

    private final CliTestSupport cli = new CliTestSupport();

    @Test
    void listsEveryRuleWithDatesAndSources() throws Exception {
        assertThat(cli.run("catalog", "--format", "json")).isZero();
        JsonNode root = new ObjectMapper().readTree(cli.out());
        assertThat(root.get("catalogVersion").asText()).isEqualTo("2026.12");
        assertThat(root.get("rules")).hasSize(55);
        assertThat(root.get("checklist")).hasSize(29);
        for (JsonNode r : root.get("rules")) {
            if (!r.get("ruleId").asText().equals("CATALOG-REVIEW-DUE")) {
                assertThat(r.get("sources")).as(r.get("ruleId").asText()).isNotEmpty();
            }
            if (r.get("ruleId").asText().equals("CERT-EXPIRING")) {
                assertThat(r.get("severity").asText()).isEqualTo("BLOCKER when daysUntil(exchange.certificateExpiresOn) < 0;"
                        + " WARNING otherwise");
            }
            if (r.get("ruleId").asText().equals("EXCHANGE-EOL")) {
                assertThat(r.get("deadlines").get("EXCHANGE_2013").asText()).isEqualTo("2023-04-11");
            }
        }
        assertThat(cli.run("catalog")).isZero();
        assertThat(cli.out()).contains("LS-RETIREMENT", "deadline: 2027-04-01", "CL-GRAPH-UPGRADE",
                "when:     ls and not gov");
    }
}
