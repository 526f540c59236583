package dev.quiver.io;

import dev.quiver.grammar.ast.CopyFrom;
import dev.quiver.grammar.ast.CopyTo;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs COPY statements on the client, over any JDBC connection to Quiver or Milvus (psql's {@code \copy}): the
 * file is opened here, relative paths against a directory the caller gives, and rows go through ordinary
 * statements ({@code INSERT ... ROWS ?} batches, SELECT). Thread-safe; uses the connection from the calling thread.
 */
public final class Copy {
    /** At most this many reasons for skipped rows are kept in a {@link CopyResult}. */
    public static final int MAX_PROBLEMS = 10;

    private Copy() {
    }

    /** Whether {@code statement} (or the statement inside its TIMEOUT) is a COPY this class runs. */
    public static boolean handles(Statement statement) {
        Statement bare = statement instanceof Timed timed ? timed.statement() : statement;
        return bare instanceof CopyFrom || bare instanceof CopyTo;
    }

    /**
     * Runs a COPY.
     *
     * @param connection the connection the rows go through
     * @param statement  a {@link CopyFrom} or {@link CopyTo}; inside a TIMEOUT it is refused (0A000), since each
     *                   batch runs with the connection's own timeout
     * @param directory  the directory relative paths resolve against
     * @throws CopyException when a row is bad (naming file:line:column and the rows that went in before) or the file
     *                       cannot be read or written
     * @throws SQLException  when a statement fails otherwise, e.g. the collection does not exist
     */
    public static CopyResult run(Connection connection, Statement statement, Path directory) throws SQLException {
        return run(connection, statement, directory, CopyListener.none());
    }

    /**
     * Runs a COPY, telling {@code listener} how far it got and stopping when it says so.
     *
     * @param listener sees the progress after each batch and is asked between rows whether to stop
     * @throws CopyCancelledException when the listener stopped the COPY (state {@code 57014}); the rows of the
     *                                batches sent before are in (FROM), or written to the file, which is left as far as
     *                                it got (TO)
     * @see #run(Connection, Statement, Path)
     */
    public static CopyResult run(Connection connection, Statement statement, Path directory, CopyListener listener)
            throws SQLException {
        if (statement instanceof Timed) {
            throw new SQLException("COPY does not take TIMEOUT: each batch runs with the connection's timeout "
                    + "(SET timeout = ...)", "0A000");
        }
        Statement bare = statement;
        if (bare instanceof CopyFrom from) {
            return new CopyFromRunner(connection, from, directory.resolve(from.path()), listener).run();
        }
        if (bare instanceof CopyTo to) {
            return new CopyToRunner(connection, to, directory.resolve(to.path()), listener).run();
        }
        throw new IllegalArgumentException("not a COPY statement: " + bare.getClass().getSimpleName());
    }
}
