package org.eacplanner.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's own wording of a rule or checklist item: texts per language ({@code en} required), named
 * variants (the first whose condition holds replaces the default) and the named text parameters.
 */
public record CatalogTextSet(
        Map<String, Map<String, String>> texts,
        List<Variant> variants,
        Map<String, String> params,
        Map<String, List<String>> unknownOf,
        Map<String, NamesWhere> namesWhere) {

    public static final CatalogTextSet NONE = new CatalogTextSet(Map.of(), List.of(), Map.of(), Map.of(), Map.of());

    /**
     * A text parameter naming the elements of a list for which a condition holds (the configurations a finding
     * concerns): {@code {"namesWhere": "lightningSync.configurations", "condition": "eventsScope = USERS_SELECT"}}.
     */
    public record NamesWhere(FieldPath list, Condition element) {
    }

    public CatalogTextSet {
        texts = Map.copyOf(texts);
        variants = List.copyOf(variants);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        unknownOf = Collections.unmodifiableMap(new LinkedHashMap<>(unknownOf));
        namesWhere = Collections.unmodifiableMap(new LinkedHashMap<>(namesWhere));
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The text {@code key} in {@code lang}, else in {@code en}; null when neither has it. */
    public String text(Map<String, Map<String, String>> source, String lang, String key) {
        Map<String, String> t = source.get(lang);
        if (t != null && t.get(key) != null) {
            return t.get(key);
        }
        t = source.get("en");
        return t == null ? null : t.get(key);
    }

    /** The texts in use for {@code subject}: the first variant whose condition holds, else the defaults. */
    public Map<String, Map<String, String>> select(Object subject) {
        for (Variant v : variants) {
            if (v.condition().test(subject)) {
                return v.texts();
            }
        }
        return texts;
    }

    /** A named text variant: its condition and its texts per language. */
    public record Variant(String name, Condition condition, Map<String, Map<String, String>> texts) {
        public Variant {
            texts = Map.copyOf(texts);
        }
    }
}
