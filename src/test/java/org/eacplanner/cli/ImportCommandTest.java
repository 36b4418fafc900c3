package org.eacplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
    }
}
