package dev.quiver.console.output;

import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON document of {@code --format json} output: a single array holding the rows of every result, in
 * order, so that a script with several queries still prints one document ({@code jq} reads it) rather than
 * arrays back to back. Opened by the first result, closed by {@link #finish()}: at the end of the run, before the
 * output moves elsewhere ({@code \o}) or the format changes, and after each statement of an interactive
 * session. Not thread-safe: owned by the session's thread.
 */
public final class JsonDocument {
    private @Nullable PrintWriter out;
    private boolean anyRow;

    /** Starts the document on {@code writer} unless it is open already. */
    void begin(PrintWriter writer) {
        if (out == null) {
            out = writer;
            out.print('[');
        }
    }

    void row(CharSequence object) {
        if (out == null) {
            throw new IllegalStateException("row before begin");
        }
        out.print(anyRow ? ",\n  " : "\n  ");
        out.print(object);
        anyRow = true;
    }

    /** Closes the array when one is open; the next result starts a new document. */
    public void finish() {
        if (out != null) {
            out.print(anyRow ? "\n]\n" : "]\n");
            out.flush();
            out = null;
            anyRow = false;
        }
    }
}
