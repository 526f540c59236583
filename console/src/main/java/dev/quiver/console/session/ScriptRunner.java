package dev.quiver.console.session;

import dev.quiver.grammar.IncrementalSplitter;
import dev.quiver.grammar.ScriptStatement;
import dev.quiver.io.CopyCancelledException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Runs one script of a session: reads it line by line, runs each statement as soon as its semicolon has been read,
 * runs meta-commands (lines starting with a backslash between statements), and applies the error policy. The
 * statements are cut out by the grammar's {@link IncrementalSplitter}, so a script is split in one pass and a
 * {@code ;} inside a string or comment does not end a statement; only meta-command lines are the runner's own.
 */
final class ScriptRunner {
    private final Session session;
    private final @Nullable String source;
    private final Path directory;
    private final MetaCommands metaCommands;

    ScriptRunner(Session session, @Nullable String source, Path directory) {
        this.session = session;
        this.source = source;
        this.directory = directory;
        this.metaCommands = new MetaCommands(session);
    }

    Flow run(BufferedReader reader) throws IOException {
        IncrementalSplitter splitter = new IncrementalSplitter();
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (startsMetaCommand(splitter, line)) {
                splitter.feed("\n");
                Flow flow = metaCommands.run(line.strip(), directory, source, lineNumber);
                if (flow != Flow.CONTINUE) {
                    return flow;
                }
                continue;
            }
            for (ScriptStatement statement : splitter.feed(line + "\n")) {
                Flow flow = execute(statement);
                if (flow != Flow.CONTINUE) {
                    return flow;
                }
            }
        }
        ScriptStatement last = splitter.finish();
        return last == null ? Flow.CONTINUE : execute(last);
    }

    /** A line starting with a backslash is a meta-command when it is not part of a statement, string or comment. */
    private static boolean startsMetaCommand(IncrementalSplitter splitter, String line) {
        return !splitter.isInsideStatement() && splitter.context() == IncrementalSplitter.Context.CODE
                && line.stripLeading().startsWith("\\");
    }

    private Flow execute(ScriptStatement statement) {
        try {
            session.execute(statement.text());
            return Flow.CONTINUE;
        } catch (SQLException | RuntimeException e) {
            if (session.running().wasCancelled()) {
                session.running().clearCancelled();
                // At the prompt Ctrl-C cancels the one statement; in a file (also one run with \i at the prompt)
                // it ends the whole file, as psql does.
                boolean typed = session.isInteractive() && source == null;
                // A COPY says how far it got ("COPY cancelled: 3000 rows went in, ..."), a wait that the server
                // goes on ("Cancelled: stopped waiting for collection films to load; the server goes on ...").
                String said = e instanceof CopyCancelledException copy ? copy.getMessage()
                        : e instanceof CancelledWait wait ? (typed ? "Cancelled: " : "cancelled: ") + wait.getMessage()
                        : typed ? "Cancelled." : "cancelled";
                session.err().println(typed ? said : location(statement) + said
                        + (session.isInteractive() ? "; the rest of " + source + " is not run" : ""));
                session.err().flush();
                return typed ? Flow.CONTINUE : Flow.INTERRUPTED;
            }
            session.recordFailure();
            session.err().println(ErrorReport.describe(source, statement, e,
                    () -> ErrorHints.collectionNames(session.connection())));
            session.err().flush();
            boolean stop = !session.isInteractive() && session.settings().errorPolicy() == ErrorPolicy.STOP;
            return stop ? Flow.STOP : Flow.CONTINUE;
        }
    }

    private String location(ScriptStatement statement) {
        return (source == null ? "" : source + ":" + statement.startLine() + ":" + statement.startColumn() + ": ");
    }
}
