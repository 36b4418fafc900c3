package org.eacplanner.ui.probe;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.eacplanner.common.Messages;
import org.eacplanner.exchange.ExchangeAnswers.Proposal;
import org.eacplanner.exchange.ExchangeImport;
import org.eacplanner.exchange.ImportProposals;
import org.eacplanner.model.ProbeResult;
import org.eacplanner.probe.Proposals;
import org.eacplanner.task.TaskRunner;
import org.eacplanner.ui.document.AssessmentDocument;

/**
 * "Import from Exchange": reads the admin's exports off the FX thread and hands their proposals to the same review
 * as the live checks' ({@link ProposalsViewModel}); the files read and those ignored, with the reason, stay shown.
 */
public final class ExchangeImportViewModel {

    private final AssessmentDocument document;
    private final Messages messages;
    private final TaskRunner tasks;
    private final ProposalsViewModel proposals;
    private final Consumer<String> status;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExchangeImport.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper offered = new ReadOnlyIntegerWrapper();

    ExchangeImportViewModel(AssessmentDocument document, Messages messages, TaskRunner tasks,
            ProposalsViewModel proposals, Consumer<String> status) {
        this.document = document;
        this.messages = messages;
        this.tasks = tasks;
        this.proposals = proposals;
        this.status = status;
    }

    /** What the last import did (or why it failed), in a sentence; also given to the step's status. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void say(String text) {
        summary.set(text);
        status.accept(text);
    }

    /** The last import's files, proposals and ignored files; null before the first. */
    public ReadOnlyObjectProperty<ExchangeImport.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** How many of the last import's answers differ from the assessment's (and so are offered). */
    public ReadOnlyIntegerProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Another assessment was opened: the last import's outcome is not shown for it. */
    void reset() {
        result.set(null);
        offered.set(0);
        summary.set("");
    }

    /** Reads {@code paths} (export files, folders, zips); the proposals that change an answer are then shown. */
    public void read(List<Path> paths) {
        if (paths.isEmpty() || reading.get()) {
            return;
        }
        reading.set(true);
        say(messages.get("import.status.reading"));
        var roots = document.assessment().approvedRoots();
        String forAssessment = document.assessment().id();
        tasks.run(() -> ExchangeImport.read(paths, roots, messages.locale()), r -> {
            reading.set(false);
            if (!Objects.equals(forAssessment, document.assessment().id())) {
                return; // another assessment was opened meanwhile: these answers are not its own
            }
            Map<ProbeResult.Proposal, Proposal> original = new IdentityHashMap<>();
            List<ProbeResult.Proposal> reviewed = new ArrayList<>();
            for (Proposal p : r.proposals()) {
                ProbeResult.Proposal shown = ImportProposals.asReviewed(p);
                original.put(shown, p);
                reviewed.add(shown);
            }
            offered.set((int) Proposals.preview(document.assessment(), reviewed).stream()
                    .filter(Proposals.Preview::changesAnswer).count());
            proposals.showImported(reviewed, accepted -> a -> ImportProposals.withRecord(a, ImportProposals.record(r,
                    accepted.stream().map(original::get).toList(), Instant.now())));
            result.set(r);
            say(messages.get("import.status.read", r.sources().size(), offered.get(),
                    r.ignored().size()));
        }, e -> {
            reading.set(false);
            say(messages.get("import.status.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
        });
    }
}
