package org.eacplanner.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.eacplanner.model.AcceptedRisk;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProgressEntry;
import org.eacplanner.model.ProgressStatus;
import org.eacplanner.model.SyncConfiguration;
import org.eacplanner.rules.FieldPath;

/**
 * Typed changes to an assessment: each takes an assessment and returns the changed one, keeping every other field
 * (fields of a newer format included). The app's views change an assessment through these, never through its JSON.
 */
public final class Edits {

    private Edits() {
    }

    /**
     * Sets one answer and its draft: {@code value} of the field's type (null: unknown), {@code draft} the text the
     * user typed when it did not pass the field's check (the value is then null), or null for none.
     *
     * @throws IllegalArgumentException when {@code value} is not of the field's type
     */
    public static UnaryOperator<Assessment> answer(FieldPath field, Object value, String draft) {
        return a -> {
            Assessment next = field.with(a, value);
            Map<String, String> drafts = new LinkedHashMap<>(a.drafts());
            if (draft == null) {
                drafts.remove(field.jsonPath());
            } else {
                drafts.put(field.jsonPath(), draft);
            }
            next = drafts.equals(a.drafts()) ? next : next.withDrafts(drafts);
            return next.equals(a) ? a : next;
        };
    }

    /** Accepts the finding of {@code ruleId} as a known risk (at most one entry per rule: an earlier one is replaced). */
    public static UnaryOperator<Assessment> acceptRisk(String ruleId, String rationale, String acceptedBy,
            LocalDate acceptedOn, LocalDate expires) {
        return a -> {
            List<AcceptedRisk> risks = new ArrayList<>();
            a.acceptedRisks().stream().filter(r -> !ruleId.equals(r.ruleId())).forEach(risks::add);
            risks.add(new AcceptedRisk(ruleId, rationale, acceptedBy, acceptedOn, expires, Map.of()));
            return a.withAcceptedRisks(risks);
        };
    }

    /** Withdraws the acceptance of {@code ruleId}'s finding; nothing changes when there is none. */
    public static UnaryOperator<Assessment> withdrawRisk(String ruleId) {
        return a -> a.acceptedRisks().stream().noneMatch(r -> ruleId.equals(r.ruleId())) ? a
                : a.withAcceptedRisks(a.acceptedRisks().stream().filter(r -> !ruleId.equals(r.ruleId())).toList());
    }

    /**
     * Changes the progress entry of {@code itemId}, created as {@code TODO} when there is none; an entry of an item
     * that no longer applies is kept and changed the same way.
     */
    public static UnaryOperator<Assessment> progress(String itemId, UnaryOperator<ProgressEntry> change) {
        return a -> {
            List<ProgressEntry> entries = new ArrayList<>(a.checklist());
            int at = -1;
            for (int i = 0; i < entries.size(); i++) {
                if (itemId.equals(entries.get(i).itemId())) {
                    at = i;
                    break;
                }
            }
            ProgressEntry old = at < 0 ? new ProgressEntry(itemId, ProgressStatus.TODO, null, null, null, Map.of())
                    : entries.get(at);
            ProgressEntry next = change.apply(old);
            if (next.equals(old) && at >= 0) {
                return a;
            }
            if (at < 0) {
                entries.add(next);
            } else {
                entries.set(at, next);
            }
            return a.withChecklist(entries);
        };
    }

    /**
     * Changes the Lightning Sync configurations as a list (add, duplicate, remove, move, edit one): {@code change}
     * gets a copy it may change; an unknown list (null) starts empty.
     */
    public static UnaryOperator<Assessment> configurations(Consumer<List<SyncConfiguration>> change) {
        return a -> {
            List<SyncConfiguration> list = new ArrayList<>(a.lightningSync().configurations() == null ? List.of()
                    : a.lightningSync().configurations());
            change.accept(list);
            return list.equals(a.lightningSync().configurations()) ? a
                    : a.withLightningSync(a.lightningSync().withConfigurations(list));
        };
    }

    /** Sets one field of the configuration at {@code index}. */
    public static UnaryOperator<Assessment> configurationField(int index, SyncConfiguration.Field field, Object value) {
        return configurations(list -> list.set(index, list.get(index).with(field, value)));
    }

    /** The item's status. */
    public static UnaryOperator<ProgressEntry> status(ProgressStatus status) {
        return e -> new ProgressEntry(e.itemId(), status, e.owner(), e.dueDate(), e.notes(), e.unknownFields());
    }

    /** The item's owner; blank clears it. */
    public static UnaryOperator<ProgressEntry> owner(String owner) {
        return e -> new ProgressEntry(e.itemId(), e.status(), blankToNull(owner), e.dueDate(), e.notes(),
                e.unknownFields());
    }

    /** The item's due date; null clears it. */
    public static UnaryOperator<ProgressEntry> dueDate(LocalDate dueDate) {
        return e -> new ProgressEntry(e.itemId(), e.status(), e.owner(), dueDate, e.notes(), e.unknownFields());
    }

    /** The item's notes; blank clears them. */
    public static UnaryOperator<ProgressEntry> notes(String notes) {
        return e -> new ProgressEntry(e.itemId(), e.status(), e.owner(), e.dueDate(), blankToNull(notes),
                e.unknownFields());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
