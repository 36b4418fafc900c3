package org.eacplanner.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.CatalogSource;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.EacAuthMethod;
import org.eacplanner.model.EacConnectionMethod;
import org.eacplanner.model.ExoEwsSetting;
import org.eacplanner.model.ServerVersion;
import org.eacplanner.storage.AssessmentLoadException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Format version 2: version 1 files migrate without loss, the new fields, and the build check. */
class FormatVersion2Test {

    /** Every field version 2 adds, as a JSON pointer. */
    static final List<String> VERSION_2_FIELDS = List.of("/exchange/serverBuild", "/exchange/exoEwsEnabled",
            "/exchange/certificateExpiresOn", "/exchange/mailboxesOnline", "/exchange/mailboxesOnPremises",
            "/exchange/hybridConfigurationPresent", "/exchange/hybridDedicatedApp", "/exchange/hybridGraphPermissions",
            "/lightningSync/serviceAccountEwsEnabled", "/lightningSync/classicRecurringEventsInUse",
            "/eac/connectionMethod", "/eac/inboxMicrosoftAuthMethod", "/eac/syncEmailAsActivity",
            "/eac/usersWithoutConfiguration", "/eac/userEmailsArePrimaryUpn");

    static final String HYBRID = "/org/eacplanner/examples/hybrid-se-eac-pilot.eacplan.json";
    static final Instant NOW = Instant.parse("2026-12-05T08:30:00Z");
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

    private final AssessmentReader reader = new AssessmentReader();
    private final AssessmentWriter writer = new AssessmentWriter();
    private final SchemaValidator schema = new SchemaValidator();
    private final AssessmentStore store = new AssessmentStore(AssessmentStoreTest.PLANNER, new AtomicFileWriter(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"exo-service-account", "gov-cloud-gcc-high", "onprem-ntlm-2016"})
    void aVersion1ExampleMigratesAndSavesAsVersion2WithoutLosingAnything(String name) throws Exception {
        Path original = Scenarios.folder().resolve(name + ".eacplan.json");
        JsonNode v1 = AssessmentJson.mapper().readTree(original.toFile());
        assertThat(v1.get("schemaVersion").intValue()).as("the fixture is a version 1 file").isEqualTo(1);
        Path file = dir.resolve(name + ".eacplan.json");
        Files.copy(original, file);

        AssessmentFile opened = store.open(file);
        assertThat(opened.fileSchemaVersion()).isEqualTo(1);
        assertThat(opened.migrated()).isTrue();
        assertThat(opened.semanticProblems()).isEmpty();
        assertThat(opened.saved().schemaVersion()).isEqualTo(2);
        assertThat(opened.hasUnsavedChanges(opened.saved())).as("migration is not an edit").isFalse();
        assertThat(opened.hasUnsavedChanges(SemanticDrafts.apply(opened.saved()))).isFalse();
        assertThat(Files.readAllBytes(file)).as("opening writes nothing").isEqualTo(Files.readAllBytes(original));

        JsonNode migrated = AssessmentJson.mapper().readTree(writer.toBytes(opened.saved()));
        assertThat(missingOrChanged(v1, migrated)).as("the migrated document keeps every version 1 value").isEmpty();

        store.save(opened, opened.saved(), AS_OF);
        JsonNode saved = AssessmentJson.mapper().readTree(file.toFile());
        assertThat(saved.get("schemaVersion").intValue()).isEqualTo(2);
        assertThat(schema.validate(saved)).as("the saved file is valid against the shipped schema").isEmpty();
        Map<String, JsonNode> v1Values = leaves(v1);
        v1Values.keySet().removeIf(p -> p.startsWith("/lastEvaluation") || p.equals("/schemaVersion"));
        assertThat(missingOrChanged(v1Values, saved)).as("every version 1 value is saved as it was").isEmpty();
        assertThat(saved.get("updatedAt").textValue()).as("only migrated: updatedAt unchanged")
                .isEqualTo(v1.get("updatedAt").textValue());
        for (String field : VERSION_2_FIELDS) {
            assertThat(saved.at(field).isNull()).as(field + " is written, as null").isTrue();
        }
        assertThat(saved.at("/lastEvaluation").has("catalogReviewedOn")).isTrue();
        assertThat(saved.at("/lastEvaluation").has("catalogSource")).isTrue();
        assertThat(Files.readAllBytes(AtomicFileWriter.backupOf(file))).isEqualTo(Files.readAllBytes(original));
    }

