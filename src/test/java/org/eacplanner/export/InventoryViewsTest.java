package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eacplanner.edit.Edits;
import org.eacplanner.export.ReportModel.ConfigurationRow;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.rules.FieldPath;
import org.junit.jupiter.api.Test;

class InventoryViewsTest {

    private static ConfigurationRow row(SyncConfiguration c, Locale locale) {
        Assessment a = Edits.configurations(list -> list.add(c))
                .apply(Assessment.empty("a", Instant.parse("2026-12-01T00:00:00Z")));
        return InventoryViews.build(a, null, Catalog.shipped(), new ReportText(new CatalogTexts(locale), locale), "Inventory")
                .configurations().get(0);
    }

    @Test
    void whatAConfigurationDoesNotSyncIsOffWithoutItsSettings() {
        SyncConfiguration c = SyncConfiguration.EMPTY.with(Field.NAME, "Service Managers")
                .with(Field.SYNC_CONTACTS, false).with(Field.SYNC_EVENTS, false);
        ConfigurationRow row = row(c, Locale.ENGLISH);
        assertThat(List.of(row.contacts(), row.events(), row.filter())).noneMatch(s -> s.contains("unknown"));
        assertThat(row.events()).isEqualTo("off");
        assertThat(row.filter()).isEqualTo("does not apply");
        assertThat(row(c, Locale.GERMAN).filter()).isEqualTo("entfällt");
    }

    @Test
    void whatItSyncsShowsEverySettingUnknownIncluded() {
        SyncConfiguration c = SyncConfiguration.EMPTY.with(Field.SYNC_CONTACTS, true)
                .with(Field.CONTACTS_DIRECTION, SyncDirection.BOTH).with(Field.SYNC_EVENTS, true)
                .with(Field.EVENTS_SCOPE, EventsScope.ALL);
        ConfigurationRow row = row(c, Locale.ENGLISH);
        assertThat(row.events()).contains("unknown"); // deleted and private events not answered
        assertThat(row.filter()).isEqualTo("unknown");
    }

    private static String fact(Assessment a, String label) {
        return InventoryViews.build(a, null, Catalog.shipped(), new ReportText(new CatalogTexts(Locale.ENGLISH),
                Locale.ENGLISH), "Inventory").groups().stream().flatMap(g -> g.facts().stream())
                .filter(f -> f.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void aQuestionTheDeploymentDoesNotAskReadsDoesNotApplyNotUnknown() {
        Assessment empty = Assessment.empty("a", Instant.parse("2026-12-01T00:00:00Z"));
        Assessment online = Edits.answer(FieldPath.of("exchange.deployment"), Deployment.EXCHANGE_ONLINE, null)
                .apply(empty);
        Assessment onPremises = Edits.answer(FieldPath.of("exchange.deployment"), Deployment.ON_PREMISES, null)
                .apply(empty);
        assertThat(fact(online, "Highest TLS version")).isEqualTo("does not apply");
        assertThat(fact(online, "EWS in Exchange Online (EwsEnabled)")).isEqualTo("unknown");
        assertThat(fact(onPremises, "Highest TLS version")).isEqualTo("unknown");
        assertThat(fact(onPremises, "EWS in Exchange Online (EwsEnabled)")).isEqualTo("does not apply");
        assertThat(fact(onPremises, "Hybrid configuration present")).isEqualTo("does not apply");
        assertThat(fact(empty, "Hybrid configuration present")).isEqualTo("unknown");
        // an answer kept for a question that does not apply is still shown as it is
        Assessment kept = Edits.answer(FieldPath.of("exchange.ewsOverSsl"), true, null).apply(online);
        assertThat(fact(kept, "EWS over SSL/TLS")).isEqualTo("yes");
    }
}
