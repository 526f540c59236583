package dev.quiver.console.cli;

import dev.quiver.console.output.OutputFormat;
import dev.quiver.console.repl.Repl;
import dev.quiver.console.session.CommandTags;
import dev.quiver.console.session.Connector;
import dev.quiver.console.session.ErrorPolicy;
import dev.quiver.console.session.ExitCodes;
import dev.quiver.console.session.Flow;
import dev.quiver.console.session.Session;
import dev.quiver.console.session.Settings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quiver [URL] [options]}: connects, then runs the {@code -f} files and {@code -c} statements in the order
 * given, or the statements on standard input when it is not a terminal, or an interactive session.
 */
@Command(name = "quiver", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"The Quiver console for Milvus: run statements interactively, from files, or from stdin.",
            "Without a URL it uses the embedded engine in memory (jdbc:milvus:mem:)."},
        footer = {"",
            "URLs:        jdbc:milvus://host[:port][/db][?props]   a Milvus server",
            "             jdbc:milvus:mem:[name]                   embedded, in memory",
            "             jdbc:milvus:file:DIR                     embedded, kept in DIR",
            "             http://host:port, https://host:port, host:port",
            "Environment: QUIVER_URL, MILVUS_URI (URL), MILVUS_TOKEN (--token)",
            "Exit codes:  0 success, 1 a statement failed, 2 usage or connection error,",
            "             130 interrupted"})
public final class QuiverCommand implements Callable<Integer> {

    /** The row limit of tables in an interactive session, as DuckDB's; {@code --max-rows} or {@code \maxrows} change it. */
    static final int INTERACTIVE_MAX_ROWS = 40;

    private final ConsoleEnvironment environment;
    private final List<ScriptInput> scripts = new ArrayList<>();

    @Parameters(index = "0", arity = "0..1", paramLabel = "URL",
            description = "where to connect (default: $QUIVER_URL, $MILVUS_URI, else jdbc:milvus:mem:)")
    private @Nullable String url;

    @Option(names = "--user", paramLabel = "USER", description = "user name")
    private @Nullable String user;

    /** What picocli stores for a bare {@code --password}: prompt for it (a NUL cannot be typed as a value). */
    private static final String PROMPT_FOR_PASSWORD = "\0prompt";

    @Option(names = "--password", arity = "0..1", fallbackValue = PROMPT_FOR_PASSWORD, paramLabel = "PASSWORD",
            description = "password; prompted for (not echoed) when given without a value")
    private @Nullable String password;

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token (default: $MILVUS_TOKEN)")
    private @Nullable String token;

    @Option(names = "--database", paramLabel = "DB", description = "database to use")
    private @Nullable String database;

    @Option(names = "--on-error", paramLabel = "stop|continue", defaultValue = "stop",
            description = "after a failed statement in a script: stop (default) or continue")
    private ErrorPolicy onError = ErrorPolicy.STOP;

