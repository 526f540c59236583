package dev.quiver.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.session.Progress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The progress line's text, its delay, its redraw limit and its removal, on a clock the test moves (the timer's
 * redraws read the same clock, so they fall in the same slots).
 */
class TerminalProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final List<String> drawn = new CopyOnWriteArrayList<>();
    private final AtomicInteger cleared = new AtomicInteger();

    private final ProgressSink sink = new ProgressSink() {
        @Override
        public void show(String line) {
            drawn.add(line);
        }

        @Override
        public void clear() {
            cleared.incrementAndGet();
        }
    };

    private void at(long millis) {
        now.set(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void linesShowTheShareRowsRateAndTimeLeft() {
        assertThat(ProgressLine.format(1, "COPY films", 1500, 0.42, 0.5)).isEqualTo(
                "⠙ COPY films   42% [████████░░░░░░░░░░░░]  1,500 rows  3,000 rows/s  ETA 0:01  (Ctrl-C cancels)");
        assertThat(ProgressLine.format(0, "COPY TO out.csv", 1, -1, 2.06))
                .isEqualTo("⠋ COPY TO out.csv  1 row  0 rows/s  2.1s  (Ctrl-C cancels)");
        assertThat(ProgressLine.format(10, "LOAD COLLECTION", -1, -1, 2.1))
                .isEqualTo("⠋ LOAD COLLECTION 2.1s  (Ctrl-C cancels)");
        assertThat(ProgressLine.format(2, "LOAD COLLECTION", -1, 1, 3))
                .isEqualTo("⠹ LOAD COLLECTION  100% [████████████████████]  3.0s  (Ctrl-C cancels)");
        assertThat(ProgressLine.clock(3)).isEqualTo("0:03");
        assertThat(ProgressLine.clock(760)).isEqualTo("12:40");
        assertThat(ProgressLine.clock(3723)).isEqualTo("1:02:03");
    }

    @Test
    void nothingIsDrawnBeforeTheDelayAndAtMostOneLineEveryHundredMilliseconds() {
        TerminalProgress progress = new TerminalProgress(sink, now::get);
        at(0);
        Progress.Handle handle = progress.start("COPY films");
        at(200);
        handle.report(100, 0.1);
        assertThat(drawn).isEmpty();
        for (int millis = 400; millis <= 900; millis += 10) {
            at(millis);
            handle.report(millis, 0.5);
        }
        // one line per 100 ms slot from 400 to 900 at most, however often the statement reported (and the timer)
        assertThat(drawn).hasSizeBetween(1, 6);
        assertThat(drawn.get(0)).contains("COPY films   50%");
        handle.close();
        assertThat(cleared).hasValue(1);
        at(2000);
        handle.report(5000, 1);
        assertThat(drawn).hasSizeBetween(1, 6).noneMatch(line -> line.contains("5,000"));
    }

    @Test
    void aQuickStatementLeavesNothingToErase() {
        TerminalProgress progress = new TerminalProgress(sink, now::get);
        Progress.Handle handle = progress.start("SHOW VERSION");
        handle.close();
        assertThat(drawn).isEmpty();
        assertThat(cleared).hasValue(0);
    }
}
