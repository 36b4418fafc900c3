package org.eacplanner.rules;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.eacplanner.common.Messages;

/**
 * The wording of rules, checklist items, phases, areas, severities and enumeration values, from the bundle
 * {@code org/eacplanner/i18n/catalog*.properties}. Keys follow the IDs: {@code rule.<ID>.title|detail|advice},
 * {@code item.<ID>.title|detail}, {@code phase.<n>}, {@code area.<AREA>}, {@code severity.<SEVERITY>},
 * {@code enum.<Type>.<VALUE>}. A rule's text gets its {@code params} as {0}, {1}, … and then its deadline.
 */
public final class CatalogTexts {

    public static final String BUNDLE = "org.eacplanner.i18n.catalog";

    private final Messages messages;
    private final DateTimeFormatter dates;

    public CatalogTexts(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    public Locale locale() {
        return messages.locale();
    }

    public Messages messages() {
        return messages;
    }

    public String ruleTitle(String ruleId, Object... args) {
        return messages.get("rule." + ruleId + ".title", args);
    }

    public String ruleDetail(String ruleId, Object... args) {
        return messages.get("rule." + ruleId + ".detail", args);
    }

    public String ruleAdvice(String ruleId, Object... args) {
        return messages.get("rule." + ruleId + ".advice", args);
    }

    public String itemTitle(String itemId) {
        return messages.get("item." + itemId + ".title");
    }

    public String itemDetail(String itemId) {
        return messages.get("item." + itemId + ".detail");
    }

    /** The sentence an item's detail gains when a finding that causes it was accepted as a known risk. */
    public String itemAcceptedNote(List<String> ruleIds) {
        return messages.get("item.acceptedNote", String.join(", ", ruleIds));
    }

    public String phase(int phase) {
        return messages.get("phase." + phase);
    }

    public String area(Area area) {
        return messages.get("area." + area.name());
    }

    public String severity(org.eacplanner.model.Severity severity) {
        return messages.get("severity." + severity.name());
    }

    /** A value as the text shows it: enumeration constants by their display name, dates and numbers by locale. */
    public String display(Object value) {
        if (value == null) {
            return messages.get("value.unknown");
        }
        if (value instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return messages.has(key) ? messages.get(key) : e.name();
        }
        if (value instanceof LocalDate d) {
            return dates.format(d);
        }
        if (value instanceof Number n) {
            return NumberFormat.getIntegerInstance(messages.locale()).format(n);
        }
        return value.toString();
    }
}
