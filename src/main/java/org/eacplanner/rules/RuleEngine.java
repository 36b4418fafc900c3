package org.eacplanner.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.Severity;

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
    private final java.util.Map<String, FieldPath> paramPaths = new java.util.HashMap<>();

    public RuleEngine(Catalog catalog, CatalogTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
        for (Rule rule : catalog.rules()) {
            rule.params().forEach(p -> paramPaths.computeIfAbsent(p,
                    path -> FieldPath.resolve(ConditionCompiler.SUBJECT, path)));
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public CatalogTexts texts() {
        return texts;
    }

    public List<Finding> evaluate(Assessment assessment, LocalDate asOf) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            if (rule.condition().test(assessment)) {
                findings.add(finding(rule, assessment, asOf));
            }
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private Finding finding(Rule rule, Assessment assessment, LocalDate asOf) {
        LocalDate deadline = rule.deadline().deadlineFor(assessment);
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(asOf, deadline);
        Severity severity = rule.severity().severityFor(daysLeft);

        List<Object> args = new ArrayList<>();
        for (String param : rule.params()) {
            args.add(texts.display(paramPaths.get(param).read(assessment)));
        }
        args.add(deadline == null ? "" : texts.display(deadline));
        Object[] a = args.toArray();

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
        return new Finding(rule.id(), severity, rule.area(), rule.side(), texts.ruleTitle(rule.id(), a),
                texts.ruleDetail(rule.id(), a), texts.ruleAdvice(rule.id(), a), deadline, daysLeft, precision,
                deadlineText, status, evidence, phrase, rule.sources(), accepted, lapsed, acceptance);
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
