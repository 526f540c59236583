package dev.quiver.console.session;

import dev.quiver.io.CopyListener;
import dev.quiver.io.CopyProgress;

/**
 * Connects a COPY the console runs to its progress line and to Ctrl-C: reports go to the line, and
 * {@link #cancel()} (from the Ctrl-C handler's thread) makes the COPY stop at its next batch boundary.
 */
final class CopyWatch implements CopyListener {
    private final Progress.Handle progress;
    private volatile boolean cancelled;

    CopyWatch(Progress.Handle progress) {
        this.progress = progress;
    }

    @Override
    public void progress(CopyProgress done) {
        progress.report(done.rows(), done.fraction());
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }
}
