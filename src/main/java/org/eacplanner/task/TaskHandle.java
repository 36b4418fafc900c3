package org.eacplanner.task;

/** A started task: it can be cancelled (its result and failure are then never delivered). */
public interface TaskHandle {

    /** Asks the work to stop (interrupting it) and drops its result. Does nothing once the task has ended. */
    void cancel();

    boolean isCancelled();

    /** Whether the task has ended: delivered, failed or cancelled. */
    boolean isDone();
}
