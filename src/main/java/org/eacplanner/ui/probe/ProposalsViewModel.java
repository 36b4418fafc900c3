package org.eacplanner.ui.probe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.Proposals;
import org.eacplanner.probe.TypedRootCheck;
import org.eacplanner.rules.FieldPath;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * The inventory answers live checks propose, each beside the answer it would replace, for the admin to accept or
 * reject: nothing is changed until "Apply" and then only the accepted ones, in one undoable step.
 */
public final class ProposalsViewModel {

    /** The admin's decision on a proposed answer; null while undecided. */
    public enum Decision { ACCEPT, REJECT }

    /** A proposed answer, the answer it would replace, and the admin's decision. */
    public static final class ProposalRow {
        private final Proposals.Preview preview;
        private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();

        ProposalRow(Proposals.Preview preview) {
            this.preview = preview;
        }

        public ProbeResult.Proposal proposal() {
            return preview.proposal();
        }

        /** The field proposed (only proposals that name a field of the inventory are ever shown). */
        public FieldPath field() {
            return FieldPath.ofJsonPath(preview.proposal().path());
        }

        public Object currentValue() {
            return preview.currentValue();
        }

        public Object newValue() {
            return preview.proposal().value();
        }

        public ObjectProperty<Decision> decisionProperty() {
            return decision;
        }
    }

    private final AssessmentDocument document;
    private final Messages messages;
    private final Consumer<String> status;
    private final ObservableList<ProposalRow> rows = FXCollections.observableArrayList();
    private List<ProbeResult> shownResults = List.of();
    private List<ProbeResult.Proposal> imported = List.of();
    /** What applying some of the import's proposals adds to the assessment (its record). */
    private Function<List<ProbeResult.Proposal>, UnaryOperator<Assessment>> importRecord = accepted -> a -> a;
    /** Answers (field and value) the admin accepted or rejected: not offered again by the same results (a new run or
     *  import offers them anew). */
    private final Set<List<Object>> decided = new HashSet<>();

    ProposalsViewModel(AssessmentDocument document, Messages messages, Consumer<String> status) {
        this.document = document;
        this.messages = messages;
        this.status = status;
        // the typed-in root CA is checked against the approved list as soon as it (or the list) changes
        document.assessmentProperty().addListener((o, before, now) -> {
            if (before == null || !Objects.equals(before.exchange().certificateRoot(), now.exchange().certificateRoot())
                    || !Objects.equals(before.approvedRoots(), now.approvedRoots())) {
                show(shownResults);
            }
        });
    }

    public ObservableList<ProposalRow> rows() {
        return rows;
    }

    /**
     * Shows the proposals of {@code results}, of the last import and of the typed-in root CA
     * ({@link TypedRootCheck}) that would change an answer; the same answer twice is shown once.
     */
    void show(List<ProbeResult> results) {
        shownResults = List.copyOf(results);
        List<ProbeResult.Proposal> all = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        List<ProbeResult.Proposal> offered = new ArrayList<>(imported);
        results.forEach(r -> offered.addAll(r.proposals()));
        for (ProbeResult.Proposal p : offered) {
            if (!decided.contains(key(p)) && seen.add(key(p))) {
                all.add(p); // with the first basis
            }
        }
        TypedRootCheck.proposal(document.assessment(), messages.locale())
                .filter(p -> !decided.contains(key(p)) && seen.add(key(p))).ifPresent(all::add);
        rows.setAll(changing(all));
    }

    /**
     * Shows an import's proposals (they replace the previous import's) beside the live checks' ones; applying some
     * of them also applies {@code record} of those (in the same undoable edit).
     */
    void showImported(List<ProbeResult.Proposal> proposals,
            Function<List<ProbeResult.Proposal>, UnaryOperator<Assessment>> record) {
        imported = List.copyOf(proposals);
        importRecord = record;
        decided.clear();
        show(shownResults);
    }

    private static List<Object> key(ProbeResult.Proposal p) {
        return Arrays.asList(p.path(), String.valueOf(p.value()));
    }

    /** A new run starts: its results will replace the shown ones (an import's proposals stay). */
    void clear() {
        decided.clear();
        show(List.of());
    }

    /** Another assessment: nothing of the previous one is offered. */
    void reset() {
        shownResults = List.of();
        imported = List.of();
        decided.clear();
        rows.clear();
    }

    /**
     * Applies the accepted proposals to the inventory in one edit (undoable; the findings re-evaluate), and drops
     * every decided row. Returns how many answers were applied.
     */
    public int applyAccepted() {
        List<ProbeResult.Proposal> accepted = rows.stream()
                .filter(p -> p.decisionProperty().get() == Decision.ACCEPT).map(ProposalRow::proposal).toList();
        rows.stream().filter(p -> p.decisionProperty().get() != null).forEach(p -> decided.add(key(p.proposal())));
        List<ProbeResult.Proposal> fromImport = accepted.stream()
                .filter(p -> imported.stream().anyMatch(i -> i == p)).toList();
        if (!accepted.isEmpty()) {
            UnaryOperator<Assessment> record = fromImport.isEmpty() ? a -> a : importRecord.apply(fromImport);
            document.apply(a -> record.apply(Proposals.apply(a, accepted)));
        }
        List<ProbeResult.Proposal> open = rows.stream().filter(p -> p.decisionProperty().get() == null)
                .map(ProposalRow::proposal).toList();
        rows.setAll(changing(open));
        status.accept(messages.get("live.status.applied", accepted.size()));
        return accepted.size();
    }

    /** Accepts or rejects every proposal still shown. */
    public void decideAll(Decision d) {
        rows.forEach(p -> p.decisionProperty().set(d));
    }

    private List<ProposalRow> changing(List<ProbeResult.Proposal> proposals) {
        return Proposals.preview(document.assessment(), proposals).stream().filter(Proposals.Preview::changesAnswer)
                .map(ProposalRow::new).toList();
    }
}
