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
        boolean printed = false;
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
                printed = printResults(statement, sql, hasRows, out, forPeople);
            } finally {
                session.running().end();
            }
        } finally {
            if (session.isInteractive()) {
                session.jsonDocument().finish();
            }
            out.flush();
        }
        long elapsedNanos = session.nanoTime() - started;
        if (settings.timing()) {
            PrintWriter timingOut = forPeople ? out : session.err();
            timingOut.println(String.format(Locale.ROOT, "Time: %.3f ms", elapsedNanos / 1_000_000.0));
            timingOut.flush();
        }
        if (forPeople && (printed || !settings.quiet())) {
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

    /** Prints every result of the statement; returns whether anything was printed. */
    private boolean printResults(Statement statement, String sql, boolean hasRows, PrintWriter out, boolean forPeople)
            throws SQLException {
        boolean rows = hasRows;
        boolean printed = false;
        while (true) {
            if (rows) {
                try (ResultSet resultSet = statement.getResultSet()) {
                    Settings settings = session.settings();
                    OutputFormat format = settings.format();
                    long count = ResultPrinter.of(format, settings.printOptions(), session.jsonDocument())
                            .print(resultSet, out);
                    printed = true;
                    if (forPeople && !settings.quiet() && !settings.tuplesOnly()) {
                        out.println(rowCount(count, format == OutputFormat.TABLE ? settings.maxRows() : 0));
                    }
                }
            } else {
                long updateCount = statement.getUpdateCount();
                if (updateCount == -1) {
                    return printed;
                }
                if (forPeople && !session.settings().quiet()) {
                    printed = true;
                    out.println(session.commandTags().describe(statement, sql, updateCount));
                }
            }
            out.flush();
            rows = statement.getMoreResults();
        }
    }

    /** "(3 rows)", or for a table cut to {@code maxRows}: "(20000 rows, 40 shown; \maxrows 0 shows all)". */
    static String rowCount(long count, int maxRows) {
        String rows = count == 1 ? "1 row" : count + " rows";
        if (maxRows > 0 && count > maxRows) {
            return "(" + rows + ", " + maxRows + " shown; \\maxrows 0 shows all)";
        }
        return "(" + rows + ")";
    }
}
