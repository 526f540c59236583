package dev.quiver.console.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.ConsoleProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive console on a real pseudo-terminal, driven through tmux: a two-line statement, Tab completion of
 * a collection name, Ctrl-C during a waiting LOAD, and {@code \q}.
 */
class PseudoTerminalIT {
    @TempDir
    Path home;

    private final String session = "quiver-it-" + UUID.randomUUID();

    @BeforeEach
    void needsTmux() throws Exception {
        boolean installed;
        try {
            installed = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            installed = false;
        }
        Assumptions.assumeTrue(installed, "tmux is not installed: the pseudo-terminal test needs it to drive a pty");
    }

    @AfterEach
    void killSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void twoLineStatementTabCompletionAndQuitOnTheEmbeddedEngine() throws Exception {
        start("dev.quiver.console.Main", "--no-banner");
        waitFor(screen -> screen.contains("quiver mem:default>"));
        type("CREATE COLLECTION films DIMENSION 2;", "Enter");
        waitFor(screen -> screen.contains("CREATE COLLECTION (load state Loaded)"));
        type("SHOW LOAD STATE", "Enter");
        waitFor(screen -> screen.contains("     ->"));
        type("OF films;", "Enter");
        waitFor(screen -> screen.contains("│ films      │ NULL       │ Loaded │"));
        type("DESCRIBE COLLECTION fil", "Tab");
        waitFor(screen -> screen.contains("DESCRIBE COLLECTION films"));
        type(";", "Enter");
        waitFor(screen -> screen.contains("FLOAT_VECTO") && screen.contains("(3 rows)")
                && screen.contains("Load state: Loaded"));
        type("\\q", "Enter");
        waitFor(screen -> screen.contains("exited 0"));
        assertThat(Files.readString(home.resolve(".quiver_history"))).contains("SHOW LOAD STATE");
    }

    @Test
    void tabOffersWhatTheGrammarAcceptsAtTheCursor() throws Exception {
        start("dev.quiver.console.Main", "--no-banner");
        waitFor(screen -> screen.contains("quiver mem:default>"));
        type("CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(20), v FLOAT_VECTOR(2));", "Enter");
        waitFor(screen -> screen.contains("CREATE COLLECTION"));
        type("CREATE COLLECTION books (isbn INT64 PRIMARY KEY, author VARCHAR(20), w FLOAT_VECTOR(2));", "Enter");
        type("\\echo ready", "Enter");
        waitFor(screen -> screen.contains("\nready"));
        type("SELECT * FROM ", "Tab");
        waitFor(screen -> screen.contains("books") && screen.lines().anyMatch(line -> line.matches("books +films")));
        assertThat(afterLastPrompt()).doesNotContain("WHERE").doesNotContain("ALIAS");
        type("fi", "Tab");
        waitFor(screen -> screen.contains("SELECT * FROM films"));
        type("WHERE a", "Tab");
        // the fields of films (id, title, v) do not start with a, the functions do; books' author is not offered
        waitFor(screen -> screen.contains("SELECT * FROM films WHERE array_") && screen.contains("array_length"));
        assertThat(afterLastPrompt()).doesNotContain("author").doesNotContain("books");
        type("C-c");
        waitFor(screen -> screen.strip().endsWith("quiver mem:default>"));
        type("\\q", "Enter");
        waitFor(screen -> screen.contains("exited 0"));
    }

    @Test
    void ctrlCCancelsAWaitingLoadAndTheConsoleGoesOn() throws Exception {
        start("dev.quiver.console.testing.FakeBackedMain", "--no-banner");
        waitFor(screen -> screen.contains("quiver mem:default>"));
        type("LOAD COLLECTION films;", "Enter");
        waitFor(screen -> screen.contains("LOAD COLLECTION films;") && screen.contains("(Ctrl-C cancels)"));
        type("C-c");
        waitFor(screen -> screen.contains("Cancelled: stopped waiting for the LOAD COLLECTION; the server goes on"));
        type("FLUSH films;", "Enter");
        waitFor(screen -> screen.contains("FLUSH 0") && screen.strip().endsWith("quiver mem:default>"));
        type("\\q", "Enter");
        waitFor(screen -> screen.contains("exited 0"));
    }

    @Test
    void ctrlDOnAnEmptyContinuationLineEndsTheSession() throws Exception {
        start("dev.quiver.console.testing.FakeBackedMain", "--no-banner");
        waitFor(screen -> screen.contains("quiver mem:default>"));
        type("SHOW LOAD STATE", "Enter");
        waitFor(screen -> screen.contains("                 ->"));
        type("C-d");
        waitFor(screen -> screen.contains("exited 0"));
    }

    /** The screen from the last prompt on: the line being edited and the candidates listed under it. */
    private String afterLastPrompt() throws Exception {
        String screen = tmux("capture-pane", "-p", "-t", session);
        return screen.substring(screen.lastIndexOf("quiver mem:default>"));
    }

    private void start(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "HOME=" + home, "TERM=xterm-256color",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.home=" + home, "-cp",
                ConsoleProcess.classPath(), mainClass));
        command.addAll(List.of(args));
        String shellCommand = String.join(" ", command.stream().map(PseudoTerminalIT::quote).toList())
                + "; echo exited $?; sleep 600";
        tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "50", shellCommand);
    }

    private void type(String... keys) throws Exception {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session));
        for (String key : keys) {
            if (key.equals("Enter") || key.equals("Tab") || key.equals("C-c") || key.equals("C-d")) {
                command.add(key);
            } else {
                // As hex bytes: tmux would take a trailing ';' of a literal argument as a command separator.
                List<String> hex = new ArrayList<>(List.of("send-keys", "-t", session, "-H"));
                for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
                    hex.add(String.format("%02x", b));
                }
                tmux(hex.toArray(String[]::new));
            }
        }
        if (command.size() > 3) {
            tmux(command.toArray(String[]::new));
        }
    }

    /** Polls the screen (tmux strips trailing blanks from its lines) until the condition holds; gives up (failing with the screen) after a minute. */
    private void waitFor(Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", session, "-S", "-200");
            if (condition.test(screen)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the terminal never showed what was expected; screen:\n" + screen);
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", "quiver-it"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
