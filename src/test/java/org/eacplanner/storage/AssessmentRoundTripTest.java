package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentRoundTripTest {

    private final AssessmentReader reader = new AssessmentReader();
    private final AssessmentWriter writer = new AssessmentWriter();

    static java.util.List<Path> scenarios() {
        return Scenarios.files();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenarioLoadsWritesAndReloadsToAnEqualModel(Path file) throws Exception {
        LoadedAssessment loaded = reader.load(file);
        assertThat(loaded.readOnly()).isFalse();
        assertThat(loaded.semanticProblems()).isEmpty();

        byte[] first = writer.toBytes(loaded.assessment());
        Assessment again = reader.read(first, "rewritten").assessment();
        assertThat(again).isEqualTo(loaded.assessment());
        assertThat(writer.toBytes(again)).isEqualTo(first);

        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\" : ").doesNotContain("[ ]");
        assertThat(text).startsWith("{\n  \"format\": \"eac-migration-assessment\",\n  \"schemaVersion\": 2,\n  \"id\": ");
    }

    @Test
    void fieldsAreWrittenInTheOrderOfTheFormat() throws Exception {
        String text = new String(writer.toBytes(reader.load(Scenarios.files().get(0)).assessment()), StandardCharsets.UTF_8);
        String[] topLevel = {"\"format\"", "\"schemaVersion\"", "\"id\"", "\"title\"", "\"createdAt\"", "\"updatedAt\"",
            "\"preparedBy\"", "\"client\"", "\"org\"", "\"exchange\"", "\"lightningSync\"", "\"eac\"", "\"probes\"",
            "\"checklist\"", "\"acceptedRisks\"", "\"notes\"", "\"drafts\"", "\"approvedRoots\"", "\"lastEvaluation\""};
        int last = -1;
        for (String key : topLevel) {
            int at = text.indexOf("\n  " + key + ":");
            assertThat(at).as(key).isGreaterThan(last);
            last = at;
        }
        assertThat(text.indexOf("\"ewsUrl\"")).isLessThan(text.indexOf("\"tlsVersion\""))
                .isLessThan(text.indexOf("\"inbound443Open\""));
    }

    @Test
    void unknownFieldsSurviveARoundTripAtEveryLevel() throws Exception {
        String json = Files.readString(Scenarios.files().get(0))
                .replace("\"format\": \"eac-migration-assessment\",",
                        "\"format\": \"eac-migration-assessment\", \"futureTop\": {\"a\": [1, null]},")
                .replace("\"deployment\": \"EXCHANGE_ONLINE\",", "\"deployment\": \"EXCHANGE_ONLINE\", \"futureNested\": true,")
                .replace("\"name\": \"Sales reps\",", "\"name\": \"Sales reps\", \"futureInArray\": \"x\",");
        Assessment a = reader.read(json.getBytes(StandardCharsets.UTF_8), "future").assessment();
        assertThat(a.unknownFields()).containsKey("futureTop");
        assertThat(a.exchange().unknownFields()).containsEntry("futureNested", true);
        assertThat(a.lightningSync().configurations().get(0).unknownFields()).containsEntry("futureInArray", "x");

        String out = new String(writer.toBytes(a), StandardCharsets.UTF_8);
        assertThat(out).contains("\"futureTop\": {", "\"futureNested\": true", "\"futureInArray\": \"x\"");
        assertThat(reader.read(out.getBytes(StandardCharsets.UTF_8), "again").assessment()).isEqualTo(a);
    }

    @Test
    void unknownAndEmptyListsStayDistinct() throws Exception {
        String json = Files.readString(Scenarios.files().get(0))
                .replace("\"authMethods\": [\n      \"OAUTH\"\n    ],", "\"authMethods\": [],");
        Assessment a = reader.read(json.getBytes(StandardCharsets.UTF_8), "empty").assessment();
        assertThat(a.exchange().authMethods()).isEmpty();
        assertThat(a.exchange().deployment()).isEqualTo(Deployment.EXCHANGE_ONLINE);
        assertThat(a.org().products()).isNotNull();
        Assessment blank = reader.read("{\"format\":\"eac-migration-assessment\",\"schemaVersion\":1}"
                .getBytes(StandardCharsets.UTF_8), "blank").assessment();
        assertThat(blank.exchange().authMethods()).isNull();
        assertThat(blank.drafts()).isEqualTo(Map.of());
    }
}
