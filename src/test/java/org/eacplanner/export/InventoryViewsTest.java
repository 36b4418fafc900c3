package org.eacplanner.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eacplanner.edit.Edits;
import org.eacplanner.export.ReportModel.ConfigurationRow;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.EventsScope;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.model.SyncConfiguration.Field;
import org.eacplanner.model.SyncDirection;
import org.eacplanner.rules.Catalog;
import org.eacplanner.rules.CatalogTexts;
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
}
