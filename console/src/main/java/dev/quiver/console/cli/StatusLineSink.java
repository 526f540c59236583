package dev.quiver.console.cli;

import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.Status;
import org.jspecify.annotations.Nullable;

/**
 * The progress line as JLine's {@link Status} line: the bottom row of the terminal is kept for it (a scroll region
 * above it), so output printed meanwhile, such as COPY's skipped rows, scrolls above it and is never overwritten;
 * JLine fits the line to the terminal's width. Chosen over a progress-bar library because the console already owns
 * the JLine terminal its line reader uses, and {@code Status} is made to share that terminal with the reader; it
 * needs a terminal that can set a scroll region and address the cursor ({@link #supports}).
 */
final class StatusLineSink implements ProgressSink {
    private final Terminal terminal;
    private @Nullable Size size;

    StatusLineSink(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Whether {@code terminal} can show a status line: cursor addressing, a scroll region and a known size. */
    static boolean supports(Terminal terminal) {
        return terminal.getStringCapability(Capability.change_scroll_region) != null
                && terminal.getStringCapability(Capability.save_cursor) != null
                && terminal.getStringCapability(Capability.restore_cursor) != null
                && terminal.getStringCapability(Capability.cursor_address) != null
                && terminal.getSize().getRows() > 1 && terminal.getSize().getColumns() > 0
                && Status.getStatus(terminal, true) != null;
    }

    @Override
    public void show(String line) {
        Status status = Status.getStatus(terminal, true);
        if (status != null) {
            // The window may have been resized since the status line was made (at its first use).
            Size now = terminal.getSize();
            if (!now.equals(size)) {
                status.resize(now);
                size = now;
            }
            status.update(List.of(new AttributedString(line)));
        }
    }

    @Override
    public void clear() {
        Status status = Status.getStatus(terminal, false);
        if (status != null) {
            status.update(List.of());
        }
    }
}
