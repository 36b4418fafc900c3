/**
 * Background work, one way: a {@link org.eacplanner.task.TaskRunner} runs a task off the calling thread and
 * delivers its result, failure and progress on the thread it was given (the JavaFX thread in the app), and a task
 * can be cancelled. {@link org.eacplanner.task.TaskRunner#sameThread()} is its twin for tests: everything runs at
 * once on the caller. Every thread the program makes comes from {@link org.eacplanner.task.Threads}. Knows nothing
 * of JavaFX.
 */
package org.eacplanner.task;
