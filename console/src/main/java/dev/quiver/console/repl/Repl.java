package dev.quiver.console.repl;

import dev.quiver.console.session.Flow;
import dev.quiver.console.session.Session;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * The interactive loop: reads statements (several lines until a semicolon), runs them in the session, and keeps a
 * history. Ctrl-C at the prompt clears the line; while a statement runs it cancels that statement; Ctrl-D or
 * {@code \q} ends the session. Runs on the calling thread.
 */
public final class Repl {
    /** The history file's name, in the user's home directory. */
    public static final String HISTORY_FILE_NAME = ".quiver_history";
    static final String PROMPT = "quiver> ";
    static final String CONTINUATION_PROMPT = "     -> ";

    private final Session session;
    private final Terminal terminal;
    private final Path historyFile;

    /**
     * @param session     the session statements run in
     * @param terminal    the terminal to read from (the caller closes it)
     * @param historyFile where the history is kept
     */
    public Repl(Session session, Terminal terminal, Path historyFile) {
        this.session = session;
        this.terminal = terminal;
        this.historyFile = historyFile;
    }

    /**
     * Runs until {@code \q} or end of input.
     *
     * @param banner a line printed first, or null
     * @return the exit code: 0
     * @throws IOException when the history file cannot be prepared
     */
    public int run(@Nullable String banner) throws IOException {
        session.interactive(true);
        boolean realTerminal = !Terminal.TYPE_DUMB.equals(terminal.getType())
                && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        if (realTerminal) {
            session.settings().width(terminal::getWidth);
        }
        NameCache names = new NameCache(session::connection);
        session.onNamesChanged(names::invalidate);
        RedactingHistory.prepare(historyFile);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("quiver")
                .parser(new StatementLineParser())
                .completer(new StatementCompleter(names))
                .history(new RedactingHistory())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true);
        if (realTerminal) {
            builder.highlighter(new StatementHighlighter());
        }
        LineReader reader = builder.build();
        if (banner != null) {
            terminal.writer().println(banner);
            terminal.writer().flush();
        }
        try {
            loop(reader);
        } finally {
            reader.getHistory().save();
            RedactingHistory.restrict(historyFile);
        }
        return 0;
    }

    private void loop(LineReader reader) {
        while (true) {
            String text;
            try {
                text = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (text.isBlank()) {
                continue;
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.running().cancel());
            Flow flow;
            try {
                flow = session.runTyped(text);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
            }
            if (flow == Flow.QUIT) {
                return;
            }
        }
    }
}
