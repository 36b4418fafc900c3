package org.eacplanner.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the caller's thread and delivers the outcome on the runner's delivery thread. The app uses an
 * {@link ExecutorTaskRunner} that delivers on the JavaFX thread; tests use {@link #sameThread()}.
 */
public interface TaskRunner {

    /** Starts {@code task}; its outcome and progress go to {@code listener}. */
    <T> TaskHandle start(BackgroundTask<T> task, TaskListener<T> listener);

    /** Starts work that reports no progress. */
    default <T> TaskHandle run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return start(progress -> work.call(), TaskListener.of(onSuccess, onFailure));
    }

    /** The twin for tests: the work, its progress and its outcome run at once on the calling thread. */
    static TaskRunner sameThread() {
        return new CurrentThreadTaskRunner();
    }
}
