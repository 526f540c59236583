package dev.quiver.console.session;

import dev.quiver.console.output.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The backslash commands of the console, psql-style: quit, help, timing, format, vertical toggle, connect,
 * include a file, output to a file, set/unset variables, echo, and the catalog shortcuts ({@code \d}, {@code \dt},
 * {@code \di}, {@code \dp}, {@code \l}), which run the SHOW/DESCRIBE statements they stand for. A wrong meta-command counts as a failed
 * statement.
 */
final class MetaCommands {
    private final Session session;

    MetaCommands(Session session) {
        this.session = session;
    }

    /**
     * Runs one meta-command line.
     *
     * @param line      the line, starting with a backslash
     * @param directory the directory relative paths resolve against
     * @param source    the script's name for error positions, null at the prompt
     * @param lineNumber the line's number in the script
     */
    Flow run(String line, Path directory, @Nullable String source, int lineNumber) {
        String[] parts = line.split("\\s+", 2);
        String name = parts[0].substring(1).toLowerCase(Locale.ROOT);
        String argument = parts.length > 1 ? parts[1].strip() : "";
        // Whatever the meta-command prints, and a change of format or output, comes after the JSON document.
        session.jsonDocument().finish();
        try {
            return dispatch(name, argument, directory);
        } catch (MetaCommandException | IOException | SQLException e) {
            session.recordFailure();
            String where = source == null ? "ERROR: " : source + ":" + lineNumber + ":1: ";
            session.err().println(where + "\\" + name + ": " + e.getMessage());
            session.err().flush();
            boolean stop = !session.isInteractive() && session.settings().errorPolicy() == ErrorPolicy.STOP;
            return stop ? Flow.STOP : Flow.CONTINUE;
        }
    }

    private Flow dispatch(String name, String argument, Path directory)
            throws MetaCommandException, IOException, SQLException {
        PrintWriter out = session.out();
        switch (name) {
            case "q", "quit" -> {
                return Flow.QUIT;
            }
            case "?", "h", "help" -> out.print(HelpText.lookup(argument));
            case "timing" -> {
                session.settings().timing(onOff(argument, !session.settings().timing()));
                out.println("Timing is " + (session.settings().timing() ? "on." : "off."));
            }
            case "format" -> {
                if (!argument.isEmpty()) {
                    try {
                        session.settings().format(OutputFormat.parse(argument));
                    } catch (IllegalArgumentException e) {
                        throw new MetaCommandException(e.getMessage());
                    }
                }
                out.println("Output format is " + session.settings().format().label() + ".");
            }
            case "x" -> {
                boolean vertical = session.settings().toggleVertical() == OutputFormat.VERTICAL;
                out.println("Vertical output is " + (vertical ? "on." : "off."));
            }
            case "c", "connect" -> {
                if (!argument.isEmpty()) {
                    session.reconnect(argument);
                }
                out.println("Connected to " + session.url() + ".");
            }
            case "i", "include" -> {
                if (argument.isEmpty()) {
                    throw new MetaCommandException("missing file name: \\i FILE");
                }
                Path file = directory.resolve(argument).normalize();
                Flow flow;
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Path parent = file.toAbsolutePath().getParent();
                    flow = session.run(reader, argument, parent == null ? directory : parent);
                } catch (NoSuchFileException e) {
                    throw new MetaCommandException("no such file: " + file);
                }
                return flow;
            }
            case "o", "out" -> {
                session.redirect(argument.isEmpty() ? null : directory.resolve(argument));
            }
            case "set" -> set(argument, out);
            case "unset" -> {
                if (argument.isEmpty()) {
                    throw new MetaCommandException("missing variable name: \\unset NAME");
                }
                session.variables().unset(argument);
            }
            case "echo" -> out.println(session.variables().substitute(argument));
            case "t" -> {
                session.settings().tuplesOnly(onOff(argument, !session.settings().tuplesOnly()));
                out.println("Tuples only is " + (session.settings().tuplesOnly() ? "on." : "off."));
            }
            case "maxrows" -> {
                if (!argument.isEmpty()) {
                    try {
                        session.settings().maxRows(Integer.parseInt(argument));
                    } catch (NumberFormatException e) {
                        throw new MetaCommandException("expected a number of rows (0: no limit), got '" + argument + "'");
                    } catch (IllegalArgumentException e) {
                        throw new MetaCommandException(e.getMessage());
                    }
                }
                int rows = session.settings().maxRows();
                out.println(rows == 0 ? "Tables show every row." : "Tables show at most " + rows + " rows.");
            }
            case "d" -> {
                if (argument.isEmpty()) {
                    session.execute("SHOW COLLECTIONS");
                } else {
                    String collection = identifier(argument, "\\d [COLLECTION]");
                    session.execute("DESCRIBE COLLECTION " + collection);
                    session.execute("SHOW INDEXES FROM " + collection);
                    session.execute("SHOW PARTITIONS FROM " + collection);
                }
            }
            case "dt" -> session.execute(argument.isEmpty() ? "SHOW COLLECTIONS"
                    : "SHOW COLLECTIONS LIKE '" + argument.replace("*", "%").replace("'", "''") + "'");
            case "dp" -> {
                if (argument.isEmpty()) {
                    throw new MetaCommandException("missing collection name: \\dp COLLECTION lists its partitions");
                }
                session.execute("SHOW PARTITIONS FROM " + identifier(argument, "\\dp COLLECTION"));
            }
            case "di" -> {
                if (argument.isEmpty()) {
                    throw new MetaCommandException("missing collection name: \\di COLLECTION lists its indexes");
                }
                session.execute("SHOW INDEXES FROM " + identifier(argument, "\\di COLLECTION"));
            }
            case "l", "list" -> session.execute("SHOW DATABASES");
            default -> throw new MetaCommandException("unknown meta-command; \\help lists them");
        }
        out.flush();
        return Flow.CONTINUE;
    }

    private void set(String argument, PrintWriter out) throws MetaCommandException {
        if (argument.isEmpty()) {
            for (Map.Entry<String, String> variable : session.variables().all().entrySet()) {
                out.println(variable.getKey() + " = '" + variable.getValue() + "'");
            }
            return;
        }
        String[] nameAndValue = argument.split("\\s+", 2);
        try {
            session.variables().set(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        } catch (IllegalArgumentException e) {
            throw new MetaCommandException(e.getMessage());
        }
    }

    /** One collection name as a statement identifier: as typed when plain, else back-quoted. */
    private static String identifier(String argument, String usage) throws MetaCommandException {
        if (argument.matches("[A-Za-z_][A-Za-z0-9_]*") || argument.matches("`([^`]|``)*`")) {
            return argument;
        }
        if (argument.split("\\s+").length > 1) {
            throw new MetaCommandException("expected one collection name: " + usage);
        }
        return "`" + argument.replace("`", "``") + "`";
    }

    private static boolean onOff(String argument, boolean whenAbsent) throws MetaCommandException {
        return switch (argument.toLowerCase(Locale.ROOT)) {
            case "" -> whenAbsent;
            case "on" -> true;
            case "off" -> false;
            default -> throw new MetaCommandException("expected on or off, got '" + argument + "'");
        };
    }

    /** A meta-command used wrongly; its message says how. */
    static final class MetaCommandException extends Exception {
        private static final long serialVersionUID = 1L;

        MetaCommandException(@Nullable String message) {
            super(message);
        }
    }
}
