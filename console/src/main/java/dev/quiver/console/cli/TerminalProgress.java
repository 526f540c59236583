package dev.quiver.console.cli;

import dev.quiver.console.session.Progress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The progress line on a terminal, for statements that take longer than {@value #DELAY_MILLIS} ms (COPY, LOAD,
 * FLUSH, CREATE INDEX, large INSERTs): a spinner with the elapsed time, and what the statement reports (the share
 * done, rows, rows/s, the time left). It is redrawn at most every {@value #REDRAW_MILLIS} ms, on a timer and when
 * the statement reports, and removed when the statement ends, so it never mixes with the results. Thread-safe.
 */
final class TerminalProgress implements Progress {
    static final long DELAY_MILLIS = 300;
    static final long REDRAW_MILLIS = 100;

    private final ProgressSink sink;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quiver-progress");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param sink     where the line is drawn
     * @param nanoTime the clock of the delay, the redraw limit and the rates
     */
    TerminalProgress(ProgressSink sink, LongSupplier nanoTime) {
        this.sink = sink;
        this.nanoTime = nanoTime;
    }

    @Override
    public Handle start(String label) {
        Running running = new Running(label, nanoTime.getAsLong());
        running.ticks = timer.scheduleAtFixedRate(running::draw, DELAY_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        return running;
    }

    private final class Running implements Handle {
        private final String label;
        private final long started;
        private volatile @Nullable ScheduledFuture<?> ticks;
        private long rows = -1;
        private double fraction = -1;
        private long drawnAt;
        private int frame;
        private boolean shown;
        private boolean closed;

        Running(String label, long started) {
            this.label = label;
            this.started = started;
        }

        @Override
        public void report(long doneRows, double doneFraction) {
            synchronized (TerminalProgress.this) {
                rows = doneRows;
                fraction = doneFraction;
            }
            draw();
        }

        void draw() {
            synchronized (TerminalProgress.this) {
                long now = nanoTime.getAsLong();
                if (closed || now - started < TimeUnit.MILLISECONDS.toNanos(DELAY_MILLIS)
                        || (shown && now - drawnAt < TimeUnit.MILLISECONDS.toNanos(REDRAW_MILLIS))) {
                    return;
                }
                sink.show(ProgressLine.format(frame++, label, rows, fraction, (now - started) / 1e9));
                drawnAt = now;
                shown = true;
            }
        }

        @Override
        public void close() {
            ScheduledFuture<?> scheduled = ticks;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            synchronized (TerminalProgress.this) {
                closed = true;
                if (shown) {
                    sink.clear();
                }
            }
        }
    }
}
