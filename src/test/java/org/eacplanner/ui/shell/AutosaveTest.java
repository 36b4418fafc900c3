package org.eacplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.RecoveryStore;
import org.eacplanner.task.BackgroundTask;
import org.eacplanner.task.TaskHandle;
import org.eacplanner.task.TaskListener;
import org.eacplanner.task.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Autosave writes and removals run on a pool and may run in either order; the later request wins. Tasks are
 * queued here and run by hand, in the order the test picks.
 */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {

    @TempDir
    Path dir;

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final AtomicReference<Autosave.State> state = new AtomicReference<>();

    /** Work waits in {@link #queue} until the test runs it, so the test decides the order. */
    private final TaskRunner queued = new TaskRunner() {
        @Override
        public <T> TaskHandle start(BackgroundTask<T> work, TaskListener<T> listener) {
            queue.add(() -> {
                T result;
                try {
                    result = work.call(null);
                } catch (Exception e) {
                    listener.onFailure().accept(e);
                    return;
                }
                listener.onSuccess().accept(result);
            });
            return null;
        }
    };

    @Start
    void start(Stage stage) {
        // a toolkit for the autosave's timeline; no window needed
    }

    private Autosave autosave() {
        return new Autosave(() -> new RecoveryStore(dir), queued, Duration.hours(1), state::get);
    }

    private void edited(String id) {
        state.set(new Autosave.State(dir.resolve("acme.eacplan.json"), Assessment.empty(id, Instant.EPOCH), true, false));
    }

    @Test
    void aRemovalOvertakenByTheAutosaveOfLaterEditsKeepsThatCopy() throws IOException {
        Autosave autosave = autosave();
        edited("first");
        autosave.tick();
        queue.poll().run();
        assertThat(copies()).hasSize(1);

        autosave.discard();              // saved
        Runnable removal = queue.poll();
        edited("second");                // edited again
        autosave.tick();
        queue.poll().run();              // the new autosave runs first
        removal.run();                   // then the older removal

        assertThat(copies()).singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("\"second\""));
    }

    @Test
    void anAutosaveOvertakenByALaterRemovalWritesNothing() throws IOException {
        Autosave autosave = autosave();
        edited("first");
        autosave.tick();
        Runnable write = queue.poll();
        autosave.discard();
        queue.poll().run();              // the removal runs first
        write.run();                     // then the older write
        assertThat(copies()).isEmpty();
    }

    @Test
    void handingOverPassesTheCopySoTheNextWindowRemovesIt() throws IOException {
        Autosave first = autosave();
        edited("first");
        first.tick();
        queue.poll().run();
        Autosave second = autosave();
        first.handOver(second);
        second.discard();
        queue.poll().run();
        assertThat(copies()).isEmpty();
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".recovery.json")).toList();
        }
    }
}
