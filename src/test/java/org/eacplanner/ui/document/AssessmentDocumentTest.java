package org.eacplanner.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.eacplanner.edit.Edits;
import org.eacplanner.model.Assessment;
import org.eacplanner.rules.FieldPath;
import org.junit.jupiter.api.Test;

/** The document is a value with histories: undo and redo step through the values, a new edit forgets the redo. */
class AssessmentDocumentTest {

    private static final FieldPath TITLE = FieldPath.of("title");

    private final AssessmentDocument document = new AssessmentDocument(
            Assessment.empty("d-1", Instant.parse("2026-12-01T00:00:00Z")));

    private void title(String t) {
        document.apply(Edits.answer(TITLE, t, null));
    }

    private String title() {
        return document.assessment().title();
    }

    @Test
    void undoAndRedoStepThroughTheValuesAndANewEditForgetsTheRedo() {
        Assessment start = document.assessment();
        title("one");
        title("two");
        title("two");
        assertThat(document.canRedoProperty().get()).isFalse();

        document.undo();
        assertThat(title()).isEqualTo("one");
        document.undo();
        assertThat(document.assessment()).as("the very value it started with").isSameAs(start);
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isTrue();

        document.redo();
        document.redo();
        assertThat(title()).isEqualTo("two");
        assertThat(document.canRedoProperty().get()).isFalse();
        document.redo();
        assertThat(title()).as("nothing more to redo").isEqualTo("two");

        document.undo();
        title("three");
        assertThat(document.canRedoProperty().get()).as("a new edit forgets the undone one").isFalse();
        document.undo();
        assertThat(title()).isEqualTo("one");
        assertThat(document.modifiedProperty().get()).isTrue();
    }

    @Test
    void aNewOrOpenedAssessmentHasNoHistoryAndReviewModeTakesNoEdit() {
        title("one");
        document.undo();
        document.replace(Assessment.empty("d-2", Instant.parse("2026-12-02T00:00:00Z")), true);
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isFalse();
        assertThatThrownBy(() -> title("x")).isInstanceOf(IllegalStateException.class);
        assertThat(document.modifiedProperty().get()).isFalse();
    }
}
