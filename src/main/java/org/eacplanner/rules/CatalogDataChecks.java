package org.eacplanner.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eacplanner.model.ExchangeBuild;

/**
 * The checks of catalog data that the loader's builders do not make: deadline shape, texts and their placeholders,
 * the fields conditions read, the order of the last items. Each problem is added to the loader's list.
 */
final class CatalogDataChecks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");

    /** The parts of an assessment a condition may read: the inventory sections of the current format. */
    static final Set<String> FORMAT_SECTIONS = Set.of("org", "exchange", "lightningSync", "eac");
    private static final Pattern DOTTED =
            Pattern.compile("(?<![A-Za-z0-9_.-])[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");
    private final List<CatalogProblem> problems;

    CatalogDataChecks(List<CatalogProblem> problems) {
        this.problems = problems;
    }

    /** Deadline precision and evidence, MONTH dates on the 1st, en texts (rules.md, "Catalog file and freshness"). */
    void checkRuleData(JsonNode r, String at) {
        JsonNode d = r.get("deadline");
        if (d != null && d.isObject()) {
            if (!d.has("date") && !d.has("byVersion") && !d.has("field")) {
                problems.add(new CatalogProblem(at + ".deadline", "a deadline needs date, byVersion or field"));
            }
            if (!d.has("precision")) {
                problems.add(new CatalogProblem(at + ".deadline.precision", "a deadline needs a precision (DAY or MONTH)"));
            }
            if (!d.has("evidence")) {
                problems.add(new CatalogProblem(at + ".deadline.evidence", "a deadline needs an evidence level"));
            }
            if ("MONTH".equals(d.path("precision").asText())) {
                List<String> dates = new ArrayList<>();
                if (d.has("date")) {
                    dates.add(".date|" + d.get("date").asText());
                }
                d.path("byVersion").fields().forEachRemaining(e -> dates.add(".byVersion." + e.getKey() + "|"
                        + e.getValue().asText()));
                for (String entry : dates) {
                    String[] parts = entry.split("\\|", 2);
                    if (!parts[1].endsWith("-01")) {
                        problems.add(new CatalogProblem(at + ".deadline" + parts[0], "a MONTH deadline is the first of "
                                + "its month, not " + parts[1]));
                    }
                }
            }
        }
        if (r.has("texts") && !r.path("texts").has("en")) {
            problems.add(new CatalogProblem(at + ".texts.en", "every rule needs en texts"));
        } else if (r.has("texts")) {
            for (String key : List.of("title", "detail", "advice")) {
                if (!r.path("texts").path("en").has(key)) {
                    problems.add(new CatalogProblem(at + ".texts.en." + key, "missing"));
                }
            }
        }
        if (r.has("sources") && r.path("sources").isEmpty() && !"CATALOG-REVIEW-DUE".equals(r.path("id").asText())) {
            problems.add(new CatalogProblem(at + ".sources", "sources may be empty only for CATALOG-REVIEW-DUE"));
        }
    }

    /**
     * Every deadline date of the catalog as a text may not write it: ISO, en long and short, de long, and for
     * {@code MONTH} deadlines month and year in en and de.
     */
    static List<String> deadlineLiterals(JsonNode rules) {
        Set<String> out = new LinkedHashSet<>();
        DateTimeFormatter enLong = DateTimeFormatter.ofPattern("MMMM d, yyyy",
                Locale.ENGLISH);
        DateTimeFormatter enShort = DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.ENGLISH);
        DateTimeFormatter deLong = DateTimeFormatter.ofPattern("d. MMMM yyyy",
                Locale.GERMAN);
        DateTimeFormatter enMonth = DateTimeFormatter.ofPattern("MMMM yyyy",
                Locale.ENGLISH);
        DateTimeFormatter deMonth = DateTimeFormatter.ofPattern("LLLL yyyy",
                Locale.GERMAN);
        for (JsonNode r : rules) {
            JsonNode d = r.get("deadline");
            if (d == null || d.isNull()) {
                continue;
            }
            List<String> dates = new ArrayList<>();
            if (d.path("date").isTextual()) {
                dates.add(d.path("date").asText());
            }
            d.path("byVersion").forEach(v -> dates.add(v.asText()));
            boolean month = "MONTH".equals(d.path("precision").asText());
            for (String text : dates) {
                LocalDate date;
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    continue;
                }
                out.add(text);
                out.add(enLong.format(date));
                out.add(enShort.format(date));
                out.add(deLong.format(date));
                if (month) {
                    out.add(enMonth.format(date));
                    out.add(deMonth.format(date));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every placeholder of a rule's or item's texts and variants resolves, and no text writes a deadline date of
     * the catalog literally (rules.md, "Texts").
     */
    void checkTexts(JsonNode n, String at, boolean hasDeadline, Map<String, LocalDate> singleDeadlines,
            List<String> literals) {
        Set<String> params = new HashSet<>();
        n.path("params").fieldNames().forEachRemaining(params::add);
        checkLangs(n.path("texts"), at + ".texts", hasDeadline, params, singleDeadlines, literals);
        int v = 0;
        for (JsonNode variant : n.path("variants")) {
            checkLangs(variant.path("texts"), at + ".variants[" + v++ + "].texts", hasDeadline, params,
                    singleDeadlines, literals);
        }
    }

    void checkLangs(JsonNode texts, String at, boolean hasDeadline, Set<String> params,
            Map<String, LocalDate> singleDeadlines, List<String> literals) {
        for (Iterator<Map.Entry<String, JsonNode>> langs = texts.fields(); langs.hasNext();) {
            Map.Entry<String, JsonNode> lang = langs.next();
            for (Iterator<Map.Entry<String, JsonNode>> keys = lang.getValue().fields(); keys.hasNext();) {
                Map.Entry<String, JsonNode> key = keys.next();
                String path = at + "." + lang.getKey() + "." + key.getKey();
                String text = key.getValue().asText();
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    String name = m.group(1);
                    if (name.startsWith("date:")) {
                        if (!singleDeadlines.containsKey(name.substring(5))) {
                            problems.add(new CatalogProblem(path, "{" + name + "} does not name a rule with a single"
                                    + " deadline date"));
                        }
                    } else if (name.equals("deadline") || name.equals("when") || name.equals("daysLeft")) {
                        if (!hasDeadline) {
                            problems.add(new CatalogProblem(path, "{" + name + "} needs a deadline, and this has none"));
                        }
                    } else if (!params.contains(name)) {
                        problems.add(new CatalogProblem(path, "placeholder {" + name + "} is not a param"
                                + " ({deadline}, {when}, {daysLeft}, {date:RULE-ID} or one of " + new TreeSet<>(params) + ")"));
                    }
                }
                for (String literal : literals) {
                    if (text.contains(literal)) {
                        problems.add(new CatalogProblem(path, "writes the deadline date '" + literal
                                + "' literally; use a placeholder"));
                    }
                }
            }
        }
    }

    /** Every field path of a condition (also of variants and cases) lies in the assessment format's inventory. */
    void checkFormatFields(JsonNode n, String at) {
        Map<String, String> conditions = new LinkedHashMap<>();
        if (n.path("condition").isTextual()) {
            conditions.put(at + ".condition", n.path("condition").asText());
        }
        int v = 0;
        for (JsonNode variant : n.path("variants")) {
            conditions.put(at + ".variants[" + v++ + "].condition", variant.path("condition").asText());
        }
        int c = 0;
        for (JsonNode kase : n.path("severity").path("cases")) {
            conditions.put(at + ".severity.cases[" + c++ + "].condition", kase.path("condition").asText());
        }
        conditions.forEach((path, text) -> {
            Matcher m = DOTTED.matcher(text);
            while (m.find()) {
                String section = m.group().substring(0, m.group().indexOf('.'));
                if (!FORMAT_SECTIONS.contains(section)) {
                    problems.add(new CatalogProblem(path, "'" + m.group() + "' is not a field of the assessment"
                            + " format's inventory (org, exchange, lightningSync, eac)"));
                }
            }
        });
    }

    /** Phase 4 ends with CL-GRAPH-UPGRADE ({@code o365}) then CL-GRAPH-PLAN ({@code not o365}). */
    void checkGraphItems(JsonNode checklist) {
        int n = checklist.size();
        if (n < 2) {
            return;
        }
        JsonNode a = checklist.get(n - 2);
        JsonNode b = checklist.get(n - 1);
        if (!"CL-GRAPH-UPGRADE".equals(a.path("id").asText()) || !"o365".equals(a.path("condition").asText())
                || !"CL-GRAPH-PLAN".equals(b.path("id").asText()) || !"not o365".equals(b.path("condition").asText())) {
            problems.add(new CatalogProblem("$.checklist", "phase 4 must end with CL-GRAPH-UPGRADE (o365) then "
                    + "CL-GRAPH-PLAN (not o365)"));
        }
    }

    /** A JSON path suffix for a loader message that names a part ({@code condition '…'} → {@code .condition}). */
    static String pathOf(String message) {
        if (message == null) {
            return "";
        }
        if (message.contains("condition '")) {
            return ".condition";
        }
        if (message.contains("source")) {
            return ".sources";
        }
        if (message.contains("causedBy")) {
            return ".causedBy";
        }
        if (message.contains("deadline")) {
            return ".deadline";
        }
        if (message.contains("severity")) {
            return ".severity";
        }
        return "";
    }

    /** The update levels by product, in build order, each build of its product. */
    Map<String, List<Catalog.UpdateLevel>> updateLevels(JsonNode n) {
        Map<String, List<Catalog.UpdateLevel>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "$.updateLevels." + e.getKey();
            if (!Set.of("EXCHANGE_2013", "EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE").contains(e.getKey())) {
                problems.add(new CatalogProblem(at, "not a product with update levels (EXCHANGE_2013, EXCHANGE_2016,"
                        + " EXCHANGE_2019, EXCHANGE_SE)"));
                continue;
            }
            List<Catalog.UpdateLevel> list = new ArrayList<>();
            int i = 0;
            for (JsonNode level : e.getValue()) {
                String where = at + "[" + i++ + "]";
                var build = ExchangeBuild.parse(level.path("build").asText());
                String label = level.path("label").asText("");
                if (build.isEmpty() || label.isBlank()) {
                    problems.add(new CatalogProblem(where, "an update level is {\"label\", \"build\": \"15.2.1118.7\"}"));
                } else if (!list.isEmpty() && list.get(list.size() - 1).build().compareTo(build.get()) >= 0) {
                    problems.add(new CatalogProblem(where + ".build", "update levels must be in build order"));
                } else if (build.get().product().map(p -> !p.name().equals(e.getKey())).orElse(true)) {
                    problems.add(new CatalogProblem(where + ".build", "build " + build.get() + " is not "
                            + e.getKey()));
                } else {
                    list.add(new Catalog.UpdateLevel(label, build.get()));
                }
            }
            out.put(e.getKey(), list);
        }
        return out;
    }
}
