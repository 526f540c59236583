package dev.quiver.io;

import java.util.List;

/**
 * What a COPY did.
 *
 * @param rows     the rows inserted (FROM) or written (TO)
 * @param skipped  the rows skipped with {@code on_error = 'skip'}
 * @param problems the first {@value Copy#MAX_PROBLEMS} reasons rows were skipped, each {@code file:line:column: reason}
 */
public record CopyResult(long rows, long skipped, List<String> problems) {
    public CopyResult {
        problems = List.copyOf(problems);
    }

    /** The command tag, {@code COPY n}, as psql prints it. */
    public String commandTag() {
        return "COPY " + rows;
    }
}
