package dev.quiver.console.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jspecify.annotations.Nullable;

/** The real process: {@code System.in/out/err}, the environment, {@link DriverManager}. */
public final class SystemEnvironment implements ConsoleEnvironment {
    private final boolean terminal = System.console() != null;

    @Override
    public InputStream stdin() {
        return System.in;
    }

    @Override
    public PrintStream stdout() {
        return System.out;
    }

    @Override
    public PrintStream stderr() {
        return System.err;
    }

    @Override
    public @Nullable String variable(String name) {
        return System.getenv(name);
    }

    /**
     * Java 17 tells only whether both standard input and output are terminals ({@link System#console()}); so
     * "stdin is a terminal" is approximated by that too: {@code quiver > out.txt} at a terminal then reads
     * statements from the terminal without a prompt, like a script.
     */
    @Override
    public boolean stdinIsTerminal() {
        return terminal;
    }

    @Override
    public boolean stdoutIsTerminal() {
        return terminal;
    }

    @Override
    public Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    @Override
    public Terminal openTerminal() throws IOException {
        return TerminalBuilder.builder().system(true).name("quiver").build();
    }

    @Override
    public char[] readPassword(String prompt) {
        java.io.Console console = System.console();
        if (console == null) {
            return ConsoleEnvironment.super.readPassword(prompt);
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? new char[0] : typed;
    }

    @Override
    public Connection connect(String url, Properties properties) throws SQLException {
        return DriverManager.getConnection(url, properties);
    }
}
