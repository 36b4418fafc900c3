package org.eacplanner.rules;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.eacplanner.common.Messages;
import org.eacplanner.model.ExchangeBuild;
import org.eacplanner.model.ServerVersion;
import org.eacplanner.model.Severity;

/**
 * How catalog texts are filled and how deadlines, phases, areas, severities and enumeration values are worded.
 * Rules and checklist items carry their own texts in the catalog; the rest comes from the bundle
 * {@code org/eacplanner/i18n/catalog*.properties} ({@code phase.<n>}, {@code area.<AREA>},
 * {@code severity.<SEVERITY>}, {@code enum.<Type>.<VALUE>}, {@code deadline.*}).
 */
public final class CatalogTexts {

    public static final String BUNDLE = "org.eacplanner.i18n.catalog";

    /** The rule whose deadline is a certificate's last valid day (its phrases differ). */
    public static final String CERT_EXPIRING = "CERT-EXPIRING";
    private static final String SEP = " \u00b7 ";
    private final Messages messages;
    private final DateTimeFormatter dates;

    public CatalogTexts(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** A month as month and year in the output language ({@code April 2027}). */
    public String month(LocalDate date) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(date);
    }

    /** A day in the output language's long date form ({@code October 1, 2026}, {@code 1. Oktober 2026}). */
    public String longDate(LocalDate date) {
        return dates.format(date);
    }

    /** The deadline alone: the long date for {@code DAY}, month and year for {@code MONTH}. */
    public String when(LocalDate deadline, DeadlinePrecision precision) {
        return precision == DeadlinePrecision.MONTH ? month(deadline) : longDate(deadline);
    }

    public String evidence(Evidence evidence) {
        return messages.get("evidence." + evidence.name());
    }

    public String side(Side side) {
        return messages.get("side." + side.name());
    }

    /** The sentence of a hybrid track without items of its own. */
    public String emptyTrack() {
        return messages.get("track.empty");
    }

    /** The one deadline phrase {@code <when> · <status> · <evidence>} (rules.md, "Deadlines: precision and evidence"). */
    public String deadlinePhrase(String ruleId, LocalDate deadline, long daysLeft, DeadlinePrecision precision,
            DeadlineStatus status, Evidence evidence) {
        String ev = evidence(evidence);
        if (CERT_EXPIRING.equals(ruleId)) {
            if (daysLeft > 0) {
                return messages.get("deadline.expires", longDate(deadline)) + SEP + daysLeft(daysLeft) + SEP + ev;
            }
            if (daysLeft == 0) {
                return messages.get("deadline.expiresToday") + SEP + ev;
            }
            return messages.get("deadline.expiredOn", longDate(deadline)) + SEP + ev;
        }
        String state = deadlineState(deadline, daysLeft, precision, status);
        return (status == DeadlineStatus.PASSED ? state : when(deadline, precision) + SEP + state) + SEP + ev;
    }

    /**
     * The {@code <status>} part of the deadline phrase: "119 days left, counted to 1 April 2027", "due this month,
     * day not stated", "since October 1, 2026" (which names the deadline itself).
     */
    public String deadlineState(LocalDate deadline, long daysLeft, DeadlinePrecision precision, DeadlineStatus status) {
        return switch (status) {
            case AHEAD -> daysLeft(daysLeft) + (precision == DeadlinePrecision.MONTH ? messages.get("deadline.countedTo",
                    DateTimeFormatter.ofPattern(messages.get("deadline.countedToPattern"), locale()).format(deadline)) : "");
            case DUE -> messages.get("deadline.dueThisMonth");
            case PASSED -> messages.get("deadline.since", when(deadline, precision));
        };
    }

    /** The catalog page's phrase {@code <when> · <evidence>}, without status. */
    public String catalogDeadlinePhrase(Rule rule) {
        if (!rule.hasDeadline()) {
            return null;
        }
        return catalogWhen(rule) + SEP + evidence(rule.deadlineEvidence());
    }

    /** A rule's {@code <when>} outside any assessment: its date, its dates by version, or the field it reads. */
    public String catalogWhen(Rule rule) {
        if (rule.deadline() instanceof DeadlineSpec.DateField) { // the certificate's expiry, the one date field
            return messages.get("deadline.certificateExpiry");
        }
        List<String> parts = new ArrayList<>();
        rule.deadlineDates().forEach((k, d) -> {
            String w = when(d, rule.deadlinePrecision());
            parts.add(k.isEmpty() ? w : display(enumOf(k)) + ": " + w);
        });
        return String.join(", ", parts);
    }

