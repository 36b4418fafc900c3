package org.eacplanner.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;
import org.eacplanner.model.SyncConfiguration;

/**
 * Evaluates the catalog's rules on an assessment as of a date: a pure function of (inventory, as-of date,
 * catalog); the texts only word the result. Findings are sorted by severity (BLOCKER, WARNING, GAP, INFO),
 * then rule ID.
 */
public final class RuleEngine {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::ruleId);

    private final Catalog catalog;
    private final CatalogTexts texts;
    private final Map<String, FieldPath> paramPaths = new ConcurrentHashMap<>();

    public RuleEngine(Catalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    public Catalog catalog() {
        return catalog;
    }

    public CatalogTexts texts() {
        return texts;
    }

    public List<Finding> evaluate(Assessment assessment, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        ConditionContext context = new ConditionContext(assessment, asOf, catalog.reviewedOn(), null);
        for (Rule rule : catalog.rules()) {
            if (rule.condition().test(context)) {
                findings.add(finding(rule, assessment, asOf));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private Finding finding(Rule rule, Assessment assessment, LocalDate asOf) {
        LocalDate deadline = rule.deadline().deadlineFor(assessment);
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(asOf, deadline);
        ConditionContext context = new ConditionContext(assessment, asOf, catalog.reviewedOn(), daysLeft);
        Severity severity = rule.severity().severityFor(daysLeft, context);

        AcceptedRisk acceptance = assessment.acceptedRisks().stream()
                .filter(r -> rule.id().equals(r.ruleId()))
                .findFirst().orElse(null);
        boolean accepted = acceptance != null && acceptance.holdsOn(asOf);
        boolean lapsed = acceptance != null && !accepted;
        DeadlinePrecision precision = deadline == null ? null : rule.deadlinePrecision();
        DeadlineStatus status = deadline == null ? null : status(rule, deadline, daysLeft, asOf);
        Evidence evidence = deadline == null ? null : rule.deadlineEvidence();
        String deadlineText = deadline == null ? null
                : precision == DeadlinePrecision.MONTH ? texts.month(deadline) : deadline.toString();
        String phrase = deadline == null ? null : texts.deadlinePhrase(rule.id(), deadline, daysLeft, precision, status, evidence);
        Map<String, String> values = new HashMap<>();
        if (deadline != null) {
            values.put("deadline", phrase);
            values.put("when", texts.when(deadline, precision));
            values.put("daysLeft", texts.display(daysLeft));
        }
        rule.texts().params().forEach((name, source) -> values.put(name, param(source, context)));
        rule.texts().unknownOf().forEach((name, fields) -> values.put(name, texts.unknownSettings(fields,
                f -> path(f).read(assessment) == null)));
        rule.texts().namesWhere().forEach((name, where) -> values.put(name, names(where, assessment)));
        var chosen = rule.texts().select(context);
        String lang = texts.locale().getLanguage();
        String title = texts.render(pick(rule.texts(), chosen, lang, "title"), values, catalog);
        String detail = texts.render(pick(rule.texts(), chosen, lang, "detail"), values, catalog);
        String advice = texts.render(pick(rule.texts(), chosen, lang, "advice"), values, catalog);
        return new Finding(rule.id(), severity, rule.area(), rule.side(), title, detail, advice, deadline, daysLeft,
                precision,
                deadlineText, status, evidence, phrase, rule.sources(), accepted, lapsed, acceptance);
    }

    static String pick(CatalogTextSet set, Map<String, Map<String, String>> chosen, String lang,
            String key) {
        String t = set.text(chosen, lang, key);
        return t != null ? t : set.text(set.texts(), lang, key);
    }

    /** A named text parameter: a numeric term, {@code reviewedOn} or an assessment field, as the text shows it. */
    private String param(String source, ConditionContext context) {
        if (source.equals("reviewedOn")) {
            return texts.display(catalog.reviewedOn());
        }
        if (source.equals("daysSinceReview")) {
            return texts.display(ChronoUnit.DAYS.between(catalog.reviewedOn(), context.asOf()));
        }
        if (source.startsWith("daysUntil(")) {
            String f = source.substring("daysUntil(".length(), source.length() - 1);
            Object d = path(f).read(context.assessment());
            return d instanceof LocalDate date
                    ? texts.display(ChronoUnit.DAYS.between(context.asOf(), date)) : texts.display(null);
        }
        if (source.equals(ConditionCompiler.SERVER_VERSION)) {
            return texts.display(ConditionCompiler.effectiveServerVersion(context));
        }
        return texts.display(path(source).read(context.assessment()));
    }

    /** The names of the list's elements for which the condition holds, quoted and joined (unnamed ones by position). */
    private String names(CatalogTextSet.NamesWhere where, Assessment assessment) {
        List<String> out = new ArrayList<>();
        if (where.list().read(assessment) instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                Object item = items.get(i);
                if (where.element().test(item)) {
                    Object name = item instanceof SyncConfiguration c ? c.name() : null;
                    boolean german = texts.locale().getLanguage().equals("de");
                    out.add(name == null ? "#" + (i + 1)
                            : (german ? "\u201e" : "\u201c") + name + (german ? "\u201c" : "\u201d"));
                }
            }
        }
        return String.join(", ", out);
    }

    /** The field a text parameter names, resolved once. */
    private FieldPath path(String field) {
        return paramPaths.computeIfAbsent(field, f -> FieldPath.resolve(ConditionCompiler.SUBJECT, f));
    }

    /** rules.md "Deadlines: precision and evidence", Status; {@code CERT-EXPIRING} counts its expiry day as valid. */
    static DeadlineStatus status(Rule rule, LocalDate deadline, long daysLeft, LocalDate asOf) {
        if (CatalogTexts.CERT_EXPIRING.equals(rule.id())) {
            return daysLeft >= 0 ? DeadlineStatus.AHEAD : DeadlineStatus.PASSED;
        }
        if (daysLeft >= 1) {
            return DeadlineStatus.AHEAD;
        }
        if (rule.deadlinePrecision() == DeadlinePrecision.MONTH && !asOf.isAfter(deadline.withDayOfMonth(deadline.lengthOfMonth()))) {
            return DeadlineStatus.DUE;
        }
        return DeadlineStatus.PASSED;
    }
}
