package dev.quiver.console.testing;

import dev.quiver.console.cli.ConsoleEnvironment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jspecify.annotations.Nullable;

/**
 * A console environment with captured streams, a fake database (or the embedded engine) and a dumb terminal (or,
 * with {@link #terminalOutput}, an xterm of 100 by 30 over the captured streams).
 */
public final class TestEnvironment implements ConsoleEnvironment {
    private final @Nullable FakeDatabase database;
    private final String engineUrl = "jdbc:milvus:mem:console-test-" + UUID.randomUUID();
    private final Path directory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final Map<String, String> variables = new HashMap<>();
    private InputStream stdin = InputStream.nullInputStream();
    private boolean terminal;
    private boolean terminalOutput;
    private long clockStep;
    private final AtomicLong clock = new AtomicLong();
    private @Nullable String lastUrl;
    private @Nullable Properties lastProperties;

    public TestEnvironment(FakeDatabase database, Path directory) {
        this.database = database;
        this.directory = directory;
    }

    /** An environment whose connections go to one embedded engine in memory, of this environment alone. */
    public TestEnvironment(Path directory) {
        this.database = null;
        this.directory = directory;
    }

    /**
     * Makes stdout count as a terminal too, and the terminal of an interactive session an xterm (100 columns, 30
     * rows) writing to the captured stdout, as a real one would.
     */
    public TestEnvironment terminalOutput(boolean on) {
        terminalOutput = on;
        return this;
    }

    /** Makes the clock advance by {@code millis} on every reading, so that every progress report is drawn. */
    public TestEnvironment clockAdvancing(long millis) {
        clockStep = TimeUnit.MILLISECONDS.toNanos(millis);
        return this;
    }

    public TestEnvironment stdin(String text) {
        stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Makes stdin and stdout count as a terminal (the REPL then reads stdin through a dumb terminal). */
    public TestEnvironment terminal(boolean on) {
        terminal = on;
        return this;
    }

    public TestEnvironment variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    public @Nullable String lastUrl() {
        return lastUrl;
    }

    public @Nullable Properties lastProperties() {
        return lastProperties;
    }

    @Override
    public InputStream stdin() {
        return stdin;
    }

    @Override
    public PrintStream stdout() {
        return outStream;
    }

    @Override
    public PrintStream stderr() {
        return errStream;
    }

    @Override
    public @Nullable String variable(String name) {
        return variables.get(name);
    }

    @Override
    public boolean stdinIsTerminal() {
        return terminal;
    }

    @Override
    public boolean stdoutIsTerminal() {
        return terminalOutput;
    }

    @Override
    public long nanoTime() {
        return clockStep > 0 ? clock.addAndGet(clockStep) : System.nanoTime();
    }

    @Override
    public Path home() {
        return directory;
    }

    @Override
    public Path workingDirectory() {
        return directory;
    }

    @Override
    public Terminal openTerminal() throws IOException {
        if (terminalOutput) {
            ExternalTerminal xterm = new ExternalTerminal("test", "xterm-256color", stdin, outStream,
                    StandardCharsets.UTF_8);
            xterm.setSize(new Size(100, 30));
            return xterm;
        }
        return new DumbTerminal("test", Terminal.TYPE_DUMB, stdin, outStream, StandardCharsets.UTF_8);
    }

    @Override
    public Connection connect(String url, Properties properties) throws SQLException {
        lastUrl = url;
        lastProperties = properties;
        if (url.contains("unreachable")) {
            throw new SQLException("connection refused: " + url, "08001");
        }
        return database != null ? database.connect() : DriverManager.getConnection(engineUrl);
    }
}
