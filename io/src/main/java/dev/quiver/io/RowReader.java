package dev.quiver.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a file's rows one at a time, converted for the target collection. */
interface RowReader extends Closeable {

    /** A row and the line it starts on. */
    record SourceRow(long line, Map<String, @Nullable Object> values) {}

    /**
     * The next row, or null at the end of the file.
     *
     * @throws BadRow when the row cannot be inserted; when {@link BadRow#recoverable()} the next call reads on
     */
    @Nullable SourceRow next() throws BadRow, IOException;
}