    @Test
    void theVersion2ExampleLoadsAsItIsAndSavesToTheSameBytesTwice() throws Exception {
        byte[] bytes = example(HYBRID);
        LoadedAssessment loaded = reader.read(bytes, "hybrid");
        assertThat(loaded.fileSchemaVersion()).isEqualTo(2);
        assertThat(loaded.migrated()).isFalse();
        assertThat(loaded.semanticProblems()).isEmpty();
        Assessment a = loaded.assessment();
        assertThat(a.exchange().deployment()).isEqualTo(Deployment.HYBRID);
        assertThat(a.exchange().serverVersion()).isNull();
        assertThat(a.exchange().serverBuild()).isEqualTo("Version 15.2 (Build 2562.49)");
        assertThat(a.exchange().effectiveServerVersion()).isEqualTo(ServerVersion.EXCHANGE_SE);
        assertThat(a.exchange().exoEwsEnabled()).isEqualTo(ExoEwsSetting.TRUE);
        assertThat(a.exchange().certificateExpiresOn()).isEqualTo(LocalDate.of(2027, 9, 14));
        assertThat(a.exchange().mailboxesOnline()).isEqualTo(280);
        assertThat(a.exchange().mailboxesOnPremises()).isEqualTo(60);
        assertThat(a.exchange().hybridGraphPermissions()).isFalse();
        assertThat(a.lightningSync().classicRecurringEventsInUse()).isFalse();
        assertThat(a.eac().connectionMethod()).isEqualTo(EacConnectionMethod.ORG_LEVEL);
        assertThat(a.eac().inboxMicrosoftAuthMethod()).isEqualTo(EacAuthMethod.EWS);
        assertThat(a.eac().usersWithoutConfiguration()).isZero();
        assertThat(a.exchange().unknownFields()).isEmpty();
        assertThat(a.eac().unknownFields()).isEmpty();
        assertThat(a.lightningSync().unknownFields()).isEmpty();

        byte[] first = writer.toBytes(a);
        assertThat(missingOrChanged(AssessmentJson.mapper().readTree(bytes), AssessmentJson.mapper().readTree(first)))
                .isEmpty();
        Assessment again = reader.read(first, "rewritten").assessment();
        assertThat(again).isEqualTo(a);
        assertThat(writer.toBytes(again)).isEqualTo(first);

        Path file = dir.resolve("hybrid.eacplan.json");
        Files.write(file, bytes);
        AssessmentFile opened = store.open(file);
        store.save(opened, opened.saved(), AS_OF);
        byte[] saved = Files.readAllBytes(file);
        assertThat(schema.validate(AssessmentJson.mapper().readTree(saved))).isEmpty();
        assertThat(AssessmentJson.mapper().readTree(saved).get("updatedAt").textValue()).isEqualTo("2026-12-02T16:30:00Z");
        AssessmentFile reopened = store.open(file);
        store.save(reopened, reopened.saved(), AS_OF);
        assertThat(Files.readAllBytes(file)).as("a second save without an edit").isEqualTo(saved);
    }

    @Test
    void theBundledVersion1ExamplesAreTheTestScenariosAndStayVersion1() throws Exception {
        for (String name : List.of("exo-service-account", "gov-cloud-gcc-high", "onprem-ntlm-2016")) {
            byte[] bundled = example("/org/eacplanner/examples/" + name + ".eacplan.json");
            assertThat(AssessmentJson.mapper().readTree(bundled).get("schemaVersion").intValue()).isEqualTo(1);
            assertThat(reader.read(bundled, name).semanticProblems()).isEmpty();
        }
    }

    @Test
    void fieldsAreWrittenInTheOrderOfTheFormatsTables() throws Exception {
        Assessment a = reader.read(example(HYBRID), "hybrid").assessment();
        Assessment saved = a.stamped(a.updatedAt(), AssessmentStoreTest.PLANNER.evaluate(a, AS_OF).snapshot());
        String text = new String(writer.toBytes(saved), UTF_8);
        assertInOrder(text, "deployment", "serverVersion", "serverBuild", "microsoftCloud", "exoEwsEnabled",
                "tenantDomain", "ewsUrl", "ewsEnabled", "ewsOverSsl", "autodiscoverEnabled", "tlsVersion", "authMethods",
                "certificateAuthority", "certificateRoot", "certificateChainComplete", "certificateApproved",
                "certificateExpiresOn", "inbound443Open", "mailboxesOnline", "mailboxesOnPremises",
                "hybridConfigurationPresent", "hybridDedicatedApp", "hybridGraphPermissions", "\"lightningSync\"",
                "inUse", "\"connectionMethod\": \"USER_OAUTH\"", "serviceAccountEmail", "impersonationGranted",
                "serviceAccountAuth", "serviceAccountEwsEnabled", "classicRecurringEventsInUse", "\"configurations\": [",
                "usersSyncing", "usersWithErrors", "\"eac\"", "enabled", "licenses", "\"configurations\": 1",
                "microsoftAuthMethod", "\"connectionMethod\": \"ORG_LEVEL\"", "inboxMicrosoftAuthMethod",
                "emailCaptureWanted", "syncEmailAsActivity", "reportsDependOnActivityRecords",
                "usersWithoutConfiguration", "userEmailsArePrimaryUpn", "\"lastEvaluation\"", "asOf", "catalogVersion",
                "catalogReviewedOn", "catalogSource", "findings");
    }

