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
import org.eacplanner.model.Severity;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = Catalog.shipped();

    @Test
    void theShippedCatalogLoadsWithItsVersionAndEveryRuleHasASource() {
        assertThat(catalog.version()).isEqualTo("2026.12");
        assertThat(catalog.reviewedOn()).hasToString("2026-12-03");
        assertThat(catalog.rules()).hasSize(55);
        assertThat(catalog.checklist()).hasSize(29);
        Set<String> ids = new HashSet<>();
        for (Rule r : catalog.rules()) {
            assertThat(ids.add(r.id())).as("unique " + r.id()).isTrue();
            if (!r.id().equals("CATALOG-REVIEW-DUE")) {
                assertThat(r.sources()).as(r.id()).isNotEmpty().allMatch(s -> s.startsWith("https://"));
            }
            if (r.id().startsWith("GAP-")) {
                assertThat(r.area()).isEqualTo(Area.INVENTORY);
                assertThat(r.severity()).isEqualTo(new SeveritySpec.Fixed(Severity.GAP));
            }
        }
        assertThat(catalog.rule("CATALOG-REVIEW-DUE").orElseThrow().sources()).isEmpty();
        assertThat(catalog.checklist().get(catalog.checklist().size() - 1).id()).isEqualTo("CL-GRAPH-PLAN");
        assertThat(catalog.updateLevels().get("EXCHANGE_SE")).extracting(Catalog.UpdateLevel::label)
                .containsExactly("RTM", "RTM with May 2026 Hotfix Update");
    }

    @Test
    void everyRuleItemAndVariantHasItsTextsInEnglishAndGerman() {
        for (String lang : new String[] {"en", "de"}) {
            for (Rule r : catalog.rules()) {
                assertTexts(r.id(), r.texts(), lang, "title", "detail", "advice");
            }
            for (ChecklistItemDef i : catalog.checklist()) {
                assertTexts(i.id(), i.texts(), lang, "title", "detail");
            }
        }
        for (Area a : Area.values()) {
            assertThat(new CatalogTexts(Locale.GERMAN).messages().has("area." + a.name())).isTrue();
        }
    }

    private static void assertTexts(String id, CatalogTextSet set, String lang, String... keys) {
        for (String key : keys) {
            assertThat(set.texts().getOrDefault(lang, java.util.Map.of()).get(key)).as(id + " " + lang + " " + key)
                    .isNotBlank();
            for (CatalogTextSet.Variant v : set.variants()) {
                assertThat(v.texts().getOrDefault(lang, java.util.Map.of()).get(key))
                        .as(id + " variant " + v.name() + " " + lang + " " + key).isNotBlank();
            }
        }
    }

    private static Catalog load(String json) throws IOException {
        try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
            return Catalog.load(in);
        }
    }

    private static final String HEAD = "{\"catalogFormat\": 1, \"version\": \"2026.12\", \"reviewedOn\": \"2026-12-03\", "
            + "\"sources\": {\"S\": {\"links\": [\"https://example.org/s\"], \"description\": \"S\"}}, "
            + "\"updateLevels\": {}, \"rules\": [";
    private static final String TEXTS = "\"texts\": {\"en\": {\"title\": \"t\", \"detail\": \"d\", \"advice\": \"a\"}}";
    private static final String ITEMS = "], \"checklist\": [{\"id\": \"CL-A\", \"phase\": 1, \"side\": \"BOTH\", "
            + "\"condition\": \"always\", \"causedBy\": [], \"texts\": {\"en\": {\"title\": \"t\", \"detail\": \"d\"}}}]}";

    private static String rule(String id, String condition, String severity, String sources, String extra) {
        return "{\"id\": \"" + id + "\", \"area\": \"EAC\", \"side\": \"BOTH\", \"condition\": \"" + condition
                + "\", \"severity\": " + severity + ", " + TEXTS + ", \"sources\": " + sources + extra + "}";
    }

    private static final String INFO = "{\"kind\": \"FIXED\", \"severity\": \"INFO\"}";

    @Test
    void aSmallCatalogOfTheShippedShapeLoads() throws IOException {
        Catalog c = load(HEAD + rule("A", "ls", INFO, "[\"S\"]", "") + ITEMS);
        assertThat(c.rules()).extracting(Rule::id).containsExactly("A");
        assertThat(c.sources().get("S")).containsExactly("https://example.org/s");
    }

    @Test
    void malformedCatalogsAreRefused() {
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", INFO, "[\"S\"]", "") + ", "
                + rule("A", "ls", INFO, "[\"S\"]", "") + ITEMS)).hasMessageContaining("rule A is listed twice");
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", INFO, "[]", "") + ITEMS))
                .hasMessageContaining("sources may be empty only for CATALOG-REVIEW-DUE");
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", INFO, "[\"T\"]", "") + ITEMS))
                .hasMessageContaining("unknown source 'T'");
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", INFO, "[\"S\"]", ", \"severty\": 1") + ITEMS))
                .hasMessageContaining("unknown field 'severty'");
        assertThatThrownBy(() -> load(HEAD + rule("A", "org.nmae unknown", INFO, "[\"S\"]", "") + ITEMS))
                .hasMessageContaining("has no field 'nmae'");
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", "{\"kind\": \"DATED\"}", "[\"S\"]", "") + ITEMS))
                .hasMessageContaining("needs a deadline");
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", "\"INFO\"", "[\"S\"]", "") + ITEMS))
                .hasMessageContaining("rule A: severity must be an object with a kind");
        assertThatThrownBy(() -> load(HEAD.replace("https://example.org/s", "http://example.org/s")
                + rule("A", "ls", INFO, "[\"S\"]", "") + ITEMS)).hasMessageContaining("is not an https link");
        assertThatThrownBy(() -> load(HEAD + rule("A", "ls", INFO, "[\"S\"]", "")
                + ITEMS.replace("\"causedBy\": []", "\"causedBy\": [\"B\"]")))
                .hasMessageContaining("causedBy names unknown rule 'B'");
        assertThatThrownBy(() -> load(HEAD.replace("\"updateLevels\": {}", "\"updateLevels\": {\"EXCHANGE_2019\": "
                + "[{\"label\": \"CU1\", \"build\": \"15.1.330.5\"}]}") + rule("A", "ls", INFO, "[\"S\"]", "") + ITEMS))
                .hasMessageContaining("build 15.1.330.5 is not EXCHANGE_2019");
    }
}
