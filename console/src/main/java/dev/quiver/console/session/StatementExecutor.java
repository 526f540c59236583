package dev.quiver.console.session;

import dev.quiver.console.output.OutputFormat;
import dev.quiver.console.output.ResultPrinter;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs one statement through JDBC and prints what it returns: result sets in the session's format followed by a
 * row count, update counts as command tags, then the timing when {@code \timing} is on.
 */
final class StatementExecutor {
    private static final Pattern CHANGES_NAMES = Pattern.compile(
            "(?is)\\s*(CREATE|DROP|ALTER|RENAME|TRUNCATE|USE)\\b.*");

    private final Session session;

    StatementExecutor(Session session) {
        this.session = session;
    }

    /** Runs a statement; its text has not had variables substituted yet. */
    void execute(String text) throws SQLException {
        Settings settings = session.settings();
        String sql = session.variables().substitute(text);
        PrintWriter out = session.results();
        if (settings.echo()) {
            out.println(sql + ";");
            out.flush();
        }
        boolean forPeople = settings.format().isForPeople();
        long started = session.nanoTime();
        try (Statement statement = session.connection().createStatement()) {
            session.running().begin(statement);
            try {
                boolean hasRows;
                Progress.Handle progress = session.progress().start(CommandTags.leadingWords(sql));
                try {
                    hasRows = statement.execute(sql);
                } finally {
                    progress.close();
                }
                printResults(statement, sql, hasRows, out, forPeople);
            } finally {
                session.running().end();
            }
        } finally {
            out.flush();
        }
        long elapsedNanos = session.nanoTime() - started;
        if (settings.timing()) {
            PrintWriter timingOut = forPeople ? out : session.err();
            timingOut.println(String.format(Locale.ROOT, "Time: %.3f ms", elapsedNanos / 1_000_000.0));
            timingOut.flush();
        }
        if (forPeople) {
            out.println();
            out.flush();
        }
        String warning = session.flushWatch().record(sql, session.nanoTime() / 1_000_000);
        if (warning != null) {
            session.err().println(warning);
            session.err().flush();
        }
        if (CHANGES_NAMES.matcher(sql).matches()) {
            session.namesChanged();
        }
    }

    private void printResults(Statement statement, String sql, boolean hasRows, PrintWriter out, boolean forPeople)
            throws SQLException {
        boolean rows = hasRows;
        while (true) {
            if (rows) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    OutputFormat format = session.settings().format();
                    long count = ResultPrinter.of(format, session.settings().printOptions()).print(resultSet, out);
                    if (forPeople) {
                        out.println(count == 1 ? "(1 row)" : "(" + count + " rows)");
                    }
                }
            } else {
                long updateCount = statement.getUpdateCount();
                if (updateCount == -1) {
                    return;
                }
                if (forPeople) {
                    out.println(session.commandTags().describe(statement, sql, updateCount));
                }
            }
            out.flush();
            rows = statement.getMoreResults();
        }
    }
}
