package dev.quiver.console.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import dev.quiver.console.output.JsonDocument;
import org.jspecify.annotations.Nullable;

/**
 * A console session over one JDBC connection: runs statement text (scripts, {@code -c} statements, lines typed at
 * the prompt) and meta-commands, prints results, reports errors, and remembers whether any statement failed.
 *
 * <p>Used from one thread, except {@link #running()}, which Ctrl-C handlers call from another. Closing the session
 * closes its connection and any {@code \o} file.
 */
public final class Session implements AutoCloseable {
    private Connection connection;
    private String url;
    private final Connector connector;
    private final Settings settings;
    private final Variables variables = new Variables();
    private final PrintWriter out;
    private final PrintWriter err;
    private @Nullable PrintWriter redirect;
    private final RunningStatement running = new RunningStatement();
    private final FlushWatch flushWatch = new FlushWatch();
    private final StatementExecutor executor = new StatementExecutor(this);
    private final List<Runnable> nameListeners = new CopyOnWriteArrayList<>();
    private final JsonDocument jsonDocument = new JsonDocument();
    private CommandTags commandTags = CommandTags.generic();
    private Progress progress = Progress.none();
    private ServerWaits serverWaits = ServerWaits.none();
    private LongSupplier nanoTime = System::nanoTime;
    private Path workingDirectory = Path.of("").toAbsolutePath();
    private boolean interactive;
    private int failures;

    /**
     * @param connection the open connection; the session closes it
     * @param url        the URL it was opened with (shown by {@code \connect} without arguments)
     * @param connector  opens the connections of {@code \connect}
     * @param settings   the display settings
     * @param out        where results and messages go
     * @param err        where errors and warnings go
     */
    public Session(Connection connection, String url, Connector connector, Settings settings, PrintWriter out,
                   PrintWriter err) {
        this.connection = connection;
        this.url = url;
        this.connector = connector;
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    /** Sets how command tags are obtained from the driver; returns this session. */
    public Session commandTags(CommandTags tags) {
        this.commandTags = tags;
        return this;
    }

    /** Sets the progress indicator for slow statements; returns this session. */
    public Session progress(Progress indicator) {
        this.progress = indicator;
        return this;
    }

    /** Sets how the progress of a statement's wait for the server is heard from the driver; returns this session. */
    public Session serverWaits(ServerWaits waits) {
        this.serverWaits = waits;
        return this;
    }

    /** Sets the clock used for {@code \timing} and the flush-loop warning; returns this session. */
    public Session clock(LongSupplier nanoTimeSource) {
        this.nanoTime = nanoTimeSource;
        return this;
    }

    /** Sets the directory relative {@code \i} and {@code \o} paths of typed lines resolve against. */
    public Session workingDirectory(Path directory) {
        this.workingDirectory = directory.toAbsolutePath();
        return this;
    }

    /**
     * Marks the session interactive: errors never stop it, and Ctrl-C cancels a statement without ending the
     * session. Returns this session.
     */
    public Session interactive(boolean on) {
        this.interactive = on;
        return this;
    }

    /**
     * Runs a script (a file, {@code -c} text, stdin, or a buffer typed at the prompt): statements and
     * meta-commands, in order.
     *
     * @param source    the name errors are reported with ({@code file:line:column}), or null for the prompt,
     *                  whose errors print as {@code ERROR: message}
     * @param directory the directory {@code \i} paths inside the script resolve against
     * @return how the script ended
     * @throws IOException when the script cannot be read
     */
    public Flow run(Reader script, @Nullable String source, Path directory) throws IOException {
        BufferedReader reader = script instanceof BufferedReader buffered ? buffered : new BufferedReader(script);
        return new ScriptRunner(this, source, directory).run(reader);
    }

    /** Runs statement text typed at the prompt. */
    public Flow runTyped(String text) {
        try {
            return run(new java.io.StringReader(text), null, workingDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** The number of statements that failed so far. */
    public int failures() {
        return failures;
    }

    /** The exit code the session ends with after a script whose last flow was {@code flow}. */
    public int exitCode(Flow flow) {
        if (flow == Flow.INTERRUPTED) {
            return ExitCodes.INTERRUPTED;
        }
        return failures > 0 ? ExitCodes.STATEMENT_FAILED : ExitCodes.SUCCESS;
    }

    /** The running statement, for Ctrl-C handlers (any thread). */
    public RunningStatement running() {
        return running;
    }

    public Settings settings() {
        return settings;
    }

    public Variables variables() {
        return variables;
    }

    /** The current connection (it changes with {@code \connect}). */
    public Connection connection() {
        return connection;
    }

    /** The URL of the current connection. */
    public String url() {
        return url;
    }

    public boolean isInteractive() {
        return interactive;
    }

    /** Registers a callback run after a statement that may have created, dropped or renamed something. */
    public void onNamesChanged(Runnable listener) {
        nameListeners.add(listener);
    }

    @Override
    public void close() {
        jsonDocument.finish();
        closeRedirect();
        try {
            connection.close();
        } catch (SQLException e) {
            err.println("warning: closing the connection failed: " + e.getMessage());
        }
        out.flush();
        err.flush();
    }

    // ---- for the session's own classes

    void execute(String statementText) throws SQLException {
        executor.execute(statementText);
    }

    void recordFailure() {
        failures++;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Where results go: the {@code \o} file when one is open, else the console. */
    PrintWriter results() {
        return redirect != null ? redirect : out;
    }

    void redirect(@Nullable Path file) throws IOException {
        jsonDocument.finish();
        closeRedirect();
        if (file != null) {
            redirect = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        }
    }

    private void closeRedirect() {
        if (redirect != null) {
            redirect.close();
            redirect = null;
        }
    }

    void reconnect(String newUrl) throws SQLException {
        Connection replacement = connector.connect(newUrl);
        Connection previous = connection;
        connection = replacement;
        url = connector.urlFor(newUrl);
        try {
            previous.close();
        } catch (SQLException e) {
            err.println("warning: closing the previous connection failed: " + e.getMessage());
        }
        namesChanged();
    }

    void namesChanged() {
        for (Runnable listener : nameListeners) {
            listener.run();
        }
    }

    /** The JSON document results go into with {@code --format json}. */
    JsonDocument jsonDocument() {
        return jsonDocument;
    }

    CommandTags commandTags() {
        return commandTags;
    }

    Progress progress() {
        return progress;
    }

    ServerWaits serverWaits() {
        return serverWaits;
    }

    FlushWatch flushWatch() {
        return flushWatch;
    }

    long nanoTime() {
        return nanoTime.getAsLong();
    }

    Path workingDirectory() {
        return workingDirectory;
    }
}
