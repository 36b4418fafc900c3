package org.eacplanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.shipped();

    @Test
    void theShippedCatalogLoadsWithItsVersionAndEveryRuleHasASource() {
        assertThat(catalog.version()).isEqualTo("2026.11");
        assertThat(catalog.rules()).hasSize(37);
        assertThat(catalog.checklist()).hasSize(17);
        Set<String> ids = new HashSet<>();
        for (Rule r : catalog.rules()) {
            assertThat(ids.add(r.id())).as("unique " + r.id()).isTrue();
            assertThat(r.sources()).as(r.id()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
            if (r.id().startsWith("GAP-")) {
                assertThat(r.area()).isEqualTo(Area.INVENTORY);
                assertThat(r.severity()).isEqualTo(new SeveritySpec.Fixed(Severity.GAP));
            }
        }
        assertThat(catalog.checklist().get(catalog.checklist().size() - 1).id()).isEqualTo("CL-GRAPH-PLAN");
    }

    @Test
    void everyRuleAndItemHasItsTextsInEveryLanguage() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Messages m = new CatalogTexts(locale).messages();
            for (Rule r : catalog.rules()) {
                for (String part : new String[] {"title", "detail", "advice"}) {
                    assertThat(m.has("rule." + r.id() + "." + part)).as(locale + " rule." + r.id() + "." + part).isTrue();
                }
            }
            for (ChecklistItemDef i : catalog.checklist()) {
                assertThat(m.has("item." + i.id() + ".title")).as(locale + " " + i.id()).isTrue();
                assertThat(m.has("item." + i.id() + ".detail")).as(locale + " " + i.id()).isTrue();
            }
            for (Area a : Area.values()) {
                assertThat(m.has("area." + a.name())).isTrue();
            }
        }
    }

    private static Catalog load(String json) throws IOException {
        try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
            return Catalog.load(in);
        }
    }

    private static final String TERMS = "\"terms\": {\"ls\": \"lightningSync.inUse = true\"}, "
            + "\"sources\": {\"S\": \"https://example.org/s\"}, ";
    private static final String ITEMS = ", \"checklist\": [{\"id\": \"CL-A\", \"phase\": 1, \"when\": \"always\"}]";

    @Test
    void malformedCatalogsAreRefused() {
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"INFO\", \"sources\": [\"S\"]},"
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"INFO\", \"sources\": [\"S\"]}]"
                + ITEMS + "}")).hasMessageContaining("rule A is listed twice");
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"INFO\", \"sources\": []}]"
                + ITEMS + "}")).hasMessageContaining("rule A has no source");
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"INFO\", \"sources\": [\"T\"]}]"
                + ITEMS + "}")).hasMessageContaining("unknown source 'T'");
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"INFO\", \"sources\": [\"S\"], "
                + "\"severty\": 1}]" + ITEMS + "}")).hasMessageContaining("unknown field 'severty'");
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"org.nmae unknown\", \"severity\": \"GAP\", "
                + "\"sources\": [\"S\"]}]" + ITEMS + "}")).hasMessageContaining("has no field 'nmae'");
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"DATED\", \"sources\": [\"S\"]}]"
                + ITEMS + "}")).hasMessageContaining("needs a deadline");
        assertThatThrownBy(() -> load("{\"version\": \"x\", " + TERMS + "\"rules\": ["
                + "{\"id\": \"A\", \"area\": \"EAC\", \"when\": \"ls\", \"severity\": \"INFO\", \"sources\": [\"S\"]}],"
                + "\"checklist\": [{\"id\": \"CL-A\", \"phase\": 1, \"causedBy\": [\"B\"]}]}"))
                .hasMessageContaining("causedBy names unknown rule 'B'");
    }
}
