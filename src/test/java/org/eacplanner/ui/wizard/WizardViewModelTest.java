package org.eacplanner.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WizardViewModelTest {

    private final WizardViewModel vm = new WizardViewModel();

    @Test
    void startsOnTheFirstStepWithNothingVisited() {
        assertThat(vm.current()).isEqualTo(Step.ORGANIZATION);
        assertThat(vm.canGoBackProperty().get()).isFalse();
        assertThat(vm.canGoNextProperty().get()).isTrue();
        for (Step s : Step.values()) {
            assertThat(vm.state(s)).isEqualTo(StepState.NOT_VISITED);
        }
    }

    @Test
    void nextBackAndJumpMoveAndRememberTheStepLeft() {
        vm.next();
        assertThat(vm.current()).isEqualTo(Step.MICROSOFT);
        assertThat(vm.visited(Step.ORGANIZATION)).isTrue();
        vm.back();
        assertThat(vm.current()).isEqualTo(Step.ORGANIZATION);
        assertThat(vm.visited(Step.MICROSOFT)).isTrue();
        vm.jumpTo(Step.EXPORT);
        assertThat(vm.current()).isEqualTo(Step.EXPORT);
        assertThat(vm.canGoNextProperty().get()).isFalse();
        vm.next();
        assertThat(vm.current()).isEqualTo(Step.EXPORT);
    }

    @Test
    void backOnTheFirstStepStaysAndResetClearsMarks() {
        vm.back();
        assertThat(vm.current()).isEqualTo(Step.ORGANIZATION);
        vm.jumpTo(Step.CHECKLIST);
        vm.setState(Step.MICROSOFT, StepState.HAS_BLOCKERS, StepWhy.of("blockers", 1, "LS-EWS-EXO"));
        vm.reset();
        assertThat(vm.current()).isEqualTo(Step.ORGANIZATION);
        assertThat(vm.state(Step.MICROSOFT)).isEqualTo(StepState.NOT_VISITED);
        assertThat(vm.why(Step.MICROSOFT)).isEqualTo(StepWhy.of("notVisited"));
        assertThat(vm.visited(Step.CHECKLIST)).isFalse();
    }
}
