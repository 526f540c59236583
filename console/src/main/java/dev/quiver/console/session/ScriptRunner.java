package dev.quiver.console.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Runs one script of a session: reads it line by line, runs each statement as soon as its semicolon has been read,
 * runs meta-commands (lines starting with a backslash between statements), and applies the error policy.
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
        StatementScanner scanner = new StatementScanner();
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (!scanner.hasPendingStatement() && !scanner.insideQuotesOrComment()
                    && line.stripLeading().startsWith("\\")) {
                scanner.feed("\n");
                Flow flow = metaCommands.run(line.strip(), directory, source, lineNumber);
                if (flow != Flow.CONTINUE) {
                    return flow;
                }
                continue;
            }
            for (ScriptStatement statement : scanner.feed(line + "\n")) {
                Flow flow = execute(statement);
                if (flow != Flow.CONTINUE) {
                    return flow;
                }
            }
        }
        ScriptStatement last = scanner.finish();
        return last == null ? Flow.CONTINUE : execute(last);
    }

    private Flow execute(ScriptStatement statement) {
        try {
            session.execute(statement.text());
            return Flow.CONTINUE;
        } catch (SQLException | RuntimeException e) {
            if (session.running().wasCancelled()) {
                session.running().clearCancelled();
                session.err().println(session.isInteractive() ? "Cancelled." : location(statement) + "cancelled");
                session.err().flush();
                return session.isInteractive() ? Flow.CONTINUE : Flow.INTERRUPTED;
            }
            session.recordFailure();
            session.err().println(ErrorReport.describe(source, statement, e));
            session.err().flush();
            boolean stop = !session.isInteractive() && session.settings().errorPolicy() == ErrorPolicy.STOP;
            return stop ? Flow.STOP : Flow.CONTINUE;
        }
    }

    private String location(ScriptStatement statement) {
        return (source == null ? "" : source + ":" + statement.line() + ":" + statement.column() + ": ");
    }
}
