package dev.quiver.console.testing;

import dev.quiver.console.Main;
import dev.quiver.console.cli.ConsoleEnvironment;
import dev.quiver.console.cli.SystemEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/**
 * The real console on the real terminal, but connected to a {@link FakeDatabase} whose
 * {@code LOAD COLLECTION films} waits until it is cancelled: lets a pseudo-terminal test press Ctrl-C during a
 * waiting LOAD.
 */
public final class FakeBackedMain {
    private FakeBackedMain() {
    }

    public static void main(String[] args) {
        FakeDatabase database = new FakeDatabase().tables("films")
                .blocks("LOAD COLLECTION films", new CountDownLatch(1))
                .count("FLUSH films", 0);
        SystemEnvironment system = new SystemEnvironment();
        ConsoleEnvironment environment = new ConsoleEnvironment() {
            @Override
            public InputStream stdin() {
                return system.stdin();
            }

            @Override
            public PrintStream stdout() {
                return system.stdout();
            }

            @Override
            public PrintStream stderr() {
                return system.stderr();
            }

            @Override
            public @Nullable String variable(String name) {
                return system.variable(name);
            }

            @Override
            public boolean stdinIsTerminal() {
                return system.stdinIsTerminal();
            }

            @Override
            public boolean stdoutIsTerminal() {
                return system.stdoutIsTerminal();
            }

            @Override
            public Path home() {
                return system.home();
            }

            @Override
            public Path workingDirectory() {
                return system.workingDirectory();
            }

            @Override
            public Terminal openTerminal() throws IOException {
                return system.openTerminal();
            }

            @Override
            public Connection connect(String url, Properties properties) {
                return database.connect();
            }
        };
        System.exit(Main.run(environment, args));
    }
}
