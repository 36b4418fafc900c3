package org.eacplanner.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eacplanner.common.Messages;
import org.eacplanner.ui.wizard.Step;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HelpPageTest {

    @Test
    void everyStepHasAPageInBothLanguagesWithTheQuestionsAndTheirHelp() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Messages m = Messages.ui(locale);
            for (Step step : Step.values()) {
                HelpPage page = HelpPage.of(step, m);
                assertThat(page.title()).contains(m.get("step." + step.key() + ".title"));
                assertThat(page.parts()).as(step + " " + locale).hasSizeGreaterThan(1);
                assertThat(page.parts()).allSatisfy(p -> assertThat(p.entries()).isNotEmpty());
            }
        }
        HelpPage sync = HelpPage.of(Step.LIGHTNING_SYNC, Messages.ui(Locale.ENGLISH));
        assertThat(sync.parts().get(0).entries()).anySatisfy(e -> {
            assertThat(e.term()).isEqualTo("Is Lightning Sync in use?");
            assertThat(e.text()).contains("Setup");
        });
    }

    @Test
    void theHtmlIsAStandaloneDocumentInTheUsersLanguage() {
        HelpPage page = HelpPage.of(Step.LIVE_CHECKS, Messages.ui(Locale.GERMAN));
        Document doc = Jsoup.parse(page.html());
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(doc.title()).isEqualTo(page.title());
        assertThat(doc.select("h2").eachText()).contains("In diesem Schritt", "Tasten");
        assertThat(doc.select("script, link, img, iframe")).isEmpty();
        assertThat(doc.select("dt").eachText()).contains("Wenn nichts aufgelöst wird");
    }
}
