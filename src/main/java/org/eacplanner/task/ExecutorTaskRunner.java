package org.eacplanner.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Background work on threads this runner owns (two daemon workers), its outcome delivered
 * through {@code deliver} (in the app: the JavaFX thread). {@link #close()} stops it; work started after that is
 * dropped.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {


    private final Executor deliver;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Threads.daemon("eac-planner-worker"));

    public ExecutorTaskRunner(Executor deliver) {
        this.deliver = deliver;
    }

    @Override
    public <T> TaskHandle start(BackgroundTask<T> task, TaskListener<T> listener) {
        Handle handle = new Handle();
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(long done, long total, String message) {
                if (!handle.isCancelled()) {
                    deliver.execute(() -> {
                        if (!handle.isCancelled()) {
                            listener.onProgress().update(done, total, message);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled();
            }
        };
        try {
            handle.future = workers.submit(() -> {
                try {
                    T result = task.call(progress);
                    deliver.execute(() -> handle.finish(() -> listener.onSuccess().accept(result)));
                } catch (Throwable e) {
                    deliver.execute(() -> handle.finish(() -> listener.onFailure().accept(e)));
                }
            });
        } catch (RejectedExecutionException closed) {
            handle.cancel(); // the app is exiting: late work (an autosave tick) is dropped
        }
        return handle;
    }

    /** Lets queued work finish briefly (an autosave copy being removed after Exit with Discard), then stops. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    private static final class Handle implements TaskHandle {
        private volatile Future<?> future;
        private volatile boolean cancelled;
        private volatile boolean done;

        /** Delivers an outcome unless the task was cancelled meanwhile (runs on the delivery thread). */
        void finish(Runnable delivery) {
            done = true;
            if (!cancelled) {
                delivery.run();
            }
        }

        @Override
        public void cancel() {
            if (done) {
                return;
            }
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            Future<?> f = future;
            return done || cancelled && (f == null || f.isDone());
        }
    }
}