    @Test
    void theRecordsHaveTheSchemasPropertiesInTheSameOrder() throws Exception {
        JsonNode properties;
        try (InputStream in = getClass().getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            properties = AssessmentJson.mapper().readTree(in).get("properties");
        }
        Map<String, Class<?>> sections = new LinkedHashMap<>();
        sections.put("exchange", org.eacplanner.model.Exchange.class);
        sections.put("lightningSync", org.eacplanner.model.LightningSync.class);
        sections.put("eac", org.eacplanner.model.Eac.class);
        sections.put("lastEvaluation", org.eacplanner.model.LastEvaluation.class);
        sections.forEach((name, type) -> {
            List<String> components = new ArrayList<>();
            for (var c : type.getRecordComponents()) {
                if (!c.getName().equals("unknownFields")) {
                    components.add(c.getName());
                }
            }
            List<String> inSchema = new ArrayList<>();
            properties.get(name).get("properties").fieldNames().forEachRemaining(inSchema::add);
            assertThat(components).as(name).isEqualTo(inSchema);
        });
    }

    // --- the build check ---

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "ON_PREMISES, EXCHANGE_2019, 15.1.2507.6, build 15.1.2507.6 is EXCHANGE_2016; serverVersion says EXCHANGE_2019",
        "HYBRID, EXCHANGE_2016, Version 15.2 (Build 2562.17), build 15.2.2562.17 is EXCHANGE_SE; serverVersion says EXCHANGE_2016",
        "'', EXCHANGE_SE, 15.02.2561.010, build 15.2.2561.10 is EXCHANGE_2019; serverVersion says EXCHANGE_SE",
        "ON_PREMISES, EXCHANGE_2010, 15.0.1497.2, build 15.0.1497.2 is EXCHANGE_2013; serverVersion says EXCHANGE_2010",
    })
    void aBuildOfAnotherProductIsASemanticProblemAtTheBuild(String deployment, String version, String build,
            String message) throws Exception {
        byte[] file = withExchange(deployment, version, build);

        LoadedAssessment loaded = reader.read(file, "mismatch");

        assertThat(loaded.semanticProblems()).containsExactly(new LoadProblem("$.exchange.serverBuild", message));
        Path path = dir.resolve("mismatch.eacplan.json");
        Files.write(path, file);
        assertThatThrownBy(() -> reader.loadStrict(path)).isInstanceOfSatisfying(AssessmentLoadException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.SEMANTIC))
                .hasMessageContaining("$.exchange.serverBuild: " + message);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "EXCHANGE_ONLINE, EXCHANGE_2019, 15.1.2507.6",
        "ON_PREMISES, EXCHANGE_2019, 16.0.100.1",
        "HYBRID, EXCHANGE_2010, 15.3.1.1",
        "ON_PREMISES, EXCHANGE_2019, 15.2.2561.99",
        "ON_PREMISES, EXCHANGE_SE, Version 15.2 (Build 2562.0)",
        "HYBRID, EXCHANGE_2016, 15.01.2507.006",
        "ON_PREMISES, , 15.1.2507.6",
    })
    void noProblemWithExchangeOnlineAnUnmappedBuildOrAMatchingOne(String deployment, String version, String build)
            throws Exception {
        assertThat(reader.read(withExchange(deployment, version, build), "fine").semanticProblems()).isEmpty();
    }

    @Test
    void aSaveMovesBothTheVersionAndTheBuildToDrafts() throws Exception {
        Path file = dir.resolve("mismatch.eacplan.json");
        Files.write(file, withExchange("ON_PREMISES", "EXCHANGE_2019", "Version 15.1 (Build 2507.6)"));
        AssessmentFile opened = store.open(file);
        assertThat(opened.semanticProblems()).extracting(LoadProblem::where).containsExactly("$.exchange.serverBuild");

        Assessment shown = SemanticDrafts.apply(opened.saved());
        assertThat(shown.exchange().serverVersion()).as("treated as unknown until corrected").isNull();
        assertThat(shown.exchange().serverBuild()).isNull();
        assertThat(shown.drafts()).containsEntry("$.exchange.serverVersion", "EXCHANGE_2019")
                .containsEntry("$.exchange.serverBuild", "Version 15.1 (Build 2507.6)");

        store.save(opened, opened.saved(), AS_OF);
        JsonNode saved = AssessmentJson.mapper().readTree(file.toFile());
        assertThat(saved.at("/exchange/serverVersion").isNull()).isTrue();
        assertThat(saved.at("/exchange/serverBuild").isNull()).isTrue();
        assertThat(saved.at("/drafts").get("$.exchange.serverBuild").textValue()).isEqualTo("Version 15.1 (Build 2507.6)");
        assertThat(saved.at("/drafts").get("$.exchange.serverVersion").textValue()).isEqualTo("EXCHANGE_2019");
        assertThat(reader.loadStrict(file).semanticProblems()).as("the app never writes a failing file").isEmpty();
    }

    // --- the schema's new fields ---

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "exchange      | serverBuild                | 15",
        "exchange      | serverBuild                | '\"15.2\"'",
        "exchange      | serverBuild                | '\"AdminDisplayVersion : 15.2.1118.7\"'",
        "exchange      | exoEwsEnabled              | true",
        "exchange      | exoEwsEnabled              | '\"UNSET\"'",
        "exchange      | mailboxesOnline            | -1",
        "exchange      | mailboxesOnPremises        | 2.5",
        "exchange      | hybridDedicatedApp         | '\"yes\"'",
        "exchange      | certificateExpiresOn       | '\"2026-02-30\"'",
        "exchange      | certificateExpiresOn       | '\"2026-13-01\"'",
        "exchange      | certificateExpiresOn       | '\"2026-2-3\"'",
        "exchange      | certificateExpiresOn       | '\"2026-09-14T00:00:00Z\"'",
        "lightningSync | serviceAccountEwsEnabled   | 1",
        "eac           | connectionMethod           | '\"USER_OAUTH\"'",
        "eac           | inboxMicrosoftAuthMethod   | '\"OAUTH\"'",
        "eac           | usersWithoutConfiguration  | -3",
        "eac           | userEmailsArePrimaryUpn    | '\"true\"'",
        "lastEvaluation | catalogReviewedOn         | '\"2026-02-29\"'",
        "lastEvaluation | catalogSource             | '\"BUNDLED\"'",
    })
    void aVersion1FileWithAWrongVersion2FieldIsRefusedWithItsPath(String section, String field, String json) {
        String v1 = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, \"" + section + "\": {\"" + field
                + "\": " + json + "}}";
        String v2 = v1.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");

        for (String text : List.of(v1, v2)) {
            assertThatThrownBy(() -> reader.read(text.getBytes(UTF_8), "wrong"))
                    .isInstanceOfSatisfying(AssessmentLoadException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.SCHEMA);
                        assertThat(e.problems()).extracting(LoadProblem::where).contains("$." + section + "." + field);
                    });
        }
    }

    @Test
    void aVersion1FileThatCarriesAValidVersion2FieldKeepsItAsThatField() throws Exception {
        String v1 = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 1, \"exchange\": {\"serverBuild\": "
                + "\"15.2.1118.7\", \"certificateExpiresOn\": \"2028-02-29\", \"futureField\": [1]}, \"lastEvaluation\": "
                + "{\"asOf\": \"2026-11-24\", \"catalogVersion\": \"2026.11\", \"catalogSource\": \"FILE\"}}";

        LoadedAssessment loaded = reader.read(v1.getBytes(UTF_8), "v1");

        assertThat(loaded.migrated()).isTrue();
        assertThat(loaded.assessment().exchange().serverBuild()).isEqualTo("15.2.1118.7");
        assertThat(loaded.assessment().exchange().certificateExpiresOn()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(loaded.assessment().exchange().unknownFields()).containsOnlyKeys("futureField");
        assertThat(loaded.assessment().lastEvaluation().catalogSource()).isEqualTo(CatalogSource.FILE);
        assertThat(loaded.assessment().lastEvaluation().catalogReviewedOn()).isNull();
    }

    @Test
    void aCertificateDateMustBeACalendarDate() throws Exception {
        for (String ok : List.of("2026-02-28", "2028-02-29", "2026-12-31")) {
            String text = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 2, \"exchange\": "
                    + "{\"certificateExpiresOn\": \"" + ok + "\"}}";
            assertThat(reader.read(text.getBytes(UTF_8), ok).assessment().exchange().certificateExpiresOn())
                    .isEqualTo(LocalDate.parse(ok));
        }
        String bad = "{\"format\": \"eac-migration-assessment\", \"schemaVersion\": 2, \"exchange\": "
                + "{\"certificateExpiresOn\": \"2026-02-30\"}}";
        assertThatThrownBy(() -> reader.read(bad.getBytes(UTF_8), "bad"))
                .isInstanceOf(AssessmentLoadException.class)
                .hasMessageContaining("$.exchange.certificateExpiresOn");
    }

    @Test
    void eachNewEnumerationHasItsOwnDefinitionWithItsValues() throws Exception {
        JsonNode defs;
        try (InputStream in = getClass().getResourceAsStream(SchemaValidator.SCHEMA_RESOURCE)) {
            defs = AssessmentJson.mapper().readTree(in).get("$defs");
        }
        assertThat(values(defs.get("eacConnectionMethod"))).containsExactly(names(EacConnectionMethod.values()));
        assertThat(values(defs.get("exoEwsSetting"))).containsExactly(names(ExoEwsSetting.values()));
        assertThat(values(defs.get("catalogSource"))).containsExactly(names(CatalogSource.values()));
        assertThat(values(defs.get("eacMicrosoftAuthMethod"))).containsExactly(names(EacAuthMethod.values()));
        assertThat(values(defs.get("connectionMethod"))).containsExactly("SERVICE_ACCOUNT", "USER_OAUTH");
        assertThat(values(defs.get("exchangeServerVersion"))).containsExactly(names(ServerVersion.values()));
    }

    // --- helpers ---

    private static byte[] example(String resource) throws Exception {
        try (InputStream in = FormatVersion2Test.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    /** A version 2 file with these Exchange answers (an empty or missing value is unknown). */
    private static byte[] withExchange(String deployment, String version, String build) {
        ObjectNode root = AssessmentJson.mapper().createObjectNode();
        root.put("format", Assessment.FORMAT);
        root.put("schemaVersion", 2);
        ObjectNode ex = root.putObject("exchange");
        ex.put("deployment", deployment == null || deployment.isEmpty() ? null : deployment);
        ex.put("serverVersion", version == null || version.isEmpty() ? null : version);
        ex.put("serverBuild", build);
        return root.toString().getBytes(UTF_8);
    }

    /** Every leaf of {@code tree} (values, empty arrays and objects) by JSON pointer. */
    static Map<String, JsonNode> leaves(JsonNode tree) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        collect(tree, "", out);
        return out;
    }

    private static void collect(JsonNode node, String at, Map<String, JsonNode> out) {
        if (node.isContainerNode() && !node.isEmpty()) {
            if (node.isObject()) {
                node.fields().forEachRemaining(e -> collect(e.getValue(),
                        at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), at + "/" + i, out);
                }
            }
        } else {
            out.put(at, node);
        }
    }

    /** The pointers of {@code before}'s leaves that {@code after} lacks or holds another value at. */
    private static List<String> missingOrChanged(JsonNode before, JsonNode after) {
        Map<String, JsonNode> values = leaves(before);
        values.remove("/schemaVersion");
        return missingOrChanged(values, after);
    }

    private static List<String> missingOrChanged(Map<String, JsonNode> values, JsonNode after) {
        List<String> out = new ArrayList<>();
        values.forEach((pointer, value) -> {
            if (!after.at(pointer).equals(value)) {
                out.add(pointer + ": " + value + " -> " + after.at(pointer));
            }
        });
        return out;
    }

    private static void assertInOrder(String text, String... keys) {
        int last = -1;
        for (String key : keys) {
            String needle = key.startsWith("\"") ? key : "\"" + key + "\":";
            int at = text.indexOf(needle, last + 1);
            assertThat(at).as(key + " after the one before").isGreaterThan(last);
            last = at;
        }
    }

    private static List<String> values(JsonNode def) {
        List<String> out = new ArrayList<>();
        def.get("enum").forEach(v -> {
            if (!v.isNull()) {
                out.add(v.textValue());
            }
        });
        return out;
    }

    private static String[] names(Enum<?>[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].name();
        }
        return out;
    }
}