    @Option(names = "--echo", description = "print each statement before its result")
    private boolean echo;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), vertical, csv, tsv, json, jsonl or markdown")
    private OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--ascii", description = "ASCII table borders (the default when output is not a terminal)")
    private boolean ascii;

    @Option(names = "--no-banner", description = "no banner line at start")
    private boolean noBanner;

    @Option(names = {"-t", "--tuples-only"}, description = "rows only: no headers, no row counts")
    private boolean tuplesOnly;

    @Option(names = {"-q", "--quiet"}, description = "results and errors only: no banner, command tags or row counts")
    private boolean quiet;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "the most rows a table shows, first and last halves (default: "
                    + INTERACTIVE_MAX_ROWS + " interactively, else all; 0 shows all)")
    private @Nullable Integer maxRows;

    @Option(names = {"-v", "--set"}, paramLabel = "NAME=VALUE", description = "set a variable (:NAME in statements)")
    private Map<String, String> variables = new LinkedHashMap<>();

    /** @param environment the process the command runs in */
    public QuiverCommand(ConsoleEnvironment environment) {
        this.environment = environment;
    }

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "run the statements of FILE (repeatable; - is stdin)")
    void addFile(String file) {
        scripts.add(new ScriptInput(file, null));
    }

    @Option(names = {"-c", "--command"}, paramLabel = "STATEMENTS", description = "run these statements (repeatable)")
    void addCommand(String statements) {
        scripts.add(new ScriptInput(null, statements));
    }

    /** A {@code -f FILE} or a {@code -c STATEMENTS}, in command-line order. */
    private record ScriptInput(@Nullable String file, @Nullable String statements) {
    }

    @Override
    public Integer call() {
        PrintWriter err = writer(environment.stderr());
        ConnectionTarget target;
        try {
            target = ConnectionTarget.resolve(url, environment::variable);
        } catch (IllegalArgumentException e) {
            err.println("quiver: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        boolean interactive = scripts.isEmpty() && environment.stdinIsTerminal();
        Properties properties = connectionProperties();
        Connection connection;
        try {
            connection = environment.connect(target.url(), properties);
        } catch (SQLException | RuntimeException e) {
            err.println("quiver: " + connectFailure(target, e));
            err.flush();
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        PrintWriter out = writer(environment.stdout());
        boolean terminal = environment.stdoutIsTerminal();
        Settings settings = new Settings(format, terminal && !ascii, () -> 0);
        settings.echo(echo);
        settings.errorPolicy(onError);
        settings.tuplesOnly(tuplesOnly);
        settings.quiet(quiet);
        try {
            settings.maxRows(maxRows != null ? maxRows : interactive ? INTERACTIVE_MAX_ROWS : 0);
        } catch (IllegalArgumentException e) {
            err.println("quiver: --max-rows: " + e.getMessage());
            err.flush();
            closeQuietly(connection);
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        Connector connector = new Connector() {
            @Override
            public Connection connect(String typed) throws SQLException {
                try {
                    return environment.connect(ConnectionTarget.normalize(typed), properties);
                } catch (IllegalArgumentException e) {
                    throw new SQLException(e.getMessage(), "08001", e);
                }
            }

            @Override
            public String urlFor(String typed) {
                return ConnectionTarget.redact(ConnectionTarget.normalize(typed));
            }
        };
        try (Session session = new Session(connection, target.url(), connector, settings, out, err)) {
            session.commandTags(DriverCommandTags.orElse(CommandTags.generic())).serverWaits(new DriverWaits());
            session.workingDirectory(environment.workingDirectory());
            try {
                variables.forEach(session.variables()::set);
            } catch (IllegalArgumentException e) {
                err.println("quiver: " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE_OR_CONNECTION;
            }
            if (terminal) {
                session.progress(new TerminalProgress(new CarriageReturnSink(environment.stderr(), () -> 0),
                        environment::nanoTime));
            }
            if (interactive) {
                return runInteractive(session, target);
            }
            if (!noBanner && !quiet && target.embeddedDefault()) {
                err.println(banner(target, false));
                err.flush();
            }
            return runScripts(session, err);
        }
    }

    private int runInteractive(Session session, ConnectionTarget target) {
        Terminal terminal;
        try {
            terminal = environment.openTerminal();
        } catch (IOException e) {
            environment.stderr().println("quiver: cannot open the terminal: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONNECTION;
        }
        try (Terminal owned = terminal) {
            if (environment.stdoutIsTerminal()) {
                ProgressSink sink = StatusLineSink.supports(owned) ? new StatusLineSink(owned)
                        : new CarriageReturnSink(environment.stderr(), () -> owned.getSize().getColumns());
                session.progress(new TerminalProgress(sink, environment::nanoTime));
            }
            return new Repl(session, owned, environment.home().resolve(Repl.HISTORY_FILE_NAME))
                    .run(noBanner || quiet ? null : banner(target, true));
        } catch (IOException e) {
            environment.stderr().println("quiver: terminal error: " + e.getMessage());
            return ExitCodes.USAGE_OR_CONNECTION;
        }
    }

    private int runScripts(Session session, PrintWriter err) {
        SigintCancels sigint = SigintCancels.install(session);
        try {
            Flow flow = Flow.CONTINUE;
            if (scripts.isEmpty()) {
                flow = session.run(reader(environment.stdin()), "<stdin>", environment.workingDirectory());
            }
            int commandCount = (int) scripts.stream().filter(script -> script.statements() != null).count();
            int commandIndex = 0;
            for (ScriptInput script : scripts) {
                if (flow != Flow.CONTINUE) {
                    break;
                }
                if (script.statements() != null) {
                    commandIndex++;
                    String name = commandCount == 1 ? "-c" : "-c[" + commandIndex + "]";
                    flow = session.run(new StringReader(script.statements()), name, environment.workingDirectory());
                } else {
                    flow = runFile(session, script.file());
                }
            }
            return session.exitCode(flow);
        } catch (NoSuchFileException e) {
            err.println("quiver: no such file: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE_OR_CONNECTION;
        } catch (IOException e) {
            err.println("quiver: cannot read: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE_OR_CONNECTION;
        } finally {
            sigint.close();
        }
    }

    private Flow runFile(Session session, @Nullable String file) throws IOException {
        if (file == null || file.equals("-")) {
            return session.run(reader(environment.stdin()), "<stdin>", environment.workingDirectory());
        }
        Path path = environment.workingDirectory().resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Path parent = path.toAbsolutePath().getParent();
            return session.run(reader, file, parent == null ? environment.workingDirectory() : parent);
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            String given = password.equals(PROMPT_FOR_PASSWORD)
                    ? new String(environment.readPassword("Password for user " + (user == null ? "root" : user) + ": "))
                    : password;
            properties.setProperty("password", given);
        }
        String effectiveToken = token != null ? token : environment.variable("MILVUS_TOKEN");
        if (effectiveToken != null && !effectiveToken.isBlank()) {
            properties.setProperty("token", effectiveToken);
        }
        if (database != null) {
            properties.setProperty("database", database);
        }
        return properties;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the usage error is what matters
        }
    }

    /** The driver's message already says where ("cannot connect to Milvus at host:port: ..."); others do not. */
    private static String connectFailure(ConnectionTarget target, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.startsWith("cannot connect") ? message
                : "cannot connect to " + ConnectionTarget.redact(target.url()) + ": " + message;
    }

    static String banner(ConnectionTarget target, boolean interactive) {
        String where = target.embeddedDefault()
                ? "Using the embedded engine in memory (jdbc:milvus:mem:): data is gone on exit; "
                        + "to keep it, run quiver jdbc:milvus:file:DIR"
                : "Connected to " + ConnectionTarget.redact(target.url());
        return interactive ? where + ". Type \\help for help, \\q to quit." : where + ".";
    }

    private static PrintWriter writer(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    private static Reader reader(java.io.InputStream stream) {
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }
}
