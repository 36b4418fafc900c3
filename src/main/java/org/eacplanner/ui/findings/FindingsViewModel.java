package org.eacplanner.ui.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.eacplanner.checklist.Plan;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.Severity;
import org.eacplanner.rules.Finding;
import org.eacplanner.rules.FindingGroups;
import org.eacplanner.rules.FindingOrder;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The Findings step's state: the findings as of the evaluation date, most urgent first or grouped by severity
 * then area (the same grouping as every export), filtered by severity and a search, and the acceptance of a finding as a known risk.
 */
public final class FindingsViewModel {

    /**
     * What the list shows, in {@code order}: the groups by severity and area, the same findings most urgent first,
     * or why the list is empty ({@code noneKey}, a bundle key; null when not empty).
     */
    public record Shown(FindingOrder order, List<FindingGroups.SeverityGroup> groups, List<Finding> byUrgency,
            String noneKey, LocalDate asOf) {
    }

    private final EvaluationViewModel evaluation;
    private final AssessmentDocument document;
    private final Supplier<LocalDate> today;
    private final StringProperty query = new SimpleStringProperty("");
    private final Map<Severity, BooleanProperty> filters = new EnumMap<>(Severity.class);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<FindingOrder> order = new SimpleObjectProperty<>(FindingOrder.URGENCY);

    public FindingsViewModel(EvaluationViewModel evaluation, AssessmentDocument document,
            Supplier<LocalDate> today) {
        this.evaluation = evaluation;
        this.document = document;
        this.today = today;
        List<Observable> deps = new ArrayList<>();
        for (Severity s : Severity.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            filters.put(s, on);
            deps.add(on);
        }
        deps.add(query);
        deps.add(order);
        deps.add(evaluation.planProperty());
        deps.forEach(d -> d.addListener(o -> refresh()));
        refresh();
    }

    /** The search text: a finding is shown when its rule ID, title, detail or advice contains it (any case). */
    public StringProperty queryProperty() {
        return query;
    }

    /** Whether findings of {@code severity} are shown. */
    public BooleanProperty filterProperty(Severity severity) {
        return filters.get(severity);
    }

    /** Most urgent first (the default) or by severity and area. */
    public ObjectProperty<FindingOrder> orderProperty() {
        return order;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Shown shown() {
        return shown.get();
    }

    /** Who accepts a risk unless the user says otherwise: whoever prepared the assessment. */
    public String defaultAcceptedBy() {
        return document.assessment().preparedBy().name();
    }

    /** Accepts the finding of {@code ruleId} as a known risk, accepted today. */
    public void accept(String ruleId, String rationale, String acceptedBy, LocalDate expires) {
        document.apply(Edits.acceptRisk(ruleId, rationale, acceptedBy, today.get(), expires));
    }

    public void withdraw(String ruleId) {
        document.apply(Edits.withdrawRisk(ruleId));
    }

    private void refresh() {
        Plan plan = evaluation.plan();
        String q = query.get() == null ? "" : query.get().trim().toLowerCase(Locale.ROOT);
        Predicate<Finding> keep = f -> filters.get(f.severity()).get() && matches(f, q);
        List<FindingGroups.SeverityGroup> groups = FindingGroups.of(plan.findings(), keep);
        List<Finding> urgent = FindingOrder.byUrgency(plan.findings()).stream().filter(keep).toList();
        boolean any = groups.stream().anyMatch(g -> g.areas().stream().anyMatch(a -> !a.findings().isEmpty()));
        String none = any ? null : plan.findings().isEmpty() ? "findings.none" : "findings.noMatch";
        shown.set(new Shown(order.get(), groups, urgent, none, plan.asOf()));
    }

    private static boolean matches(Finding f, String q) {
        return q.isEmpty() || (f.ruleId() + " " + f.title() + " " + f.detail() + " " + f.advice())
                .toLowerCase(Locale.ROOT).contains(q);
    }
}
