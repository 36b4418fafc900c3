package org.eacplanner.task;

/** What a running task may tell and ask. */
public interface TaskProgress {

    /** How far the work is, {@code done} of {@code total} (delivered to the task's listener, if any). */
    void update(long done, long total, String message);

    /** Whether the task was cancelled: the work should stop, its result is dropped. */
    boolean isCancelled();
}
