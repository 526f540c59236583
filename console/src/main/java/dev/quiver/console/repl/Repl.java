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
 * history. Ctrl-C at the prompt clears the line; while a statement runs it cancels that statement; Ctrl-D (also
 * on an empty continuation line), {@code \q}, {@code exit} or {@code quit} ends the session. The prompt names
 * the connection and database ({@link Prompt}). Runs on the calling thread.
 */
public final class Repl {
    /** The history file's name, in the user's home directory. */
    public static final String HISTORY_FILE_NAME = ".quiver_history";
    private static final java.util.regex.Pattern EXIT = java.util.regex.Pattern.compile("(?i)\\s*(exit|quit)\\s*;?\\s*");

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
            session.settings().width(() -> terminal.getSize().getColumns());
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
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true);
        if (realTerminal) {
            builder.highlighter(new StatementHighlighter());
        }
        LineReader reader = builder.build();
        EndOfInputKey.install(reader);
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
            String prompt = Prompt.primary(session.url(), Prompt.database(session.connection()));
            reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, Prompt.continuation(prompt));
            try {
                text = reader.readLine(prompt);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            if (text.isBlank()) {
                continue;
            }
            if (isExit(text)) {
                return;
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

    /** {@code exit} or {@code quit} alone on the line (psql's newcomer-friendly synonyms of {@code \q}). */
    static boolean isExit(String text) {
        return EXIT.matcher(text).matches();
    }
}
