package org.eacplanner.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eacplanner.exchange.ExchangeAnswers.Evidence;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.storage.AssessmentJson;
import org.junit.jupiter.api.Test;

/**
 * Folders as the collector scripts write them and single exports (fixtures written for this project, made with
 * keytool certificates and described in src/test/resources/exchange/README.md) give exactly these answers.
 */
class ExchangeImportTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(ExchangeImportTest.class.getResource("/exchange/" + name).toURI());
    }

    private static ExchangeImport.Result read(String... names) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String n : names) {
            paths.add(fixture(n));
        }
        return ExchangeImport.read(paths);
    }

    private static List<String> pathsAndValues(ExchangeImport.Result r) throws Exception {
        List<String> out = new ArrayList<>();
        for (Proposal p : r.proposals()) {
            out.add(p.path() + "=" + AssessmentJson.mapper().writeValueAsString(p.value()));
        }
        return out;
    }

    @Test
    void everyFixtureGivesExactlyItsProposals() throws Exception {
        for (var e : FixtureProposals.EXPECTED.entrySet()) {
            assertThat(pathsAndValues(read(e.getKey().toArray(String[]::new)))).as(e.getKey().toString())
                    .containsExactlyElementsOf(e.getValue());
        }
    }

    @Test
    void anExchange2016FolderWithAnExpiredSelfSignedCertificate() throws Exception {
        ExchangeImport.Result r = read("collected-onpremises-2016");
        assertThat(r.ignored()).isEmpty();
        assertThat(r.sources()).hasSize(11).allSatisfy(s ->
                assertThat(s.exportedAt()).isEqualTo(Instant.parse("2026-12-07T14:03:11.512Z")));
        Proposal url = r.proposals().get(1);
        assertThat(url.basis()).startsWith("only an internal URL is set");
        assertThat(url.evidence()).singleElement().satisfies(e -> {
            assertThat(e.file()).endsWith("Get-WebServicesVirtualDirectory.xml");
            assertThat(e.object()).isEqualTo("EX16-A\\EWS (Default Web Site)");
            assertThat(e.property()).isEqualTo("InternalUrl");
            assertThat(e.exportedAt()).isEqualTo(Instant.parse("2026-12-07T14:03:11.512Z"));
        });
        // the certificate is told by its raw data alone (no Services): the one whose names include the EWS host
        assertThat(r.proposals().get(4).basis()).isEqualTo("the issuer of EX16-A, the certificate whose names include "
                + "ex16-a.corp.northwind.example");
    }

    @Test
    void bothSidesOfAHybridOrganisation() throws Exception {
        ExchangeImport.Result r = read("collected-hybrid-onpremises", "collected-exchange-online");
        assertThat(r.ignored()).isEmpty();
        assertThat(r.sources()).filteredOn(s -> s.file().contains("exchange-online")).hasSize(5)
                .allSatisfy(s -> assertThat(s.exportedAt()).isEqualTo(Instant.parse("2026-12-07T14:31:02Z")));
        assertThat(r.proposals().get(0).basis()).isEqualTo("the AdminDisplayVersion of all 2 servers (EX19-A "
                + "15.2.1748.10, EX19-B 15.2.1748.10)");
        // the certificate bound to IIS, not Exchange's own auth certificate
        assertThat(r.proposals().get(4).evidence()).extracting(Evidence::object)
                .containsExactly("mail.northwind.example (1CC64072B35CCC9BB8D9F2AB24F9AFE56469A996) on "
                        + "ex19-a.corp.northwind.example");
        assertThat(r.proposals().get(8).evidence()).hasSize(3); // the hybrid configuration and one file of each side
        assertThat(r.proposals().get(6).basis()).isEqualTo("Exchange Online's EwsEnabled is True; "
                + "EwsApplicationAccessPolicy is EnforceAllowList (2 applications on the allow list)");
    }

    @Test
    void exchangeOnlinesEwsSwitchUnsetTrueAndFalse() throws Exception {
        assertThat(read("exo-organization-config-unset.xml").proposals()).extracting(Proposal::path, Proposal::value)
                .containsExactly(tuple("$.exchange.exoEwsEnabled", "NOT_SET"));
        assertThat(read("exo-organization-config-true.xml").proposals()).extracting(Proposal::path, Proposal::value)
                .containsExactly(tuple("$.exchange.exoEwsEnabled", "TRUE"));
        assertThat(read("exo-organization-config-false.xml").proposals()).extracting(Proposal::path, Proposal::value)
                .containsExactly(tuple("$.exchange.exoEwsEnabled", "FALSE"));
    }

    @Test
    void aCertificateIssuedByAListedRootIsApprovedCitingTheSnapshot() throws Exception {
        ExchangeImport.Result r = read("certificate-issued-by-root.xml");
        assertThat(r.proposals().get(3).basis()).contains("approved per snapshot — confirm at")
                .contains("cacerts.jsp");
    }

    @Test
    void theBasisIsInTheLanguageAsked() throws Exception {
        ExchangeImport.Result r = ExchangeImport.read(List.of(fixture("exo-organization-config-false.xml")), null,
                Locale.GERMAN);
        assertThat(r.proposals().get(0).basis()).isEqualTo("EwsEnabled von Exchange Online ist False: EWS ist für den "
                + "ganzen Mandanten aus");
    }

    @Test
    void aCountWithoutTheCollectorsFileNameIsIgnoredWithTheReason() throws Exception {
        Path dir = Files.createTempDirectory("count");
        Path count = dir.resolve("mailboxes.xml");
        Files.copy(fixture("collected-onpremises-2016/Get-Mailbox-Count.xml"), count);
        ExchangeImport.Result r = ExchangeImport.read(List.of(count));
        assertThat(r.proposals()).isEmpty();
        assertThat(r.ignored()).singleElement().satisfies(i ->
                assertThat(i.reason()).startsWith("a count whose cmdlet is unknown"));
    }
}