    /**
     * A rule's text for listings outside any assessment (the catalog command and page): parameters as
     * {@code <name>}, the deadline placeholders as the catalog's {@code <when>}.
     */
    public String listingText(Rule rule, String key, Catalog catalog) {
        Map<String, String> values = new HashMap<>();
        rule.texts().params().keySet().forEach(p -> values.put(p, "<" + p + ">"));
        rule.texts().unknownOf().keySet().forEach(p -> values.put(p, "<" + p + ">"));
        rule.texts().namesWhere().keySet().forEach(p -> values.put(p, "<" + p + ">"));
        if (rule.hasDeadline()) {
            values.put("when", rule.deadline() instanceof DeadlineSpec.Fixed ? catalogWhen(rule) : "<when>");
            values.put("deadline", catalogDeadlinePhrase(rule));
            values.put("daysLeft", "<daysLeft>");
        }
        return render(rule.texts().text(rule.texts().texts(), locale().getLanguage(), key), values, catalog);
    }

    /** A checklist item's default text in this language (fallback en), its {@code {date:…}} filled. */
    public String itemText(ChecklistItemDef item, String key, Catalog catalog) {
        return render(item.texts().text(item.texts().texts(), locale().getLanguage(), key), Map.of(), catalog);
    }

    private static Object enumOf(String name) {
        try {
            return ServerVersion.valueOf(name);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** The stamp {@code Catalog 2026.12 · reviewed 2026-12-03 · shipped} (or {@code · loaded from file}). */
    public String stamp(CatalogStamp stamp) {
        return messages.get("stamp", stamp.version(), String.valueOf(stamp.reviewedOn()))
                + SEP + messages.get("stamp." + stamp.source().name());
    }

    /** A build as product, update level and build ({@code Exchange Server 2019 CU12 (build 15.2.1118.7)}). */
    public String buildDisplay(ExchangeBuild build, Catalog catalog) {
        var product = build.product().orElse(null);
        if (product == null) {
            return messages.get("build.unknownProduct", build.toString());
        }
        String label = null;
        var levels = catalog.updateLevels().get(product.name());
        if (levels != null && product != ServerVersion.EXCHANGE_2010) {
            label = messages.get("build.beforeRtm");
            for (Catalog.UpdateLevel level : levels) {
                if (level.build().compareTo(build) <= 0) {
                    label = level.label();
                }
            }
        }
        return messages.get(label == null ? "build.withoutLevel" : "build.withLevel", display(product),
                label == null ? "" : label, build.toString());
    }

    /**
     * A catalog text with its placeholders filled: {@code {name}} from {@code values}, {@code {date:RULE-ID}} the
     * {@code <when>} of that rule's single deadline date. An unknown placeholder is left as written.
     */
    public String render(String template, Map<String, String> values, Catalog catalog) {
        if (template == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String value = values.get(name);
            if (value == null && name.startsWith("date:")) {
                Rule other = catalog.rule(name.substring(5)).orElse(null);
                LocalDate d = other == null ? null : other.deadlineDates().get("");
                value = d == null ? null : when(d, other.deadlinePrecision());
            }
            out.append(value != null ? value : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    /** The unknown ones of {@code fields}, each with its label, live check and cmdlet (GAP-SERVER-SETTINGS). */
    public String unknownSettings(List<String> fields, Predicate<String> unknown) {
        List<String> parts = new ArrayList<>();
        for (String f : fields) {
            if (unknown.test(f)) {
                String key = "setting." + f;
                if (!messages.has(key + ".label")) {
                    parts.add(f);
                } else if (!messages.has(key + ".cmdlet") || messages.get(key + ".cmdlet").isBlank()) {
                    parts.add(messages.get("setting.lineNoCmdlet", messages.get(key + ".label"),
                            messages.get(key + ".check")));
                } else {
                    parts.add(messages.get("setting.line", messages.get(key + ".label"), messages.get(key + ".check"),
                            messages.get(key + ".cmdlet")));
                }
            }
        }
        return String.join("; ", parts);
    }

    private String daysLeft(long n) {
        return n == 1 ? messages.get("deadline.oneDayLeft") : messages.get("deadline.daysLeft", display(n));
    }

    public Locale locale() {
        return messages.locale();
    }

    public Messages messages() {
        return messages;
    }

    /** The title of a rule of {@code catalog} for listings; the rule ID when the catalog lacks it. */
    public String ruleTitle(String ruleId, Catalog catalog) {
        return catalog.rule(ruleId).map(r -> listingText(r, "title", catalog)).orElse(ruleId);
    }

    /** The title of a checklist item of {@code catalog}; the item ID when the catalog lacks it. */
    public String itemTitle(String itemId, Catalog catalog) {
        return catalog.checklistItem(itemId).map(i -> itemText(i, "title", catalog)).orElse(itemId);
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

    public String severity(Severity severity) {
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
