package dev.quiver.io;

import dev.quiver.grammar.StatementFormatter;
import dev.quiver.grammar.ast.CopyFrom;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * COPY ... FROM: reads rows, and every {@code batch_rows} rows sends them as one JDBC batch of
 * {@code INSERT INTO c [PARTITION p] ROWS ?} (one Insert request). With {@code on_error = 'stop'} the first bad row
 * ends the COPY and nothing of its batch is sent; with {@code 'skip'} bad rows are counted and left out, and a batch
 * the server refuses is retried row by row so that only the refused rows are left out.
 */
final class CopyFromRunner {
    private static final Pattern ROW_NUMBER = Pattern.compile("\\brow (\\d+)\\b");

    private final Connection connection;
    private final CopyFrom copy;
    private final CopyOptions options;
    private final Path file;
    private final CopyListener listener;
    private final List<String> problems = new ArrayList<>();
    private long copied;
    private long skipped;

    CopyFromRunner(Connection connection, CopyFrom copy, Path file, CopyListener listener) throws SQLException {
        this.connection = connection;
        this.copy = copy;
        this.options = CopyOptions.of(copy.options(), copy.path());
        this.file = file;
        this.listener = listener;
    }

    CopyResult run() throws SQLException {
        TargetSchema schema = TargetSchema.read(connection, copy.collection());
        String sql = "INSERT INTO " + StatementFormatter.formatName(copy.collection())
                + (copy.partition() == null ? "" : " PARTITION " + StatementFormatter.formatName(copy.partition()))
                + " ROWS ?";
        try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
             Reader in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8));
             RowReader rows = reader(in, schema);
             PreparedStatement insert = connection.prepareStatement(sql)) {
            long size = Files.size(file);
            List<RowReader.SourceRow> batch = new ArrayList<>(Math.min(options.batchRows(), 10_000));
            while (true) {
                if (listener.cancelled()) {
                    throw new CopyCancelledException("COPY cancelled: " + rows(copied) + " went in, none of the "
                            + "batch in flight", copied);
                }
                RowReader.SourceRow row;
                try {
                    row = rows.next();
                } catch (BadRow bad) {
                    if (!options.skip() || !bad.recoverable()) {
                        throw stopped(bad.describe(copy.path()), batch.size(), null);
                    }
                    skip(bad.describe(copy.path()));
                    continue;
                }
                if (row == null) {
                    break;
                }
                batch.add(row);
                if (batch.size() >= options.batchRows()) {
                    send(insert, batch);
                    report(bytes.count(), size);
                }
            }
            send(insert, batch);
            report(size, size);
        } catch (IOException e) {
            throw new CopyException("cannot read " + copy.path() + ": " + e.getMessage(), "58030", copied, e);
        }
        return new CopyResult(copied, skipped, problems);
    }

    private void report(long read, long size) {
        listener.progress(new CopyProgress(copied, skipped, size == 0 ? 1 : Math.min(1, (double) read / size)));
    }

    private RowReader reader(Reader in, TargetSchema schema) throws IOException {
        return switch (options.format()) {
            case CSV -> new CsvRowReader(in, schema, copy.columns(), options);
            case JSON -> new JsonRowReader(in, schema, copy.columns(), false);
            case JSONL -> new JsonRowReader(in, schema, copy.columns(), true);
        };
    }

    private void skip(String problem) {
        skipped++;
        if (problems.size() < Copy.MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private CopyException stopped(String problem, int pending, @Nullable Throwable cause) {
        String message = problem + " (" + rows(copied) + " went in before"
                + (pending > 0 ? "; none of this batch's " + rows(pending) + " did" : "") + ")";
        return cause == null ? new CopyException(message, "22000", copied) : new CopyException(message, "22000", copied, cause);
    }

    private static String rows(long n) {
        return n + (n == 1 ? " row" : " rows");
    }

    private void send(PreparedStatement insert, List<RowReader.SourceRow> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            for (RowReader.SourceRow row : batch) {
                insert.setObject(1, row.values());
                insert.addBatch();
            }
            insert.executeBatch();
            copied += batch.size();
        } catch (SQLException e) {
            insert.clearBatch();
            if (!options.skip()) {
                throw stopped(where(batch, e) + ": " + e.getMessage(), batch.size(), e);
            }
            for (RowReader.SourceRow row : batch) {
                try {
                    insert.setObject(1, row.values());
                    insert.executeUpdate();
                    copied++;
                } catch (SQLException one) {
                    skip(copy.path() + ":" + row.line() + ":1: " + one.getMessage());
                }
            }
        } finally {
            batch.clear();
        }
    }

    /** {@code file:line:1} of the row the server's message names ("row 3" of the batch), else the batch's lines. */
    private String where(List<RowReader.SourceRow> batch, SQLException e) {
        Matcher m = ROW_NUMBER.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            int index = Integer.parseInt(m.group(1)) - 1;
            if (index >= 0 && index < batch.size()) {
                return copy.path() + ":" + batch.get(index).line() + ":1";
            }
        }
        return copy.path() + ":" + batch.get(0).line() + "-" + batch.get(batch.size() - 1).line();
    }
}
