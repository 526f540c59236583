package dev.quiver.console.cli;

import dev.quiver.console.session.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A spinner line with the elapsed time, on a terminal, for statements that take longer than
 * {@value #DELAY_MILLIS} ms (LOAD, FLUSH, CREATE INDEX, large INSERTs). The line is erased when the statement
 * ends, so it never mixes with the results. Thread-safe.
 */
final class SpinnerProgress implements Progress {
    static final long DELAY_MILLIS = 300;
    private static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private final PrintStream terminal;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quiver-progress");
        thread.setDaemon(true);
        return thread;
    });

    SpinnerProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Override
    public Handle start(String label) {
        long started = System.nanoTime();
        int[] frame = {0};
        boolean[] shown = {false};
        ScheduledFuture<?> ticks = timer.scheduleAtFixedRate(() -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            synchronized (terminal) {
                terminal.print("\r" + FRAMES.charAt(frame[0]++ % FRAMES.length()) + " " + label + " "
                        + String.format(Locale.ROOT, "%.1fs", seconds) + "  (Ctrl-C cancels)\u001b[K");
                terminal.flush();
                shown[0] = true;
            }
        }, DELAY_MILLIS, 100, TimeUnit.MILLISECONDS);
        return () -> {
            ticks.cancel(false);
            synchronized (terminal) {
                if (shown[0]) {
                    terminal.print("\r\u001b[K");
                    terminal.flush();
                }
            }
        };
    }
}
