package dev.quiver.console.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * What the console takes from its process: streams, environment variables, whether it talks to a terminal, the
 * home directory (for the history file) and how connections are opened. Tests supply their own.
 */
public interface ConsoleEnvironment {

    InputStream stdin();

    PrintStream stdout();

    PrintStream stderr();

    /** An environment variable, or null when unset. */
    @Nullable String variable(String name);

    /** Whether standard input is a terminal: then, without {@code -f}/{@code -c}, the session is interactive. */
    boolean stdinIsTerminal();

    /**
     * Whether standard output is a terminal: then tables use box characters and slow statements a progress line;
     * when it is not, nothing but results and messages is written.
     */
    boolean stdoutIsTerminal();

    /** The user's home directory, where {@code .quiver_history} is kept. */
    Path home();

    /** The directory relative paths resolve against. */
    Path workingDirectory();

    /** The terminal of an interactive session; the caller closes it. */
    Terminal openTerminal() throws IOException;

    /**
     * Asks for a password: prints {@code prompt} on standard error and reads one line from standard input (byte by
     * byte, so the statements after it stay unread). {@link SystemEnvironment} reads from the terminal without
     * echo when there is one.
     *
     * @return the line without its line end; empty at end of input
     */
    default char[] readPassword(String prompt) {
        stderr().print(prompt);
        stderr().flush();
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
            int b;
            while ((b = stdin().read()) >= 0 && b != '\n') {
                line.write(b);
            }
        } catch (IOException e) {
            // end of input: what was read is the password
        }
        String text = line.toString(java.nio.charset.StandardCharsets.UTF_8);
        return (text.endsWith("\r") ? text.substring(0, text.length() - 1) : text).toCharArray();
    }

    /** The clock of the progress line (its delay, redraw limit, rows/s and time left). */
    default long nanoTime() {
        return System.nanoTime();
    }

    /**
     * Opens a JDBC connection.
     *
     * @param url        a {@code jdbc:milvus:} URL
     * @param properties user, password, token, database as given on the command line
     */
    Connection connect(String url, Properties properties) throws SQLException;
}
