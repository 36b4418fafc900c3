package org.eacplanner.probe;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stops one probe: {@link #cancel()} (the admin pressed Cancel) or {@link #timeOut()} (the whole-probe limit
 * passed) closes everything the probe registered (OkHttp calls, TLS sockets) so that blocked I/O ends at once.
 */
public final class CancelToken {

    /** Why a probe stopped early. */
    public enum Reason { CANCELLED, TIMED_OUT }

    private final List<Closeable> open = new ArrayList<>();
    private Reason reason;

    /** Registers something to close on cancel; closes it at once when already cancelled. */
    public void register(Closeable c) {
        boolean closeNow;
        synchronized (this) {
            closeNow = reason != null;
            if (!closeNow) {
                open.add(c);
            }
        }
        if (closeNow) {
            closeQuietly(c);
        }
    }

    public synchronized void unregister(Closeable c) {
        open.remove(c);
    }

    public void cancel() {
        stop(Reason.CANCELLED);
    }

    public void timeOut() {
        stop(Reason.TIMED_OUT);
    }

    public synchronized boolean isStopped() {
        return reason != null;
    }

    public synchronized Reason reason() {
        return reason;
    }

    /** Throws when stopped: called between steps so that a stopped probe does not start new work. */
    public void check() {
        Reason r = reason();
        if (r != null) {
            throw new ProbeProblem.Stopped(r);
        }
    }

    private void stop(Reason why) {
        List<Closeable> toClose;
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
            toClose = new ArrayList<>(open);
            open.clear();
        }
        // last registered first: the probe's sockets and calls close before the runner reports the stop
        Collections.reverse(toClose);
        toClose.forEach(CancelToken::closeQuietly);
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing to stop: nothing more to do
        }
    }
}
