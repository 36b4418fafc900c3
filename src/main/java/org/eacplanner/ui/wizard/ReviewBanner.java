package org.eacplanner.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.eacplanner.common.Messages;
import org.eacplanner.compare.SinceSaved;
import org.eacplanner.model.Assessment;
import org.eacplanner.model.LastEvaluation;
import org.eacplanner.rules.CatalogStamp;
import org.eacplanner.rules.CatalogTexts;
import org.eacplanner.ui.common.Icons;
import org.eacplanner.ui.findings.EvaluationViewModel;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Review mode's banner above every step: why the assessment is read-only, and whether the findings are shown as
 * saved in the file or re-evaluated as of the evaluation date, with how many differ. Hidden while editable.
 */
final class ReviewBanner {

    private final VBox root = new VBox(8);
    private final Label reason = new Label();
    private final Label differences = new Label();
    private final ToggleButton asSaved = new ToggleButton();
    private final ToggleButton reEvaluated = new ToggleButton();
    private final Workspace workspace;
    private final Messages messages;
    private final CatalogTexts words;

    ReviewBanner(Workspace workspace, Messages messages, CatalogTexts words) {
        this.workspace = workspace;
        this.messages = messages;
        this.words = words;
        root.setId("reviewBanner");
        root.getStyleClass().add("review-banner");
        reason.setId("reviewReason");
        reason.setWrapText(true);
        reason.setGraphic(Icons.of(Material2MZ.VISIBILITY));
        reason.setGraphicTextGap(8);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        reason.getStyleClass().add("review-reason");

        ToggleGroup group = new ToggleGroup();
        asSaved.setId("findingsAsSaved");
        reEvaluated.setId("findingsReEvaluated");
        for (ToggleButton b : new ToggleButton[] {asSaved, reEvaluated}) {
            b.setToggleGroup(group);
            b.getStyleClass().add("review-toggle");
        }
        asSaved.getStyleClass().add("left-pill");
        reEvaluated.getStyleClass().add("right-pill");
        reEvaluated.setSelected(true);
        EvaluationViewModel evaluation = workspace.evaluation();
        // A toggle group lets the selected button be clicked off; keep one of the two always chosen.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                evaluation.showSavedProperty().set(now == asSaved);
            }
        });
        evaluation.showSavedProperty().addListener((o, was, now) -> (now ? asSaved : reEvaluated).setSelected(true));
        Label show = new Label(messages.get("review.findings"));
        show.setLabelFor(asSaved);
        HBox toggles = new HBox(0, asSaved, reEvaluated);
        HBox line = new HBox(10, show, toggles);
        line.setAlignment(Pos.CENTER_LEFT);
        differences.setId("reviewDifferences");
        differences.setWrapText(true);
        differences.setMinHeight(Region.USE_PREF_SIZE);
        // Long texts wrap instead of widening the wizard's centre past the window.
        root.setMinWidth(0);
        reason.setMinWidth(0);
        differences.setMinWidth(0);
        root.getChildren().addAll(reason, line, differences);

        workspace.reviewProperty().addListener(o -> update());
        evaluation.sinceSavedProperty().addListener(o -> update());
        update();
    }

    Parent root() {
        return root;
    }

    private void update() {
        Workspace.Review review = workspace.reviewProperty().get();
        root.setVisible(review != null);
        root.setManaged(review != null);
        if (review == null) {
            return;
        }
        reason.setText(switch (review.access()) {
            case NEWER_FORMAT -> messages.get("review.reason.NEWER_FORMAT", review.fileSchemaVersion(),
                    Assessment.SCHEMA_VERSION);
            case NOT_WRITABLE -> messages.get("review.reason.NOT_WRITABLE");
            default -> messages.get("review.reason.REVIEW");
        });
        SinceSaved since = workspace.evaluation().sinceSavedProperty().get();
        LastEvaluation saved = since == null ? null : since.saved();
        asSaved.setDisable(saved == null);
        asSaved.setText(messages.get("review.findings.saved"));
        reEvaluated.setText(messages.get("review.findings.reEvaluated"));
        String asOf = words.display(workspace.evaluation().asOfProperty().get());
        if (since == null || saved == null) {
            differences.setText(messages.get("review.noSaved", asOf));
        } else {
            String when = messages.get("review.savedOn", words.display(saved.asOf()),
                    saved.catalogVersion() == null ? "\u2014" : saved.catalogVersion(), asOf);
            differences.setText(when + " " + (since.isEmpty() ? messages.get("review.same")
                    : messages.get("review.differences", since.added().size(), since.removed().size(),
                            since.changed().size())));
        }
        if (since != null && since.catalogChanged()) {
            differences.setText(differences.getText() + " " + messages.get("review.catalogChanged",
                    savedStamp(saved), words.stamp(workspace.evaluation().plan().stamp())));
        }
    }

    /** The catalog a file was saved with, as far as the file records it (a version 1 file: the version only). */
    private String savedStamp(LastEvaluation saved) {
        if (saved.catalogReviewedOn() == null || saved.catalogSource() == null) {
            return messages.get("review.catalogVersionOnly", saved.catalogVersion() == null ? "\u2014"
                    : saved.catalogVersion());
        }
        return words.stamp(new CatalogStamp(saved.catalogVersion(), saved.catalogReviewedOn(),
                saved.catalogSource()));
    }
}
