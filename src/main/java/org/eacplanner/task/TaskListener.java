package org.eacplanner.task;

import java.util.function.Consumer;

/**
 * Where a task's outcome goes, on the runner's delivery thread: its result, its failure, and (optional) its
 * progress as {@code done}/{@code total} with a message.
 */
public record TaskListener<T>(Consumer<T> onSuccess, Consumer<Throwable> onFailure, Progress onProgress) {

    /** Progress as a task reported it. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, String message);
    }

    public TaskListener {
        onProgress = onProgress == null ? (d, t, m) -> { } : onProgress;
    }

    public static <T> TaskListener<T> of(Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return new TaskListener<>(onSuccess, onFailure, null);
    }
}
