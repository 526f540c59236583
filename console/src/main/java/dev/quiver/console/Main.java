package dev.quiver.console;

import dev.quiver.console.cli.ConsoleEnvironment;
import dev.quiver.console.cli.QuiverCommand;
import dev.quiver.console.cli.ServeCommand;
import dev.quiver.console.cli.SystemEnvironment;
import dev.quiver.console.output.OutputFormat;
import dev.quiver.console.session.ErrorPolicy;
import dev.quiver.console.session.ExitCodes;
import picocli.CommandLine;

/**
 * The {@code quiver} command. {@link #main} exits the JVM with the command's exit code (0 all statements
 * succeeded, 1 a statement failed, 2 usage or connection error, 130 interrupted); {@link #run} returns it instead.
 */
public final class Main {
    /**
     * gRPC logs through java.util.logging (name resolution retries, transport failures, with stack traces); the
     * console reports every failure itself, in one line, so those records would only bury it. Held here because
     * java.util.logging keeps loggers weakly and would forget the level.
     */
    private static final java.util.logging.Logger GRPC_LOGGER = java.util.logging.Logger.getLogger("io.grpc");

    /**
     * JVector, which builds the engine's HNSW graphs, warns on its first use that this JVM lacks the incubating
     * Vector API; that is a note for whoever tunes the JVM, not for a console session, whose error stream it
     * would interleave with the statements' errors.
     */
    private static final java.util.logging.Logger JVECTOR_LOGGER =
            java.util.logging.Logger.getLogger("io.github.jbellis.jvector");

    private Main() {
    }

    /** Runs the console with the process's streams and exits with its exit code. */
    public static void main(String[] args) {
        GRPC_LOGGER.setLevel(java.util.logging.Level.OFF);
        JVECTOR_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(new SystemEnvironment(), args));
    }

    /**
     * Runs the console in the given environment.
     *
     * @return the exit code
     */
    public static int run(ConsoleEnvironment environment, String... args) {
        CommandLine commandLine = new CommandLine(new QuiverCommand(environment));
        commandLine.addSubcommand("serve", new ServeCommand(environment));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // -f and -c are setter methods called once per occurrence, which keeps their command-line order.
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.registerConverter(OutputFormat.class, value -> converted(value, OutputFormat::parse));
        commandLine.registerConverter(ErrorPolicy.class, value -> converted(value, ErrorPolicy::parse));
        commandLine.setOut(new java.io.PrintWriter(environment.stdout(), true));
        commandLine.setErr(new java.io.PrintWriter(environment.stderr(), true));
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("quiver: " + exception.getMessage());
            failed.getErr().println("Try 'quiver --help' for more information.");
            return ExitCodes.USAGE_OR_CONNECTION;
        });
        return commandLine.execute(args);
    }

    /**
     * A converter's own message becomes the usage error as it is; picocli would otherwise append the exception's
     * class name ("cannot convert 'x' to ErrorPolicy (java.lang.IllegalArgumentException: ...)").
     */
    private static <T> T converted(String value, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
