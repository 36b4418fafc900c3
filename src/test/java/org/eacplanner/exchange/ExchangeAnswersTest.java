package org.eacplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eacplanner.exchange.ExchangeAnswers.Evidence;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.junit.jupiter.api.Test;

/** Exports (fixtures written for this project, src/test/resources/exchange) give exactly these answers. */
class ExchangeAnswersTest {

    private static List<PsObject> fixture(String name) throws Exception {
        try (InputStream in = ExchangeAnswersTest.class.getResourceAsStream("/exchange/" + name)) {
            return CliXml.read(in);
        }
    }

    private static List<ExportFile> files(String... names) throws Exception {
        List<ExportFile> files = new ArrayList<>();
        for (String n : names) {
            files.add(ExportFile.of(n, fixture(n)));
        }
        return files;
    }

    private static List<Proposal> from(List<ExportFile> files) {
        return ExchangeAnswers.from(files, null, Locale.ENGLISH);
    }

    @Test
    void twoServersOnDifferentBuildsProposeTheLowestNamingBoth() throws Exception {
        List<Proposal> p = from(files("exchange-servers-two-builds.xml"));
        assertThat(p).singleElement().satisfies(build -> {
            assertThat(build.path()).isEqualTo("$.exchange.serverBuild");
            assertThat(build.value()).isEqualTo("15.1.2507.6");
            assertThat(build.basis()).isEqualTo("the lowest AdminDisplayVersion of 2 servers (EX19-A 15.2.1544.4, "
                    + "EX16-B 15.1.2507.6)");
            assertThat(build.evidence()).containsExactly(
                    new Evidence("exchange-servers-two-builds.xml", "EX19-A", "AdminDisplayVersion", null),
                    new Evidence("exchange-servers-two-builds.xml", "EX16-B", "AdminDisplayVersion", null));
        });
    }

    @Test
    void theWebServicesDirectoriesGiveTheExternalUrlItsSchemeAndTheMethodsOfEveryServer() throws Exception {
        List<Proposal> p = from(files("ews-virtual-directory-2019.xml"));
        assertThat(p).extracting(Proposal::path, Proposal::value).containsExactly(
                tuple("$.exchange.ewsUrl", "https://mail.northwind.example/EWS/Exchange.asmx"),
                tuple("$.exchange.ewsOverSsl", true),
                tuple("$.exchange.authMethods", List.of("BASIC", "NTLM", "NEGOTIATE", "OAUTH")));
        assertThat(p.get(0).evidence()).containsExactly(new Evidence("ews-virtual-directory-2019.xml",
                "EX19-B\\EWS (Default Web Site)", "ExternalUrl", null));
        assertThat(p.get(2).basis()).isEqualTo("what the EWS virtual directories accept, on any server "
                + "(EX19-A\\EWS (Default Web Site): Windows, OAuth; EX19-B\\EWS (Default Web Site): Basic)");
    }

    @Test
    void onlyAnInternalUrlIsProposedWithTheReasonItMayNotServe() throws Exception {
        String xml = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\"><Obj RefId=\"0\">"
                + "<TN RefId=\"0\"><T>Microsoft.Exchange.Data.Directory.SystemConfiguration.ADWebServicesVirtualDirectory</T>"
                + "</TN><ToString>EX16-C\\EWS (Default Web Site)</ToString><Props>"
                + "<URI N=\"InternalUrl\">http://ex16-c.corp.northwind.example/EWS/Exchange.asmx</URI>"
                + "<Nil N=\"ExternalUrl\" /></Props></Obj></Objs>";
        List<Proposal> p = from(List.of(ExportFile.of("ews.xml",
                CliXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))));
        assertThat(p).extracting(Proposal::path).containsExactly("$.exchange.ewsUrl", "$.exchange.ewsOverSsl");
        assertThat(p.get(0).basis()).startsWith("only an internal URL is set");
        assertThat(p.get(1).value()).isEqualTo(false);
    }

    @Test
    void aHybridConfigurationMeansHybridAndNothingElseIsGuessed() throws Exception {
        List<Proposal> p = from(files("hybrid-configuration.xml"));
        assertThat(p).extracting(Proposal::path, Proposal::value).containsExactly(
                tuple("$.exchange.hybridConfigurationPresent", true),
                tuple("$.exchange.deployment", "HYBRID"));
        assertThat(from(List.of())).isEmpty();
    }
}
