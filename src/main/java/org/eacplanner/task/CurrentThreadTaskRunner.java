package org.eacplanner.task;

/** Runs everything at once on the calling thread (view-model tests: no waiting, no threads). */
final class CurrentThreadTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle start(BackgroundTask<T> task, TaskListener<T> listener) {
        Handle handle = new Handle();
        T result;
        try {
            result = BlockingCalls.inTask(() -> task.call(new TaskProgress() {
                @Override
                public void update(long done, long total, String message) {
                    if (!handle.cancelled) {
                        listener.onProgress().update(done, total, message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return handle.cancelled;
                }
            }));
        } catch (Exception e) {
            handle.done = true;
            if (!handle.cancelled) {
                listener.onFailure().accept(e);
            }
            return handle;
        }
        handle.done = true;
        if (!handle.cancelled) {
            listener.onSuccess().accept(result);
        }
        return handle;
    }

    /** Cancelling from inside the task (a progress listener) drops its outcome, as on a real runner. */
    private static final class Handle implements TaskHandle {
        private boolean cancelled;
        private boolean done;

        @Override
        public void cancel() {
            if (!done) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
