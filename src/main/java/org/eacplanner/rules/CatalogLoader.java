package org.eacplanner.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eacplanner.model.Severity;

/** Reads catalog.json strictly: unknown keys, values, paths, duplicate IDs or missing sources all fail. */
final class CatalogLoader {

    private static final Set<String> TOP_KEYS = Set.of("catalogFormat", "version", "reviewedOn", "terms", "sources",
            "updateLevels", "rules", "checklist");
    private static final Set<String> RULE_KEYS = Set.of("id", "area", "side", "condition", "severity", "deadline",
            "params", "texts", "variants", "sources");
    private static final Set<String> ITEM_KEYS = Set.of("id", "phase", "side", "condition", "causedBy",
            "texts", "variants");
    static final int PHASES = 4;

    /** The app's shorthands (rules.md, "Terms used in conditions"); a catalog file cannot change them. */
    static final Map<String, String> APP_TERMS = appTerms();

    private static Map<String, String> appTerms() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("o365", "exchange.deployment in [EXCHANGE_ONLINE, HYBRID]");
        t.put("onprem", "exchange.deployment in [ON_PREMISES, HYBRID]");
        t.put("gov", "org.cloud in [GOVERNMENT_CLOUD, GOVERNMENT_CLOUD_PLUS]");
        t.put("ls", "lightningSync.inUse = true");
        t.put("svc", "ls and lightningSync.connectionMethod = SERVICE_ACCOUNT");
        t.put("eacEws", "o365 and not gov and eac.enabled = true and eac.microsoftAuthMethod = EWS");
        t.put("standardOnly", "eac.licenses known and eac.licenses contains STANDARD"
                + " and not eac.licenses contains SALES_CLOUD_EINSTEIN and not eac.licenses contains INBOX"
                + " and not eac.licenses contains SALES_ENGAGEMENT");
        return java.util.Collections.unmodifiableMap(t);
    }

    private Map<String, Set<String>> termFields = Map.of();

    /**
     * The field paths a condition reads positively: dotted words and the fields of the shorthands it names,
     * leaving out a part right after {@code not} (in {@code ls and not gov}, the cloud is not what the finding
     * is about).
     */
    static Set<String> fieldsOf(String condition, Map<String, Set<String>> terms) {
        Set<String> fields = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z0-9_.]+").matcher(condition);
        String anyList = null;
        boolean negated = false;
        while (m.find()) {
            String word = m.group();
            if (word.equals("not")) {
                negated = true;
                continue;
            }
            if (word.contains(".")) {
                if (!negated) {
                    fields.add(word);
                }
                anyList = word;
            } else if (terms.containsKey(word)) {
                if (!negated) {
                    fields.addAll(terms.get(word));
                }
            } else if (anyList != null && Character.isLowerCase(word.charAt(0)) && !KEYWORDS.contains(word)) {
                fields.add(anyList + "." + word);
            }
            if (word.contains(".") || terms.containsKey(word)) {
                negated = false;
            }
        }
        return fields;
    }

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "contains", "known", "unknown",
            "any", "always", "true", "false");

    /** Loads a catalog; every problem is reported as a {@link CatalogProblem}. */
    Catalog loadChecked(InputStream in) throws IOException, CatalogRefusedException {
        try {
            return load(in);
        } catch (Problems e) {
            throw new CatalogRefusedException(e.list);
        } catch (CatalogException | IllegalArgumentException e) {
            throw new CatalogRefusedException(List.of(new CatalogProblem("$", e.getMessage())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CatalogRefusedException(List.of(new CatalogProblem("$", "not JSON: " + e.getOriginalMessage())));
        }
    }

    /** Every problem found so far; loading never stops at the first. */
    private final List<CatalogProblem> problems = new ArrayList<>();

    /** Carries the problems of one load out of {@link #load}. */
    static final class Problems extends CatalogException {
        private static final long serialVersionUID = 1L;
        final transient List<CatalogProblem> list;

        Problems(List<CatalogProblem> list) {
            super(String.join("\n", list.stream().map(CatalogProblem::toString).toList()));
            this.list = List.copyOf(list);
        }
    }

    /** The highest catalog format this app reads. */
    static final int FORMAT = 1;

    /** A JSON path suffix for a loader message that names a part ({@code condition '…'} → {@code .condition}). */
    private static String pathOf(String message) {
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

    /** Deadline precision and evidence, MONTH dates on the 1st, en texts (rules.md, "Catalog file and freshness"). */
    private void checkRuleData(JsonNode r, String at) {
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

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)\\}");

    /**
     * Every deadline date of the catalog as a text may not write it: ISO, en long and short, de long, and for
     * {@code MONTH} deadlines month and year in en and de.
     */
    static List<String> deadlineLiterals(JsonNode rules) {
        Set<String> out = new java.util.LinkedHashSet<>();
        java.time.format.DateTimeFormatter enLong = java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy",
                java.util.Locale.ENGLISH);
        java.time.format.DateTimeFormatter enShort = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.ENGLISH);
        java.time.format.DateTimeFormatter deLong = java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy",
                java.util.Locale.GERMAN);
        java.time.format.DateTimeFormatter enMonth = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                java.util.Locale.ENGLISH);
        java.time.format.DateTimeFormatter deMonth = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy",
                java.util.Locale.GERMAN);
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
    private void checkTexts(JsonNode n, String at, boolean hasDeadline, Map<String, LocalDate> singleDeadlines,
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

    private void checkLangs(JsonNode texts, String at, boolean hasDeadline, Set<String> params,
            Map<String, LocalDate> singleDeadlines, List<String> literals) {
        for (Iterator<Map.Entry<String, JsonNode>> langs = texts.fields(); langs.hasNext();) {
            Map.Entry<String, JsonNode> lang = langs.next();
            for (Iterator<Map.Entry<String, JsonNode>> keys = lang.getValue().fields(); keys.hasNext();) {
                Map.Entry<String, JsonNode> key = keys.next();
                String path = at + "." + lang.getKey() + "." + key.getKey();
                String text = key.getValue().asText();
                java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
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
                                + " ({deadline}, {when}, {daysLeft}, {date:RULE-ID} or one of " + new java.util.TreeSet<>(params) + ")"));
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

    /** The parts of an assessment a condition may read: the inventory sections of the current format. */
    static final Set<String> FORMAT_SECTIONS = Set.of("org", "exchange", "lightningSync", "eac");
    private static final java.util.regex.Pattern DOTTED =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9_.-])[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");

    /** Every field path of a condition (also of variants and cases) lies in the assessment format's inventory. */
    private void checkFormatFields(JsonNode n, String at) {
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
            java.util.regex.Matcher m = DOTTED.matcher(text);
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
    private void checkGraphItems(JsonNode checklist) {
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

    Catalog load(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        problems.clear();
        if (root.has("catalogFormat") && (!root.get("catalogFormat").canConvertToInt()
                || root.get("catalogFormat").asInt() > FORMAT || root.get("catalogFormat").asInt() < 1)) {
            throw new Problems(List.of(new CatalogProblem("$.catalogFormat", "catalog format "
                    + root.get("catalogFormat").asText() + "; this app reads up to " + FORMAT)));
        }
        String versionText = root.path("version").asText("");
        if (!versionText.matches("\\d{4}\\.(0[1-9]|1[0-2])(\\.[1-9]\\d*)?")) {
            problems.add(new CatalogProblem("$.version", "'" + versionText + "' is not a catalog version (YYYY.MM or YYYY.MM.N)"));
        }
        if (!root.path("reviewedOn").asText("").matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(new CatalogProblem("$.reviewedOn", "missing or not a date (YYYY-MM-DD)"));
        }
        if (!root.has("catalogFormat")) {
            problems.add(new CatalogProblem("$.catalogFormat", "missing (this app reads catalog format " + FORMAT + ")"));
        }
        checkKeys(root, TOP_KEYS, "catalog");
        String version = text(root, "version", "catalog");

        Map<String, Condition> terms = new LinkedHashMap<>();
        Map<String, Set<String>> termFields = new HashMap<>();
        Map<String, LocalDate> singleDeadlines = new HashMap<>();
        for (JsonNode r : root.path("rules")) {
            JsonNode d = r.get("deadline");
            String date = d == null ? null : d.path("date").isTextual() ? d.path("date").asText() : null;
            if (date != null) {
                try {
                    singleDeadlines.put(r.path("id").asText(), LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    // reported where the rule's deadline is read
                }
            }
        }
        ConditionCompiler compiler = new ConditionCompiler(terms, singleDeadlines);
        if (root.has("terms")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("terms").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> term = it.next();
                String appTerm = APP_TERMS.get(term.getKey());
                if (appTerm != null && !appTerm.equals(term.getValue().asText())) {
                    throw new CatalogException("$.terms." + term.getKey() + ": differs from the app's shorthand '"
                            + appTerm + "'");
                }
            }
        }
        for (Map.Entry<String, String> term : APP_TERMS.entrySet()) {
            terms.put(term.getKey(), compiler.compile(term.getValue(), ConditionCompiler.SUBJECT));
            termFields.put(term.getKey(), fieldsOf(term.getValue(), termFields));
        }
        this.termFields = termFields;

        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("sources").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> s = it.next();
            String at = "$.sources." + s.getKey();
            List<String> urls = new ArrayList<>();
            JsonNode links = s.getValue().path("links");
            if (!s.getValue().isObject() || !links.isArray() || links.isEmpty()
                    || !s.getValue().path("description").isTextual()) {
                problems.add(new CatalogProblem(at, "a source is {\"links\": [https links], \"description\": text}"));
                continue;
            }
            int l = 0;
            for (JsonNode u : links) {
                if (!u.isTextual() || !u.asText().startsWith("https://")) {
                    problems.add(new CatalogProblem(at + ".links[" + l + "]", "'" + u.asText() + "' is not an https link"));
                }
                urls.add(u.asText());
                l++;
            }
            sources.put(s.getKey(), urls);
        }

        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode r : root.path("rules")) {
            String at = "$.rules[" + index++ + "]";
            if (!ids.add(r.path("id").asText())) {
                problems.add(new CatalogProblem(at + ".id", "rule " + r.path("id").asText() + " is listed twice"));
            }
            checkRuleData(r, at);
            try {
                rules.add(rule(r, compiler, sources));
            } catch (CatalogException | IllegalArgumentException e) {
                problems.add(new CatalogProblem(at + pathOf(e.getMessage()), e.getMessage()));
            }
        }

        List<String> literals = deadlineLiterals(root.path("rules"));
        index = 0;
        for (JsonNode r : root.path("rules")) {
            checkFormatFields(r, "$.rules[" + index + "]");
            checkTexts(r, "$.rules[" + index++ + "]", r.has("deadline") && !r.get("deadline").isNull(),
                    singleDeadlines, literals);
        }
        index = 0;
        for (JsonNode i : root.path("checklist")) {
            String at = "$.checklist[" + index++ + "]";
            checkTexts(i, at, false, singleDeadlines, literals);
            checkFormatFields(i, at);
            if ("CL-FILL-GAPS".equals(i.path("id").asText())) {
                Set<String> named = new HashSet<>();
                i.path("causedBy").forEach(c -> named.add(c.asText()));
                for (String rule : ids) {
                    if (rule.startsWith("GAP-") && !named.contains(rule)) {
                        problems.add(new CatalogProblem(at + ".causedBy", "CL-FILL-GAPS does not name " + rule
                                + " (it names every GAP-… rule)"));
                    }
                }
            }
            int c = 0;
            for (JsonNode cause : i.path("causedBy")) {
                if (!ids.contains(cause.asText())) {
                    problems.add(new CatalogProblem(at + ".causedBy[" + c + "]", "causedBy names unknown rule '"
                            + cause.asText() + "'"));
                }
                c++;
            }
        }

        List<ChecklistItemDef> items = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        int lastPhase = 1;
        index = 0;
        for (JsonNode i : root.path("checklist")) {
            String at = "$.checklist[" + index++ + "]";
            if (!itemIds.add(i.path("id").asText())) {
                problems.add(new CatalogProblem(at + ".id", "checklist item " + i.path("id").asText() + " is listed twice"));
            }
            if (i.path("phase").asInt(0) < lastPhase) {
                problems.add(new CatalogProblem(at + ".phase", "checklist item " + i.path("id").asText()
                        + " is out of phase order"));
            }
            lastPhase = Math.max(lastPhase, i.path("phase").asInt(0));
            try {
                items.add(item(i, compiler, ids));
            } catch (CatalogException | IllegalArgumentException e) {
                problems.add(new CatalogProblem(at + pathOf(e.getMessage()), e.getMessage()));
            }
        }
        checkGraphItems(root.path("checklist"));
        if (rules.isEmpty() || items.isEmpty()) {
            problems.add(new CatalogProblem("$", "the catalog has no rules or no checklist"));
        }
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        Map<String, List<Catalog.UpdateLevel>> levels = updateLevels(root.path("updateLevels"));
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        LocalDate reviewedOn = LocalDate.parse(root.path("reviewedOn").asText());
        return new Catalog(version, reviewedOn, org.eacplanner.model.CatalogSource.SHIPPED, rules, items, sources,
                levels);
    }

    /** The update levels per product, each list in build order (docs/catalog-file.md, updateLevels). */
    private Map<String, List<Catalog.UpdateLevel>> updateLevels(JsonNode n) {
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
                var build = org.eacplanner.model.ExchangeBuild.parse(level.path("build").asText());
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

    private Rule rule(JsonNode r, ConditionCompiler compiler, Map<String, List<String>> sources) {
        String id = text(r, "id", "a rule");
        String where = "rule " + id;
        checkKeys(r, RULE_KEYS, where);
        Area area = enumValue(Area.class, text(r, "area", where), where);
        String when = text(r, "condition", where);
        Side side = enumValue(Side.class, text(r, "side", where), where);
        DeadlinePrecision precision = null;
        Evidence evidence = null;
        JsonNode dn = r.get("deadline");
        if (dn != null && dn.isObject() && dn.has("precision")) {
            precision = enumValue(DeadlinePrecision.class, dn.get("precision").asText(), where);
            evidence = enumValue(Evidence.class, dn.path("evidence").asText(), where);
        } else if (dn != null && !dn.isNull()) {
            throw new CatalogException(where + ": a deadline needs a precision and an evidence level");
        }
        Condition condition;
        try {
            condition = compiler.compile(when, ConditionCompiler.SUBJECT);
        } catch (CatalogException | IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            throw new CatalogException(m.startsWith("condition '") ? m : "condition '" + when + "': " + m);
        }
        DeadlineSpec deadline = deadline(r.get("deadline"), where);
        SeveritySpec severity = severity(r.get("severity"), where, compiler);
        boolean needsDeadline = severity instanceof SeveritySpec.Dated || severity instanceof SeveritySpec.BeforeAndFrom;
        if (needsDeadline && deadline instanceof DeadlineSpec.None) {
            throw new CatalogException(where + ": a dated severity needs a deadline, and only it may have one");
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode s : r.path("sources")) {
            List<String> links = sources.get(s.asText());
            if (links == null) {
                throw new CatalogException(where + ": unknown source '" + s.asText() + "'");
            }
            urls.addAll(links);
        }
        if (urls.isEmpty() && !r.path("sources").isArray()) {
            throw new CatalogException(where + " has no sources");
        }
        return new Rule(id, area, side, when, condition, severity, deadline, precision, evidence, urls, fieldsOf(when, termFields),
                textSet(r, compiler, where));
    }

    private static SeveritySpec severity(JsonNode n, String where, ConditionCompiler compiler) {
        if (n == null) {
            throw new CatalogException(where + " has no severity");
        }
        if (n.has("kind")) {
            String kind = n.get("kind").asText();
            switch (kind) {
                case "FIXED":
                    return new SeveritySpec.Fixed(enumValue(Severity.class, text(n, "severity", where), where));
                case "DATED":
                    return new SeveritySpec.Dated();
                case "BY_VERSION":
                    return new SeveritySpec.BeforeAndFrom(enumValue(Severity.class, text(n, "before", where), where),
                            enumValue(Severity.class, text(n, "from", where), where));
                case "THRESHOLDS":
                case "CASES": {
                    List<String> written = new ArrayList<>();
                    List<Condition> conditions = new ArrayList<>();
                    List<Severity> severities = new ArrayList<>();
                    boolean thresholds = kind.equals("THRESHOLDS");
                    String term = thresholds ? text(n, "term", where) : null;
                    for (JsonNode c : n.path(thresholds ? "thresholds" : "cases")) {
                        String cond = thresholds ? term + " " + c.path("test").asText() : c.path("condition").asText();
                        written.add(cond);
                        conditions.add(compiler.compile(cond, ConditionCompiler.SUBJECT));
                        severities.add(enumValue(Severity.class, c.path("severity").asText(), where));
                    }
                    return new SeveritySpec.Cases(written, conditions, severities,
                            enumValue(Severity.class, text(n, "otherwise", where), where));
                }
                default:
                    throw new CatalogException(where + ": unknown severity kind '" + kind
                            + "' (FIXED, DATED, BY_VERSION, THRESHOLDS, CASES)");
            }
        }
        throw new CatalogException(where + ": severity must be an object with a kind"
                + " (FIXED, DATED, BY_VERSION, THRESHOLDS, CASES)");
    }

    private static DeadlineSpec deadline(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return new DeadlineSpec.None();
        }
        {
            checkKeys(n, Set.of("date", "byVersion", "field", "precision", "evidence"), where + " deadline");
            if (n.has("date")) {
                return new DeadlineSpec.Fixed(date(n.get("date").asText(), where));
            }
            if (n.has("field")) {
                FieldPath field = FieldPath.resolve(ConditionCompiler.SUBJECT, n.get("field").asText());
                if (field.type() != LocalDate.class) {
                    throw new CatalogException(where + ": deadline field " + field + " is not a date");
                }
                return new DeadlineSpec.DateField(field);
            }
            FieldPath path = FieldPath.resolve(ConditionCompiler.SUBJECT, ConditionCompiler.SERVER_VERSION);
            Map<Object, LocalDate> dates = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.path("byVersion").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                dates.put(enumValue(org.eacplanner.model.ServerVersion.class, e.getKey(), where),
                        date(e.getValue().asText(), where));
            }
            return new DeadlineSpec.ByField(path, dates);
        }
    }

    private static ChecklistItemDef item(JsonNode i, ConditionCompiler compiler, Set<String> ruleIds) {
        String id = text(i, "id", "a checklist item");
        String where = "checklist item " + id;
        checkKeys(i, ITEM_KEYS, where);
        int phase = i.path("phase").asInt(0);
        if (phase < 1 || phase > PHASES) {
            throw new CatalogException(where + ": phase must be 1 to " + PHASES);
        }
        String when = text(i, "condition", where);
        Side side = enumValue(Side.class, text(i, "side", where), where);
        List<String> causedBy = new ArrayList<>();
        for (JsonNode c : i.path("causedBy")) {
            if (ruleIds.contains(c.asText())) {
                causedBy.add(c.asText()); // an unknown one is reported at its exact path by load()
            }
        }
        return new ChecklistItemDef(id, phase, side, when, compiler.compile(when, ConditionCompiler.SUBJECT), causedBy,
                textSet(i, compiler, where));
    }

    /** The texts per language and the variants of a rule or item ({@code texts}, {@code variants}). */
    private static CatalogTextSet textSet(JsonNode n, ConditionCompiler compiler, String where) {
        Map<String, Map<String, String>> texts = langs(n.path("texts"));
        List<CatalogTextSet.Variant> variants = new ArrayList<>();
        for (JsonNode v : n.path("variants")) {
            variants.add(new CatalogTextSet.Variant(v.path("name").asText(),
                    compiler.compile(v.path("condition").asText(), ConditionCompiler.SUBJECT), langs(v.path("texts"))));
        }
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, List<String>> unknownOf = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("params").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual()) {
                String source = e.getValue().asText();
                if (!source.equals("reviewedOn") && !source.equals("daysSinceReview")) {
                    FieldPath.resolve(ConditionCompiler.SUBJECT, source.startsWith("daysUntil(") && source.endsWith(")")
                            ? source.substring("daysUntil(".length(), source.length() - 1) : source);
                }
                params.put(e.getKey(), source);
            } else {
                List<String> fields = new ArrayList<>();
                e.getValue().path("unknownOf").forEach(f -> {
                    FieldPath.resolve(ConditionCompiler.SUBJECT, f.asText());
                    fields.add(f.asText());
                });
                if (fields.isEmpty()) {
                    throw new CatalogException(where + ": param " + e.getKey() + " must name an assessment field, a"
                            + " numeric term, reviewedOn or {\"unknownOf\": [fields]}");
                }
                unknownOf.put(e.getKey(), fields);
            }
        }
        return new CatalogTextSet(texts, variants, params, unknownOf);
    }

    private static Map<String, Map<String, String>> langs(JsonNode n) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Map<String, String> keys = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(k -> keys.put(k.getKey(), k.getValue().asText()));
            texts.put(e.getKey(), keys);
        }
        return texts;
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
        if (node == null || !node.isObject()) {
            throw new CatalogException(where + " must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new CatalogException(where + ": unknown field '" + key + "' (allowed: " + allowed + ")");
            }
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new CatalogException(where + ": '" + field + "' is missing");
        }
        return v.asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new CatalogException(where + ": '" + value + "' is not a " + type.getSimpleName());
        }
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CatalogException(where + ": '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
