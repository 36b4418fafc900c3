package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The placeholders of product.md (step 8): stable within one redactor, the author and public hosts kept. */
class RedactorTest {

    private static Redactor redactor(List<String> clients, List<String> orgs, List<String> people) {
        return new Redactor(new Redactor.KnownNames(clients, orgs, List.of("00D3t000000AbCdEAK"), List.of("EU45"), people,
                List.of("acme.example"), List.of("Jordan Lee", "Northwind Consulting", "jordan.lee@northwind.example")));
    }

    @Test
    void clientAndOrgNamesBecomeClientAndOrgOrBothClientWhenTheSame() {
        Redactor same = redactor(List.of("Acme Robotics"), List.of("acme robotics"), List.of());
        assertThat(same.text("Acme Robotics and ACME ROBOTICS")).isEqualTo("Client and Client");
        Redactor different = redactor(List.of("Acme Holding"), List.of("Acme Robotics EU"), List.of());
        assertThat(different.text("Acme Robotics EU belongs to Acme Holding.")).isEqualTo("Org belongs to Client.");
        assertThat(different.text("Acme Holdings")).as("whole words only").isEqualTo("Acme Holdings");
    }

    @Test
    void orgIdsInstanceAndMyDomain() {
        Redactor r = redactor(List.of("Acme"), List.of(), List.of());
        assertThat(r.text("IDs 00D3t000000AbCdEAK, 00D3t000000AbCd and 00Dxx0000001gPL")).isEqualTo(
                "IDs 00D…redacted, 00D…redacted and 00D…redacted");
        assertThat(r.text("EU45 at eu45.salesforce.com")).isEqualTo("instance-1 at instance-1.salesforce.com");
        assertThat(r.text("https://acme.my.salesforce.com/services/data/")).isEqualTo(
                "https://domain-1.my.salesforce.com/services/data/");
        assertThat(r.text("acme.onmicrosoft.com and acme.my.salesforce.com")).isEqualTo(
                "domain-2.onmicrosoft.com and domain-1.my.salesforce.com");
    }

    @Test
    void emailsDomainsAndHostsGetStableNumberedPlaceholders() {
        Redactor r = redactor(List.of("Acme"), List.of(), List.of());
        assertThat(r.text("Write to sf-sync@acme.example or it@acme.example; sf-sync@acme.example again."))
                .isEqualTo("Write to user-1@domain-1.example or user-2@domain-1.example; user-1@domain-1.example again.");
        assertThat(r.text("acme.example, mail.acme.example, https://mail.acme.example/EWS/Exchange.asmx, other.org"))
                .isEqualTo("domain-1.example, host-1.domain-1.example, https://host-1.domain-1.example/EWS/Exchange.asmx, "
                        + "domain-2.example");
        assertThat(r.text("autodiscover.contoso.co.uk")).isEqualTo("host-2.domain-3.example");
        assertThat(r.text("Server 10.20.30.40 runs build 15.2.986.5")).isEqualTo("Server 192.0.2.1 runs build 15.2.986.5");
    }

    @Test
    void salesforceAndMicrosoftHostsFileNamesAndTheAuthorStay() {
        Redactor r = redactor(List.of("Acme"), List.of(), List.of());
        String kept = "login.salesforce.com outlook.office365.com outlook.office365.us login.microsoftonline.com "
                + "graph.microsoft.us https://login.salesforce.com/cacerts.jsp Exchange.asmx autodiscover.json "
                + "Jordan Lee of Northwind Consulting, jordan.lee@northwind.example";
        assertThat(r.text(kept)).isEqualTo(kept);
        assertThat(r.text("someone@outlook.com")).isEqualTo("user-1@outlook.com");
    }

    @Test
    void peopleOtherThanTheAuthorBecomePersonPlaceholdersEvenInFreeText() {
        Redactor r = redactor(List.of("Acme"), List.of(), List.of("Maria Schmidt", "Jordan Lee", "IT", "ops@acme.example"));
        assertThat(r.text("Maria Schmidt")).isEqualTo("person-1");
        assertThat(r.text("Ask maria schmidt or IT; it is Jordan Lee''s call.")).isEqualTo(
                "Ask person-1 or person-2; it is Jordan Lee''s call.");
        assertThat(r.text("Maria Schmidts")).isEqualTo("Maria Schmidts");
    }

    @Test
    void namesInScriptsWithoutSpacesAreFoundInsideWords() {
        Redactor r = redactor(List.of("日本語株式会社"), List.of("Ελληνικά Α.Ε."), List.of());
        assertThat(r.text("日本語株式会社の担当")).isEqualTo("Clientの担当");
        assertThat(r.text("Die Ελληνικά Α.Ε. und ελληνικά α.ε.")).isEqualTo("Die Org und Org");
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        Redactor r = redactor(List.of(), List.of(), List.of());
        assertThat(r.text(null)).isNull();
        assertThat(r.text("")).isEmpty();
    }
}
