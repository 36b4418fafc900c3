package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules.md "Accepted risks": an acceptance holds through its expiry day and lapses the day after. */
class AcceptedRiskCommandTest {

    private final CliTestSupport cli = new CliTestSupport();
    private Path file;

    @TempDir
    Path dir;

    @BeforeEach
    void fileWithOneOfItsTwoBlockersAccepted() throws Exception {
        // exo-service-account has two blockers; accept both, one until 2026-12-15 and one with no expiry.
        String json = Files.readString(Scenarios.folder().resolve("exo-service-account.eacplan.json"))
                .replace("\"checklist\": [],", "\"checklist\": [], \"acceptedRisks\": ["
                        + "{\"ruleId\": \"LS-EWS-EXO\", \"rationale\": \"EWS allow-listed for the Salesforce app\", "
                        + "\"acceptedBy\": \"Dana Admin\", \"acceptedOn\": \"2026-11-20\", \"expires\": \"2026-12-15\"},"
                        + "{\"ruleId\": \"LS-SVC-ACCOUNT-EXO\", \"rationale\": \"moving this week\", "
                        + "\"acceptedBy\": \"Dana Admin\", \"acceptedOn\": \"2026-11-20\", \"expires\": null}],");
        file = dir.resolve("accepted.eacplan.json");
        Files.writeString(file, json);
    }

    private JsonNode finding(String ruleId) throws Exception {
        for (JsonNode f : new ObjectMapper().readTree(cli.out()).get("findings")) {
            if (f.get("ruleId").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError(ruleId + " not found");
    }

    @Test
    void theDayBeforeAndOnTheExpiryTheBlockerIsAcceptedAndExitIs0() throws Exception {
        for (String asOf : new String[] {"2026-12-14", "2026-12-15"}) {
            assertThat(cli.run("evaluate", "--format", "json", "--as-of", asOf, file.toString())).as(asOf).isZero();
            JsonNode f = finding("LS-EWS-EXO");
            assertThat(f.get("severity").asText()).isEqualTo("BLOCKER");
            assertThat(f.get("accepted").asBoolean()).isTrue();
            assertThat(f.get("acceptanceLapsed").asBoolean()).isFalse();
            assertThat(f.get("acceptance").get("rationale").asText()).contains("allow-listed");
            assertThat(f.get("acceptance").get("expires").asText()).isEqualTo("2026-12-15");
        }
    }

    @Test
    void theDayAfterTheExpiryItCountsAgainAndSaysTheAcceptanceLapsed() throws Exception {
        assertThat(cli.run("evaluate", "--format", "json", "--as-of", "2026-12-16", file.toString())).isOne();
        JsonNode f = finding("LS-EWS-EXO");
        assertThat(f.get("accepted").asBoolean()).isFalse();
        assertThat(f.get("acceptanceLapsed").asBoolean()).isTrue();
        assertThat(f.get("acceptance").get("acceptedBy").asText()).isEqualTo("Dana Admin");
        JsonNode noExpiry = finding("LS-SVC-ACCOUNT-EXO");
        assertThat(noExpiry.get("accepted").asBoolean()).isTrue();

        assertThat(cli.run("evaluate", "--as-of", "2026-12-16", file.toString())).isOne();
        assertThat(cli.out()).contains("ACCEPTANCE LAPSED on 2026-12-16", "ACCEPTED as a known risk by Dana Admin, no expiry");
    }
}
