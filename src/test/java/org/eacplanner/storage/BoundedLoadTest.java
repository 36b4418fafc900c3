package org.eacplanner.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eacplanner.storage.AssessmentLoadException.Kind;
import org.junit.jupiter.api.Test;

/**
 * Files with huge lists, objects or numbers of problems are refused by counting (DocumentLimits) or listed up to
 * {@link AssessmentLoadException#MAX_LISTED} problems and counted after that; the validator works in pieces and
 * finds exactly what one call on the whole document finds.
 */
class BoundedLoadTest {

    private static final String HEAD = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, ";

    private final AssessmentReader reader = new AssessmentReader();

    @Test
    void twentyMegabytesOfTwoMillionProductsAreRefusedByTheirCount() {
        // The shape of the report: org.products = [1, 1, ...], two million entries, 20 MB.
        StringBuilder json = new StringBuilder(21_000_000).append(HEAD).append("\"org\": {\"products\": [1");
        json.append(",        1".repeat(1_999_999)).append("]}}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isBetween(19_000_000, (int) AssessmentReader.MAX_BYTES);

        AssessmentLoadException e = refuse(bytes);

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.problems()).containsExactly(new LoadProblem("$.org.products",
                "a list of 2,000,000 entries; assessment files allow at most 10,000 in one list"));
    }

