package org.eacplanner.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.eacplanner.model.CatalogSource;
import org.eacplanner.model.ServerVersion;
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

    /** The highest catalog format this app reads. */
    static final int FORMAT = 1;

    /** Every problem found so far; loading never stops at the first. */
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final CatalogDataChecks checks = new CatalogDataChecks(problems);
    private Map<String, Set<String>> termFields = Map.of();

    /** Loads a catalog; every problem is reported as a {@link CatalogProblem}. */
    Catalog loadChecked(InputStream in) throws IOException, CatalogRefusedException {
        try {
            return load(in);
        } catch (Problems e) {
            throw new CatalogRefusedException(e.list);
        } catch (CatalogException | IllegalArgumentException e) {
            throw new CatalogRefusedException(List.of(new CatalogProblem("$", e.getMessage())));
        } catch (JsonProcessingException e) {
            throw new CatalogRefusedException(List.of(new CatalogProblem("$", "not JSON: " + e.getOriginalMessage())));
        }
    }

    /** Carries the problems of one load out of {@link #load}. */
    static final class Problems extends CatalogException {
        private static final long serialVersionUID = 1L;
        final transient List<CatalogProblem> list;

        Problems(List<CatalogProblem> list) {
            super(String.join("\n", list.stream().map(CatalogProblem::toString).toList()));
            this.list = List.copyOf(list);
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
                String appTerm = CatalogTerms.APP_TERMS.get(term.getKey());
                if (appTerm != null && !appTerm.equals(term.getValue().asText())) {
                    throw new CatalogException("$.terms." + term.getKey() + ": differs from the app's shorthand '"
                            + appTerm + "'");
                }
            }
        }
        for (Map.Entry<String, String> term : CatalogTerms.APP_TERMS.entrySet()) {
            terms.put(term.getKey(), compiler.compile(term.getValue(), ConditionCompiler.SUBJECT));
            termFields.put(term.getKey(), CatalogTerms.fieldsOf(term.getValue(), termFields));
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
            checks.checkRuleData(r, at);
            try {
                rules.add(rule(r, compiler, sources));
            } catch (CatalogException | IllegalArgumentException e) {
                problems.add(new CatalogProblem(at + CatalogDataChecks.pathOf(e.getMessage()), e.getMessage()));
            }
        }

        List<String> literals = CatalogDataChecks.deadlineLiterals(root.path("rules"));
        index = 0;
        for (JsonNode r : root.path("rules")) {
            checks.checkFormatFields(r, "$.rules[" + index + "]");
            checks.checkTexts(r, "$.rules[" + index++ + "]", r.has("deadline") && !r.get("deadline").isNull(),
                    singleDeadlines, literals);
        }
        index = 0;
        for (JsonNode i : root.path("checklist")) {
            String at = "$.checklist[" + index++ + "]";
            checks.checkTexts(i, at, false, singleDeadlines, literals);
            checks.checkFormatFields(i, at);
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
                problems.add(new CatalogProblem(at + CatalogDataChecks.pathOf(e.getMessage()), e.getMessage()));
            }
        }
        checks.checkGraphItems(root.path("checklist"));
        if (rules.isEmpty() || items.isEmpty()) {
            problems.add(new CatalogProblem("$", "the catalog has no rules or no checklist"));
        }
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        Map<String, List<Catalog.UpdateLevel>> levels = checks.updateLevels(root.path("updateLevels"));
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        LocalDate reviewedOn = LocalDate.parse(root.path("reviewedOn").asText());
        return new Catalog(version, reviewedOn, CatalogSource.SHIPPED, rules, items, sources,
                levels);
    }

    /** The update levels per product, each list in build order (docs/catalog-file.md, updateLevels). */
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
        return new Rule(id, area, side, when, condition, severity, deadline, precision, evidence, urls, CatalogTerms.fieldsOf(when, termFields),
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
                dates.put(enumValue(ServerVersion.class, e.getKey(), where),
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
        Map<String, CatalogTextSet.NamesWhere> namesWhere = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("params").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual()) {
                String source = e.getValue().asText();
                if (!source.equals("reviewedOn") && !source.equals("daysSinceReview")) {
                    FieldPath.resolve(ConditionCompiler.SUBJECT, source.startsWith("daysUntil(") && source.endsWith(")")
                            ? source.substring("daysUntil(".length(), source.length() - 1) : source);
                }
                params.put(e.getKey(), source);
            } else if (e.getValue().has("namesWhere")) {
                FieldPath list = FieldPath.resolve(ConditionCompiler.SUBJECT, e.getValue().path("namesWhere").asText());
                if (!list.isList() || !list.elementType().isRecord()) {
                    throw new CatalogException(where + ": param " + e.getKey() + ": namesWhere needs a list of objects");
                }
                namesWhere.put(e.getKey(), new CatalogTextSet.NamesWhere(list,
                        compiler.compile(e.getValue().path("condition").asText(), list.elementType())));
            } else {
                List<String> fields = new ArrayList<>();
                e.getValue().path("unknownOf").forEach(f -> {
                    FieldPath.resolve(ConditionCompiler.SUBJECT, f.asText());
                    fields.add(f.asText());
                });
                if (fields.isEmpty()) {
                    throw new CatalogException(where + ": param " + e.getKey() + " must name an assessment field, a"
                            + " numeric term, reviewedOn, {\"unknownOf\": [fields]} or {\"namesWhere\": list, \"condition\": …}");
                }
                unknownOf.put(e.getKey(), fields);
            }
        }
        return new CatalogTextSet(texts, variants, params, unknownOf, namesWhere);
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
