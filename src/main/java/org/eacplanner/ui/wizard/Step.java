package org.eacplanner.ui.wizard;

/** The wizard's steps, in the order of product.md. */
public enum Step {
    ORGANIZATION("organization"),
    MICROSOFT("microsoft"),
    LIGHTNING_SYNC("lightningsync"),
    EAC("eac"),
    LIVE_CHECKS("livechecks"),
    FINDINGS("findings"),
    CHECKLIST("checklist"),
    EXPORT("export");

    private final String key;

    Step(String key) {
        this.key = key;
    }

    /** The step's message-key part, e.g. {@code step.organization.title}. */
    public String key() {
        return key;
    }

    /**
     * Whether the whole step changes the inventory (its questions, or live checks that fill them in): review mode
     * disables all of it.
     */
    public boolean takesAnswers() {
        return ordinal() <= LIVE_CHECKS.ordinal();
    }

    public int number() {
        return ordinal() + 1;
    }
}