    @Test
    void listsAndObjectsOverTenThousandEntriesAreRefusedWithTheirPathAndCount() {
        String bad = HEAD + "\"exchange\": {\"authMethods\": [" + "\"X\",".repeat(10_000) + "\"X\"]}, "
                + "\"drafts\": {" + draftKeys(20_000) + "}, "
                + "\"x-extra\": {\"a b\": [0, " + "[],".repeat(10_001) + "[]]}}";

        AssessmentLoadException e = refuse(bad.getBytes(StandardCharsets.UTF_8));

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.problems()).containsExactly(
                new LoadProblem("$.exchange.authMethods",
                        "a list of 10,001 entries; assessment files allow at most 10,000 in one list"),
                new LoadProblem("$.drafts",
                        "an object of 20,000 members; assessment files allow at most 10,000 in one object"),
                new LoadProblem("$['x-extra']['a b']",
                        "a list of 10,003 entries; assessment files allow at most 10,000 in one list"));
    }

    @Test
    void aListOfExactlyTenThousandEntriesLoads() throws Exception {
        String json = HEAD + "\"org\": {\"products\": [" + "\"SALES_CLOUD\",".repeat(9_999) + "\"SALES_CLOUD\"]}}";
        LoadedAssessment loaded = reader.read(json.getBytes(StandardCharsets.UTF_8), "ten-thousand");
        assertThat(loaded.assessment().org().products()).hasSize(10_000);
    }

    @Test
    void moreThanAMillionValuesAreRefusedWhereTheLimitIsPassed() {
        // 101 lists of 10,000 numbers: no list over its limit, but 1,010,203 values in all.
        String list = "[" + "0,".repeat(9_999) + "0]";
        String json = HEAD + "\"x-lists\": [" + (list + ",").repeat(100) + list + "]}";

        AssessmentLoadException e = refuse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).matches("line 1, column \\d+");
            assertThat(p.message()).isEqualTo("the file holds more than 1,000,000 values; assessment files hold at "
                    + "most that many");
        });
    }

    @Test
    void tenThousandWrongEntriesGiveAHundredProblemsAndACountOfTheRest() {
        String json = HEAD + "\"exchange\": {\"authMethods\": [" + "\"X\",".repeat(9_999) + "\"X\"]}}";

        AssessmentLoadException e = refuse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(e.kind()).isEqualTo(Kind.SCHEMA);
        assertThat(e.problems()).hasSize(AssessmentLoadException.MAX_LISTED + 1);
        assertThat(e.problems().subList(0, 100)).allSatisfy(p -> {
            assertThat(p.where()).matches("\\$\\.exchange\\.authMethods\\[\\d+]");
            assertThat(p.message()).startsWith("does not have a value in the enumeration");
        });
        assertThat(e.problems().get(100)).isEqualTo(new LoadProblem("$", "... and 9,900 more problems"));
        assertThat(e.getMessage()).startsWith("big: 10,000 problems\n  $.exchange.authMethods[")
                .endsWith("\n  $: ... and 9,900 more problems")
                .hasLineCount(102);
    }

    @Test
    void draftsWithTenThousandWrongKeysAreCountedNotAllListed() {
        String json = HEAD + "\"drafts\": {" + draftKeys(10_000) + "}}";

        AssessmentLoadException e = refuse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(e.kind()).isEqualTo(Kind.SCHEMA);
        assertThat(e.problems()).hasSize(101).last().isEqualTo(new LoadProblem("$", "... and 9,900 more problems"));
        assertThat(e.problems().get(0).where()).isEqualTo("$.drafts");
    }

    @Test
    void problemsSpreadOverManyListsAreCountedExactlyAndTheListingStaysShort() {
        // 45 probe results of 10,000 steps that are not objects: 450,000 problems within every limit.
        String steps = "[" + "1,".repeat(9_999) + "1]";
        String probe = "{\"probeId\": \"EWS_AUTH\", \"steps\": " + steps + "}";
        String json = HEAD + "\"probes\": [" + (probe + ",").repeat(44) + probe + "]}";

        AssessmentLoadException e = refuse(json.getBytes(StandardCharsets.UTF_8));

        assertThat(e.kind()).isEqualTo(Kind.SCHEMA);
        assertThat(e.problems()).hasSize(101).last().isEqualTo(new LoadProblem("$", "... and 449,900 more problems"));
        assertThat(e.getMessage()).startsWith("big: 450,000 problems\n");
    }

    @Test
    void theValidatorInPiecesFindsWhatOneCallOnTheWholeDocumentFinds() throws Exception {
        SchemaValidator validator = new SchemaValidator();
        ObjectNode doc = (ObjectNode) AssessmentJson.mapper().readTree(HEAD + "\"title\": 5}");
        ArrayNode probes = doc.putArray("probes");
        for (int i = 0; i < 700; i++) {
            ObjectNode probe = probes.addObject();
            probe.put("probeId", i % 3 == 0 ? "NOT_A_PROBE" : "EWS_AUTH");
            ArrayNode steps = probe.putArray("steps");
            int count = i == 350 ? 2_500 : 3;
            for (int j = 0; j < count; j++) {
                ObjectNode step = steps.addObject();
                step.put("outcome", j % 2 == 0 ? "PASS" : "MAYBE");
                step.put("elapsedMs", j % 5 == 0 ? -1 : j);
                step.putObject("evidence").put("status", j);
            }
            if (i % 7 == 0) {
                probe.putArray("proposals").addObject().put("path", "no-dollar");
            }
        }
        ObjectNode ls = doc.putObject("lightningSync");
        ArrayNode configurations = ls.putArray("configurations");
        ArrayNode profiles = configurations.addObject().put("name", "big").putArray("assignedProfiles");
        for (int i = 0; i < 3_000; i++) {
            if (i % 10 == 0) {
                profiles.add(i);
            } else {
                profiles.add("Profile " + i);
            }
        }
        configurations.add(7);
        ObjectNode drafts = doc.putObject("drafts");
        for (int i = 0; i < 1_500; i++) {
            if (i % 100 == 0) {
                drafts.put("bad key " + i, "x");
            } else if (i % 100 == 1) {
                drafts.put("$.org.orgId" + i, i);
            } else {
                drafts.put("$.org.orgId" + i, "x");
            }
        }
        doc.putArray("x-unknown").add(doc.get("probes").deepCopy());
        doc.putObject("org").put("userCount", -3).putArray("products").add("SALES_CLOUD").add("NOPE");

        List<LoadProblem> atOnce = validator.validateAtOnce(doc);
        SchemaValidator.Found inPieces = validator.validate(doc, Integer.MAX_VALUE);

        assertThat(atOnce).hasSizeGreaterThan(2_000);
        assertThat(inPieces.listed()).containsExactlyElementsOf(atOnce);
        assertThat(inPieces.total()).isEqualTo(atOnce.size());
        assertThat(inPieces.listed()).contains(
                new LoadProblem("$.probes[350].steps[2495].elapsedMs", "must have a minimum value of 0"),
                new LoadProblem("$.lightningSync.configurations[0].assignedProfiles[2990]", "integer found, string expected"));
    }

    @Test
    void theSchemaUsesOnlyKeywordsThatTheValidatorCanCheckInPieces() throws Exception {
        // Problems of "properties", "additionalProperties" and "items" are those of each member or entry; a
        // keyword about several entries at once (uniqueItems, contains, minItems, dependentRequired,
        // unevaluatedProperties...) would make SchemaValidator's pieces wrong.
        Set<String> allowed = Set.of("$schema", "$id", "$ref", "$defs", "title", "description", "type", "const",
                "enum", "pattern", "format", "minimum", "minLength", "required", "properties",
                "additionalProperties", "propertyNames", "items");
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            schema = AssessmentJson.mapper().readTree(in);
        }
        Set<String> used = new TreeSet<>();
        collectKeywords(schema, used);
        assertThat(allowed).containsAll(used);
    }

    private static void collectKeywords(JsonNode schema, Set<String> used) {
        if (!schema.isObject()) {
            return;
        }
        schema.fieldNames().forEachRemaining(used::add);
        for (String map : List.of("properties", "$defs")) {
            schema.path(map).forEach(s -> collectKeywords(s, used));
        }
        for (String one : List.of("items", "additionalProperties", "propertyNames")) {
            collectKeywords(schema.path(one), used);
        }
    }

    private static String draftKeys(int n) {
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add("\"k" + i + "\": \"v\"");
        }
        return String.join(", ", keys);
    }

    private AssessmentLoadException refuse(byte[] bytes) {
        try {
            reader.read(bytes, "big");
        } catch (AssessmentLoadException e) {
            return e;
        }
        throw new AssertionError("the file loaded");
    }
}
