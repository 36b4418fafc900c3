package org.eacplanner.ui.wizard;

import java.util.List;

/** Why a step has its mark, as a UI bundle key ({@code wizard.why.*}) and its arguments; worded where shown. */
public record StepWhy(String key, List<Object> args) {

    public StepWhy {
        args = List.copyOf(args);
    }

    public static StepWhy of(String key, Object... args) {
        return new StepWhy("wizard.why." + key, List.of(args));
    }
}
