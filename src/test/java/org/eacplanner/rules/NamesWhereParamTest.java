package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.eacplanner.checklist.Planner;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.storage.AssessmentReader;
import org.eacplanner.storage.Scenarios;
import org.junit.jupiter.api.Test;

/** A finding about some configurations names them ({@code namesWhere} text parameters). */
class NamesWhereParamTest {

    private static Finding usersSelect(Assessment a, Locale locale) {
        return Planner.forLocale(locale).evaluate(a, LocalDate.of(2026, 12, 7)).findings().stream()
                .filter(f -> f.ruleId().equals("EVENTS-USERS-SELECT")).findFirst().orElseThrow();
    }

    @Test
    void theFindingNamesTheConfigurationsItConcerns() throws Exception {
        Assessment a = new AssessmentReader().load(Scenarios.folder().resolve("exo-service-account.eacplan.json"))
                .assessment();
        a = Edits.configurationField(1, Field.EVENTS_SCOPE, EventsScope.USERS_SELECT).apply(a);
        a = Edits.configurations(list -> list.add(SyncConfiguration.EMPTY.with(Field.NAME, "Service Managers")
                .with(Field.EVENTS_SCOPE, EventsScope.USERS_SELECT))).apply(a);
        assertThat(usersSelect(a, Locale.ENGLISH).detail())
                .contains("set in \u201cManagers\u201d, \u201cService Managers\u201d, has no")
                .doesNotContain("Sales reps");
        assertThat(usersSelect(a, Locale.GERMAN).detail()).contains("eingestellt in \u201eManagers\u201c, \u201eService Managers\u201c");
    }

    @Test
    void theCatalogListingShowsThePlaceholder() {
        Rule rule = Catalog.shipped().rule("EVENTS-USERS-SELECT").orElseThrow();
        assertThat(new CatalogTexts(Locale.ENGLISH).listingText(rule, "detail", Catalog.shipped()))
                .contains("set in <configs>");
    }
}
