package org.eacplanner.task;

/** Work that may report how far it is and should stop soon after {@link TaskProgress#isCancelled()} turns true. */
@FunctionalInterface
public interface BackgroundTask<T> {

    T call(TaskProgress progress) throws Exception;
}
