package org.eacplanner.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.eacplanner.model.Assessment;
import org.eacplanner.storage.RecoverySnapshot;
import org.eacplanner.storage.RecoveryStore;
import org.eacplanner.task.TaskRunner;

/**
 * Every interval (30 s in the app) while there are unsaved changes, writes the assessment to the recovery folder
 * off the FX thread, so a crash loses at most that much work. After a clean save or a discard the snapshot is
 * removed. Writes and removals of one document are serialised, and a removal wins over a write still in flight.
 */
public final class Autosave {

    /** The interval of {@code product.md}. */
    public static final Duration INTERVAL = Duration.seconds(30);
    private final Supplier<RecoveryStore> store;
    private final TaskRunner tasks;
    private final Supplier<State> state;
    private final Timeline timer;
    private final Object lock = new Object();
    private final AtomicInteger generation = new AtomicInteger();

    /** Orders the queued writes and removals (the task runner may run two at once, in any order). */
    private final AtomicLong requested = new AtomicLong();
    private long applied;
    private RecoverySnapshot written;
    private Assessment writtenContent;

    public Autosave(Supplier<RecoveryStore> store, TaskRunner tasks, Duration interval, Supplier<State> state) {
        this.store = store;
        this.tasks = tasks;
        this.state = state;
        this.timer = new Timeline(new KeyFrame(interval, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Looked up when there is something to log: the first logger starts the logging system (start-up time). */
    private static System.Logger log() {
        return System.getLogger(Autosave.class.getName());
    }

    /** What the timer looks at: the document's file (null when never saved), its content and state. */
    public record State(Path file, Assessment assessment, boolean modified, boolean readOnly) {
    }

    /** The recovery folder's store (created on first use, off the path to the first frame). */
    private RecoveryStore store() {
        return store.get();
    }

    public void start() {
        timer.play();
    }

    public void stop() {
        timer.stop();
    }

    /** One autosave now, if there is unsaved work not yet in the recovery folder (the timer calls this). */
    public void tick() {
        State s = state.get();
        if (s == null || s.readOnly()) {
            return;
        }
        if (!s.modified()) {
            if (writtenContent != null) {
                discard();
            }
            return;
        }
        if (s.assessment() == writtenContent) {
            return;
        }
        Assessment content = s.assessment();
        writtenContent = content;
        int mine = generation.get();
        long order = requested.incrementAndGet();
        tasks.run(() -> {
            synchronized (lock) {
                if (generation.get() != mine || order < applied) {
                    return null; // discarded since, or a newer autosave got here first
                }
                RecoverySnapshot next = store().write(s.file(), content);
                if (written != null && !written.file().equals(next.file())) {
                    store().discard(written);
                }
                written = next;
                applied = order;
                return next;
            }
        }, next -> { }, e -> {
            writtenContent = null;
            log().log(System.Logger.Level.WARNING, "autosave failed: " + e.getMessage());
        });
    }

    /** The work was saved cleanly, or the user discarded it: its recovery copy goes. */
    public void discard() {
        generation.incrementAndGet();
        writtenContent = null;
        long order = requested.incrementAndGet();
        tasks.run(() -> {
            synchronized (lock) {
                if (order < applied) {
                    return null; // an autosave of later edits got here first: that copy is wanted
                }
                if (written != null) {
                    store().discard(written);
                    written = null;
                }
                applied = order;
                return null;
            }
        }, x -> { }, e -> log().log(System.Logger.Level.WARNING, "recovery copy not removed: " + e.getMessage()));
    }

    /**
     * The same work goes on in another window (the app rebuilt in another language): this timer stops, and the
     * copy written so far becomes {@code next}'s, to replace or remove.
     */
    public void handOver(Autosave next) {
        stop();
        RecoverySnapshot copy;
        synchronized (lock) {
            copy = written;
            generation.incrementAndGet();
        }
        if (copy != null) {
            next.adopt(copy);
        }
    }

    /** Recovered work is being edited: its snapshot is this document's copy until it is saved or discarded. */
    public void adopt(RecoverySnapshot snapshot) {
        generation.incrementAndGet();
        writtenContent = null;
        synchronized (lock) {
            written = snapshot;
        }
    }
}
