package org.eacplanner.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.checklist.ChecklistStepView;
import org.eacplanner.ui.checklist.ChecklistViewModel;
import org.eacplanner.ui.export.ExportServices;
import org.eacplanner.ui.export.ExportStepView;
import org.eacplanner.ui.export.ExportStepViewModel;
import org.eacplanner.ui.findings.FindingsStepView;
import org.eacplanner.ui.form.FormView;
import org.eacplanner.ui.probe.LiveCheckPreferences;
import org.eacplanner.ui.probe.LiveChecksStepView;
import org.eacplanner.ui.probe.LiveChecksViewModel;
import org.eacplanner.ui.probe.ProbeRunnerFactory;

/** Builds each step's content the first time it is shown, and keeps it. */
final class StepContentFactory {

    private final Workspace workspace;
    private final Messages messages;
    private final CatalogTexts words;
    private final Map<Step, Node> built = new EnumMap<>(Step.class);
    private final Consumer<String> openLink;
    private final LiveCheckPreferences liveCheckPreferences;
    private final ExportServices export;
    private LiveChecksViewModel liveChecks;

    StepContentFactory(Workspace workspace, Messages messages, CatalogTexts words,
            Consumer<String> openLink, LiveCheckPreferences liveCheckPreferences,
            ExportServices export) {
        this.openLink = openLink;
        this.liveCheckPreferences = liveCheckPreferences;
        this.export = export;
        this.workspace = workspace;
        this.messages = messages;
        this.words = words;
    }

    /** The window goes (closed, or rebuilt in another language): a running live check stops, its secrets go. */
    void dispose() {
        if (liveChecks != null) {
            liveChecks.dispose();
        }
    }

    Node content(Step step) {
        return built.computeIfAbsent(step, s -> {
            Node node = build(s);
            if (s.takesAnswers()) {
                // Review mode: every answer shown, none taken (the findings and checklist steps disable their
                // own inputs, and keep search and filters usable).
                node.disableProperty().bind(workspace.document().readOnlyProperty());
                node.getStyleClass().add("review-disables");
            }
            return node;
        });
    }

    private Node build(Step step) {
        return switch (step) {
            case ORGANIZATION, MICROSOFT, EAC -> form(step);
            case LIGHTNING_SYNC -> new VBox(24, form(step),
                    new ConfigurationsView(workspace.document(), messages, words).root());
            case FINDINGS -> new FindingsStepView(workspace, messages, words, openLink).root();
            case CHECKLIST -> new ChecklistStepView(new ChecklistViewModel(workspace.evaluation(), workspace.document()),
                    workspace.document(), messages, words).root();
            case LIVE_CHECKS -> {
                var evaluation = workspace.evaluation();
                liveChecks = new LiveChecksViewModel(workspace.document(), messages, evaluation.plannerProperty()::get,
                        () -> evaluation.asOfProperty().get() == null ? workspace.today() : evaluation.asOfProperty().get(),
                        liveCheckPreferences, Platform::runLater, export.tasks(), ProbeRunnerFactory.network());
                yield new LiveChecksStepView(liveChecks, messages).root();
            }
            case EXPORT -> new ExportStepView(new ExportStepViewModel(workspace.document(), workspace.evaluation(), export, messages.locale()), messages).root();
        };
    }

    private Node form(Step step) {
        return new FormView(StepForms.sections(step), workspace.document(), messages, words,
                () -> workspace.evaluation().plannerProperty().get().catalog()).root();
    }
}
