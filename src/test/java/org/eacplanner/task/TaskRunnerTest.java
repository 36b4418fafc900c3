package org.eacplanner.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {

    /** The delivery thread of these tests (the JavaFX thread in the app). */
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Threads.daemon("delivery"));
    private final ExecutorTaskRunner runner = new ExecutorTaskRunner(delivery);

    @AfterEach
    void stop() {
        runner.close();
        delivery.shutdownNow();
    }

    @Test
    void theResultAndTheProgressArriveOnTheDeliveryThreadInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<String> thread = new CompletableFuture<>();
        CompletableFuture<Integer> result = new CompletableFuture<>();
        runner.start(progress -> {
            progress.update(1, 2, "half");
            progress.update(2, 2, "all");
            return 42;
        }, new TaskListener<>(r -> {
            thread.complete(Thread.currentThread().getName());
            result.complete(r);
        }, result::completeExceptionally, (done, total, message) -> seen.add(done + "/" + total + " " + message)));

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(42);
        assertThat(thread.get()).startsWith("delivery");
        assertThat(seen).containsExactly("1/2 half", "2/2 all");
    }

    @Test
    void aCancelledTaskIsInterruptedAndDeliversNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        List<Object> delivered = new CopyOnWriteArrayList<>();
        TaskHandle handle = runner.start(progress -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.complete(progress.isCancelled());
                throw e;
            }
            return "never";
        }, TaskListener.of(delivered::add, delivered::add));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThat(interrupted.get(5, TimeUnit.SECONDS)).as("the work sees it was cancelled").isTrue();
        assertThat(handle.isCancelled()).isTrue();
        runner.close(); // waits for the worker to end, so whatever it delivered is queued before the marker
        CompletableFuture<Void> marker = new CompletableFuture<>();
        delivery.execute(() -> marker.complete(null));
        marker.get(5, TimeUnit.SECONDS);
        assertThat(delivered).isEmpty();
    }

    @Test
    void aFailureIsDelivered() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        runner.run(() -> {
            throw new IllegalStateException("disk full");
        }, r -> { }, failure::complete);
        assertThat(failure.get(5, TimeUnit.SECONDS)).hasMessage("disk full");
    }

    @Test
    void workAfterCloseIsDropped() {
        runner.close();
        TaskHandle handle = runner.run(() -> "late", r -> { }, e -> { });
        assertThat(handle.isCancelled()).isTrue();
    }

    @Test
    void theSameThreadTwinRunsTheWorkItsProgressAndItsOutcomeAtOnce() {
        TaskRunner twin = TaskRunner.sameThread();
        List<String> seen = new CopyOnWriteArrayList<>();
        TaskHandle done = twin.start(progress -> {
            progress.update(1, 3, "one");
            return Thread.currentThread().getName();
        }, new TaskListener<>(seen::add, e -> seen.add("failed"), (d, t, m) -> seen.add(m)));
        assertThat(seen).containsExactly("one", Thread.currentThread().getName());
        assertThat(done.isDone()).isTrue();

        twin.run(() -> {
            throw new IllegalStateException("refused");
        }, r -> seen.add("delivered"), e -> seen.add(e.getMessage()));
        assertThat(seen).endsWith("refused").doesNotContain("delivered");
    }
}
