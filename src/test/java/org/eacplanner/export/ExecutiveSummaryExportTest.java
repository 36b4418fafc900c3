package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The summary opens with the plan's state and what to do, and ranks the risks by urgency with IDs aside. */
class ExecutiveSummaryExportTest {

    private static Document html(String example) {
        return Jsoup.parse(new String(ExportFixtures.export(ExportFixtures.scenario(ExportFixtures.scenarioFile(example)),
                ExportFormat.HTML, ExportFixtures.options()), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({
        "exo-service-account, Broken now, broken, Act today: Lightning Sync to Exchange Online stops, LS-EWS-EXO",
        "gov-cloud-gcc-high, At risk, at-risk, 'First: Government Cloud:', GOV-LS-EWS-EXO",
        "onprem-ntlm-2016, At risk, at-risk, 'First: Exchange Server 2016: end of support', EXCHANGE-EOL"})
    void theStateWhatToDoAndTheMostUrgentRiskFirst(String example, String word, String css, String todo, String first) {
        Element summary = html(example).getElementById("summary");
        assertThat(summary.selectFirst("p.plan-status strong").text()).isEqualTo("Status: " + word);
        assertThat(summary.selectFirst("p.plan-status").hasClass(css)).isTrue();
        assertThat(summary.selectFirst("p.todo").text()).startsWith(todo);
        var risks = summary.select("ol.top-risks > li");
        assertThat(risks).isNotEmpty().hasSizeLessThanOrEqualTo(SummaryViews.TOP_RISKS);
        assertThat(risks.get(0).selectFirst(".ref").text()).isEqualTo(first);
        // rule IDs only as the small reference, never in the sentence
        assertThat(risks).allSatisfy(li -> {
            String id = li.selectFirst(".ref").text();
            Element rest = li.clone();
            rest.select(".ref").remove();
            assertThat(rest.text()).isNotBlank().doesNotContain(id);
        });
        assertThat(summary.selectFirst("p.todo").text()).doesNotContain(first);
    }
}
