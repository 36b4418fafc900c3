package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eacplanner.exchange.FixtureProposals;
import org.eacplanner.model.ImportRecord;
import org.eacplanner.storage.AssessmentJson;
import org.eacplanner.storage.AssessmentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import exchange} on the fixtures written for this project (src/test/resources/exchange). */
class ImportCommandTest {

    @TempDir
    Path dir;

    private final CliTestSupport cli = new CliTestSupport();

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportCommandTest.class.getResource("/exchange/" + name).toURI());
    }

    @Test
    void aFolderOfExportsGivesItsSourcesAndExactlyTheseProposalsWithEvidence() throws Exception {
        Files.copy(fixture("exchange-servers-two-builds.xml"), dir.resolve("Get-ExchangeServer.xml"));
        Files.copy(fixture("ews-virtual-directory-2019.xml"), dir.resolve("Get-WebServicesVirtualDirectory.xml"));
        Files.copy(fixture("hybrid-configuration.xml"), dir.resolve("Get-HybridConfiguration.xml"));
        Files.writeString(dir.resolve("notes.xml"), "<notes>not an export</notes>");

        assertThat(cli.run("import", "exchange", "--format", "json", dir.toString())).isZero();
        JsonNode r = new ObjectMapper().readTree(cli.out());
        assertThat(r.path("sources")).extracting(s -> s.path("kind").asText())
                .containsExactly("ExchangeServer", "HybridConfiguration", "ADWebServicesVirtualDirectory");
        List<String> proposals = new ArrayList<>();
        r.path("proposals").forEach(p -> proposals.add(p.path("path").asText() + "=" + p.path("value")));
        assertThat(proposals).containsExactly(
                "$.exchange.serverBuild=\"15.1.2507.6\"",
                "$.exchange.ewsUrl=\"https://mail.northwind.example/EWS/Exchange.asmx\"",
                "$.exchange.ewsOverSsl=true",
                "$.exchange.authMethods=[\"BASIC\",\"NTLM\",\"NEGOTIATE\",\"OAUTH\"]",
                "$.exchange.hybridConfigurationPresent=true",
                "$.exchange.deployment=\"HYBRID\"");
        JsonNode evidence = r.path("proposals").get(0).path("evidence").get(1);
        assertThat(evidence.path("file").asText()).endsWith("Get-ExchangeServer.xml");
        assertThat(evidence.path("object").asText()).isEqualTo("EX16-B");
        assertThat(evidence.path("property").asText()).isEqualTo("AdminDisplayVersion");
        assertThat(r.path("ignored")).singleElement().satisfies(i -> {
            assertThat(i.path("file").asText()).endsWith("notes.xml");
            assertThat(i.path("reason").asText()).startsWith("not CliXML");
        });
    }

    @Test
    void hostileAndForeignFilesAreIgnoredWithTheirReasonAndNothingUsableIsExitTwo() throws Exception {
        Files.writeString(dir.resolve("lol.xml"), "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><Objs><Obj>&b;</Obj></Objs>");
        Files.writeString(dir.resolve("empty.xml"), "");
        Files.writeString(dir.resolve("other.xml"), "<Objs Version=\"1.1.0.1\" "
                + "xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\"><TN RefId=\"0\">"
                + "<T>System.Diagnostics.Process</T></TN><ToString>notepad</ToString></Obj></Objs>");
        Files.writeString(dir.resolve("export.zip"), "PK"); // not a zip

        assertThat(cli.run("import", "exchange", dir.toString(), dir.resolve("export.zip").toString())).isEqualTo(2);
        assertThat(cli.out()).contains("ignored " + dir.resolve("lol.xml") + ": the file has a DOCTYPE")
                .contains("ignored " + dir.resolve("other.xml") + ": objects of System.Diagnostics.Process: not one this "
                        + "import reads")
                .contains("ignored " + dir.resolve("empty.xml") + ": ")
                .contains("ignored " + dir.resolve("export.zip") + ": not a readable zip archive")
                .doesNotContain("Exception");
    }

    @Test
    void aZipOfTheFolderReadsLikeTheFolderAndAPathThatEscapesItIsRefused() throws Exception {
        Path zip = dir.resolve("exchange-export.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("export/Get-ExchangeServer.xml"));
            z.write(Files.readAllBytes(fixture("exchange-servers-two-builds.xml")));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("../../evil/Get-HybridConfiguration.xml"));
            z.write(Files.readAllBytes(fixture("hybrid-configuration.xml")));
            z.closeEntry();
        }
        assertThat(cli.run("import", "exchange", "--format", "json", zip.toString())).isZero();
        JsonNode r = new ObjectMapper().readTree(cli.out());
        assertThat(r.path("sources")).singleElement().satisfies(s ->
                assertThat(s.path("file").asText()).isEqualTo(zip + "!/export/Get-ExchangeServer.xml"));
        assertThat(r.path("proposals")).extracting(p -> p.path("path").asText())
                .containsExactly("$.exchange.serverBuild");
        assertThat(r.path("ignored")).singleElement().satisfies(i -> {
            assertThat(i.path("file").asText()).endsWith("!/../../evil/Get-HybridConfiguration.xml");
            assertThat(i.path("reason").asText()).isEqualTo("its path leaves the archive's folder: refused");
        });
        assertThat(dir.getParent().resolve("evil")).doesNotExist();

        // a folder holding the zip reads it too (the desktop where both collectors left theirs)
        assertThat(cli.run("import", "exchange", "--format", "json", dir.toString())).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).path("sources")).singleElement().satisfies(s ->
                assertThat(s.path("file").asText()).isEqualTo(zip + "!/export/Get-ExchangeServer.xml"));
    }

    /** Every leaf of {@code a} and {@code b} (as saved by this app) whose value differs, by JSON path. */
    private static Set<String> differences(Path a, Path b) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode x = json.readTree(AssessmentJson.writer().writeValueAsString(
                new AssessmentReader().loadStrict(a).assessment()));
        JsonNode y = json.readTree(AssessmentJson.writer().writeValueAsString(
                new AssessmentReader().loadStrict(b).assessment()));
        Set<String> out = new TreeSet<>();
        Iterator<String> names = y.fieldNames();
        while (names.hasNext()) {
            String section = names.next();
            if (section.equals("exchange") || section.equals("lightningSync") || section.equals("org")
                    || section.equals("eac")) {
                y.path(section).fieldNames().forEachRemaining(f -> {
                    if (!x.path(section).path(f).equals(y.path(section).path(f))) {
                        out.add("$." + section + "." + f);
                    }
                });
            } else if (!x.path(section).equals(y.path(section))) {
                out.add("$." + section);
            }
        }
        return out;
    }

    @Test
    void intoAppliesExactlyTheProposedAnswersAndKeepsTheOldFileAsBak() throws Exception {
        Path file = dir.resolve("onprem.eacplan.json");
        try (InputStream in = ImportCommandTest.class.getResourceAsStream(
                "/org/eacplanner/examples/onprem-ntlm-2016.eacplan.json")) {
            Files.copy(in, file);
        }
        byte[] before = Files.readAllBytes(file);
        Path copy = dir.resolve("before.eacplan.json");
        Files.write(copy, before);

        assertThat(cli.run("import", "exchange", "--into", file.toString(),
                fixture("collected-onpremises-2016").toString())).isZero();

        assertThat(cli.err()).contains("applied 11 answer(s) to " + file);
        assertThat(Files.readAllBytes(dir.resolve("onprem.eacplan.json.bak"))).isEqualTo(before);
        new AssessmentReader().loadStrict(dir.resolve("onprem.eacplan.json.bak")); // a valid assessment
        // the 13 proposals less the two the example already has (ewsOverSsl true, impersonation granted), the
        // record of the import, and what every save stamps (updatedAt, lastEvaluation)
        assertThat(differences(copy, file)).containsExactly(
                "$.exchange.authMethods", "$.exchange.certificateApproved", "$.exchange.certificateAuthority",
                "$.exchange.certificateExpiresOn", "$.exchange.certificateRoot",
                "$.exchange.ewsUrl", "$.exchange.hybridConfigurationPresent", "$.exchange.mailboxesOnPremises",
                "$.exchange.serverBuild", "$.imports", "$.lastEvaluation", "$.lightningSync.serviceAccountEmail",
                "$.lightningSync.serviceAccountEwsEnabled", "$.updatedAt");

        ImportRecord record = new AssessmentReader().loadStrict(file).assessment().imports().get(0);
        assertThat(record.kind()).isEqualTo("EXCHANGE");
        assertThat(record.applied()).hasSize(11);
        assertThat(record.sources()).hasSize(11).extracting(ImportRecord.Source::file)
                .contains("Get-ExchangeServer.xml", "manifest.xml").allSatisfy(f -> assertThat(f).doesNotContain("/"));
        assertThat(record.applied().get(0).evidence()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("Get-ExchangeServer.xml");
            assertThat(e.object()).isEqualTo("EX16-A");
        });

        byte[] applied = Files.readAllBytes(file);
        assertThat(cli.run("import", "exchange", "--into", file.toString(),
                fixture("collected-onpremises-2016").toString())).isZero();
        assertThat(cli.err()).contains("already has every answer: nothing was written");
        assertThat(Files.readAllBytes(file)).isEqualTo(applied);
    }

    @Test
    void intoABadFileChangesNothing() throws Exception {
        Path file = dir.resolve("broken.eacplan.json");
        Files.writeString(file, "{\"format\": \"eac-migration-assessment\", ");
        assertThat(cli.run("import", "exchange", "--into", file.toString(),
                fixture("collected-onpremises-2016").toString())).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("{\"format\": \"eac-migration-assessment\", ");
        assertThat(dir.resolve("broken.eacplan.json.bak")).doesNotExist();
        assertThat(cli.run("import", "exchange", "--into", dir.resolve("missing.json").toString(),
                fixture("collected-onpremises-2016").toString())).isEqualTo(2);
    }

    @Test
    void eachFixtureAsJsonGivesExactlyItsProposalsWithEvidence() throws Exception {
        for (var e : FixtureProposals.EXPECTED.entrySet()) {
            List<String> args = new ArrayList<>(List.of("import", "exchange", "--format", "json"));
            for (String f : e.getKey()) {
                args.add(fixture(f).toString());
            }
            assertThat(cli.run(args.toArray(String[]::new))).as(e.getKey().toString()).isZero();
            JsonNode r = new ObjectMapper().readTree(cli.out());
            List<String> proposals = new ArrayList<>();
            r.path("proposals").forEach(p -> {
                proposals.add(p.path("path").asText() + "=" + p.path("value"));
                assertThat(p.path("evidence")).as(p.path("path").asText()).isNotEmpty().allSatisfy(ev -> {
                    assertThat(ev.path("file").asText()).isNotBlank();
                    assertThat(ev.path("object").asText()).isNotBlank();
                    assertThat(ev.path("property").asText()).isNotBlank();
                });
            });
            assertThat(proposals).as(e.getKey().toString()).containsExactlyElementsOf(e.getValue());
            assertThat(r.path("ignored")).as(e.getKey().toString()).isEmpty();
        }
    }

    @Test
    void theReasonsComeInTheLanguageAskedAndAnUnknownOneIsRefused() throws Exception {
        assertThat(cli.run("import", "exchange", "--lang", "de",
                fixture("exo-organization-config-false.xml").toString())).isZero();
        assertThat(cli.out()).contains("$.exchange.exoEwsEnabled = FALSE  (EwsEnabled von Exchange Online ist False: "
                + "EWS ist für den ganzen Mandanten aus)");
        assertThat(cli.run("import", "exchange", "--lang", "fr",
                fixture("exo-organization-config-false.xml").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--lang fr: the texts come in en, de");
    }
}
