package dev.quiver.console.session;

import dev.quiver.console.output.CommandResultPrinter;
import dev.quiver.console.output.DetailsFooter;
import dev.quiver.console.output.OutputFormat;
import dev.quiver.grammar.ParsingException;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.CopyFrom;
import dev.quiver.grammar.ast.CopyTo;
import dev.quiver.io.Copy;
import dev.quiver.io.CopyResult;
import dev.quiver.console.output.ResultPrinter;
import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs one statement through JDBC and prints what it returns: result sets in the session's format followed by a
 * row count, update counts as command tags (preceded, for FLUSH, FLUSH ALL and COMPACT, by a record of their ids and
 * timestamps in the session's format), then the timing when {@code \timing} is on.
 */
final class StatementExecutor {
    private static final Pattern CHANGES_NAMES = Pattern.compile(
            "(?is)\\s*(CREATE|DROP|ALTER|RENAME|TRUNCATE|USE)\\b.*");

    /**
     * Details that make a command's details worth a record of their own: the ids and timestamps with which a script
     * chains NOWAIT with SHOW FLUSH STATE, SHOW FLUSH ALL STATE or SHOW COMPACTION STATE. A load state alone needs
     * no id to be asked for again (SHOW LOAD STATE OF c), so LOAD and RELEASE keep it in their tag line; writes
     * (timestamps, generated keys) only print their tag.
     */
    private static final Set<String> RESULT_KEYS = Set.of("sealed_segment_ids", "flush_ts", "flush_all_ts",
            "compaction_id", "job_id");

    /** Statements starting with COPY are parsed here to see whether the console runs them. */
    private static final Pattern COPY = Pattern.compile("(?is)\\s*COPY\\b");
    private static final StatementParser PARSER = new StatementParser();

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
        dev.quiver.grammar.ast.Statement copy = copyStatement(sql);
        boolean printed = copy != null ? copy(copy, out, forPeople) : executeOnServer(sql, out, forPeople);
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

    /**
     * The COPY statement of {@code sql}, which the console runs itself (reading or writing the file here, like
     * psql's {@code \copy}); null for every other statement, including EXPLAIN COPY, which the driver explains.
     */
    private static dev.quiver.grammar.ast.@Nullable Statement copyStatement(String sql) {
        if (!COPY.matcher(sql).lookingAt()) {
            return null;
        }
        try {
            dev.quiver.grammar.ast.Statement parsed = PARSER.parse(sql);
            return Copy.handles(parsed) ? parsed : null;
        } catch (ParsingException e) {
            return null;
        }
    }

    /**
     * Runs a COPY here; skipped rows are reported on the error stream, the tag as {@code COPY n}. Returns whether
     * anything was printed.
     */
    private boolean copy(dev.quiver.grammar.ast.Statement copy, PrintWriter out, boolean forPeople) throws SQLException {
        Progress.Handle progress = session.progress().start(copyLabel(copy));
        CopyWatch watch = new CopyWatch(progress);
        session.running().begin(watch::cancel);
        try {
            CopyResult result = Copy.run(session.connection(), copy, session.workingDirectory(), watch);
            for (String problem : result.problems()) {
                session.err().println("skipped " + problem);
            }
            if (result.skipped() > result.problems().size()) {
                session.err().println("skipped " + (result.skipped() - result.problems().size()) + " more rows");
            }
            session.err().flush();
            if (forPeople && !session.settings().quiet()) {
                out.println(result.commandTag() + (result.skipped() == 0 ? "" : " (skipped " + result.skipped()
                        + (result.skipped() == 1 ? " row)" : " rows)")));
                return true;
            }
            return false;
        } finally {
            session.running().end();
            progress.close();
            out.flush();
        }
    }

    /** {@code COPY films} for COPY FROM, {@code COPY TO out.csv} for COPY TO. */
    private static String copyLabel(dev.quiver.grammar.ast.Statement copy) {
        if (copy instanceof CopyFrom from) {
            return "COPY " + from.collection();
        }
        return copy instanceof CopyTo to ? "COPY TO " + to.path() : "COPY";
    }

    private boolean executeOnServer(String sql, PrintWriter out, boolean forPeople) throws SQLException {
        try (Statement statement = session.connection().createStatement()) {
            session.running().begin(statement);
            try {
                boolean hasRows;
                Progress.Handle progress = session.progress().start(CommandTags.leadingWords(sql));
                AtomicReference<@Nullable String> waitingFor = new AtomicReference<>();
                try {
                    session.serverWaits().watch(statement, (what, rows, fraction) -> {
                        waitingFor.set(what);
                        progress.report(rows, fraction);
                    });
                    hasRows = statement.execute(sql);
                } catch (SQLException e) {
                    CancelledWait cancelled = session.running().wasCancelled()
                            ? CancelledWait.of(sql, waitingFor.get(), e) : null;
                    throw cancelled != null ? cancelled : e;
                } finally {
                    progress.close();
                }
                return printResults(statement, sql, hasRows, out, forPeople);
            } finally {
                session.running().end();
            }
        } finally {
            if (session.isInteractive()) {
                session.jsonDocument().finish();
            }
            out.flush();
        }
    }

    /** Whether the details say what a command did (ids, timestamps, a state reached), not just how it went. */
    static boolean isCommandResult(Map<String, Object> details) {
        for (String key : details.keySet()) {
            if (RESULT_KEYS.contains(key)) {
                return true;
            }
        }
        return false;
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
                        // DESCRIBE COLLECTION's collection-level facts, under its fields as psql's \d footers
                        DetailsFooter.lines(session.commandTags().details(statement)).forEach(out::println);
                    }
                }
            } else {
                long updateCount = statement.getUpdateCount();
                if (updateCount == -1) {
                    return printed;
                }
                Map<String, Object> details = session.commandTags().details(statement);
                // Quiet drops the record where people read it (it is the command tag, in detail); scripts reading
                // JSON, CSV or TSV get it always, since that is how they learn a flush_ts or compaction id.
                if (isCommandResult(details) && !(forPeople && session.settings().quiet())) {
                    // A record is a value of its own: it ends the JSON document the rows before it went into.
                    session.jsonDocument().finish();
                    printed = true;
                    new CommandResultPrinter(session.settings().format(), session.settings().printOptions())
                            .print(CommandTags.leadingWords(sql), details, out);
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
