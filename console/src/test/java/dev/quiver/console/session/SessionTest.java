package dev.quiver.console.session;

import static dev.quiver.console.testing.FakeDatabase.Col.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.output.OutputFormat;
import dev.quiver.console.testing.FakeDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final FakeDatabase database = new FakeDatabase()
            .rows("SHOW VERSION", List.of(text("version")), new Object[] {"2.6.0"})
            .count("FLUSH films", 0);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Session session() {
        return new Session(database.connect(), "jdbc:milvus://db", new Connector() {
                    @Override
                    public java.sql.Connection connect(String url) {
                        return database.connect();
                    }
                },
                new Settings(OutputFormat.TABLE, false, () -> 0), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void timingPrintsTheElapsedTimeOfEachStatement() throws IOException {
        long[] now = {0};
        Session session = session().clock(() -> now[0] += 1_500_000);
        session.settings().format(OutputFormat.CSV);
        Flow flow = session.run(new StringReader("\\timing on\nSHOW VERSION;\n\\format table\nFLUSH films;"), "t.sql",
                Path.of("."));
        assertThat(flow).isEqualTo(Flow.CONTINUE);
        assertThat(out.toString()).isEqualTo("Timing is on.\nversion\n2.6.0\nOutput format is table.\nFLUSH 0\n"
                + "Time: 1.500 ms\n\n");
        assertThat(err.toString()).isEqualTo("Time: 1.500 ms\n");
    }

    @Test
    void backslashLinesInsideStatementsStringsOrCommentsAreNoMetaCommands() throws IOException {
        database.count("FLUSH x WHERE s = 'a;\n\\q'", 0).count("FLUSH\n\\q y", 0);
        Session session = session();
        session.settings().format(OutputFormat.CSV);
        Flow flow = session.run(new StringReader("/* c;\n\\q */ FLUSH x WHERE s = 'a;\n\\q';\nFLUSH\n\\q y;\n"
                + "  \\q\nFLUSH never;"), "m.sql", Path.of("."));
        assertThat(flow).isEqualTo(Flow.QUIT);
        assertThat(database.executed()).containsExactly("FLUSH x WHERE s = 'a;\n\\q'", "FLUSH\n\\q y");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFailingStatementIsReportedWhereItStartsAfterComments() throws IOException {
        Session session = session();
        Flow flow = session.run(new StringReader("FLUSH films; /* a\n comment */ -- ;\n\t SHOW NOTHING;"), "e.sql",
                Path.of("."));
        assertThat(flow).isEqualTo(Flow.STOP);
        assertThat(err.toString()).isEqualTo(
                "e.sql:3:3: fake database: no answer for statement: SHOW NOTHING\n");
    }

    @Test
    void flushingInALoopWarnsOnce() throws IOException {
        long[] now = {0};
        Session session = session().clock(() -> now[0] += 1_000_000_000L);
        session.settings().format(OutputFormat.CSV);
        session.run(new StringReader("FLUSH films;\n".repeat(6)), "loop.sql", Path.of("."));
        assertThat(err.toString()).startsWith("warning: FLUSH of films ran 4 times within a minute.")
                .containsOnlyOnce("warning");
    }

    @Test
    void ctrlCCancelsTheRunningStatementOfAScriptWhichThenEndsAsInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        database.blocks("LOAD COLLECTION films", started);
        Session session = session();
        CompletableFuture<Flow> run = CompletableFuture.supplyAsync(() -> {
            try {
                return session.run(new StringReader("LOAD COLLECTION films;\nSHOW VERSION;"), "load.sql", Path.of("."));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(session.running().cancel()).isTrue();
        Flow flow = run.get(30, TimeUnit.SECONDS);
        assertThat(flow).isEqualTo(Flow.INTERRUPTED);
        assertThat(session.exitCode(flow)).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(database.executed()).containsExactly("LOAD COLLECTION films");
        assertThat(err.toString()).isEqualTo("load.sql:1:1: cancelled: stopped waiting for the LOAD COLLECTION; the "
                + "server goes on with it (SHOW LOAD STATE OF the collection tells how far it got)\n");
    }

    @Test
    void ctrlCInAnInteractiveSessionCancelsOnlyTheStatement() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        database.blocks("LOAD COLLECTION films", started);
        Session session = session().interactive(true);
        CompletableFuture<Flow> run = CompletableFuture.supplyAsync(
                () -> session.runTyped("LOAD COLLECTION films; SHOW VERSION;"));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(session.running().cancel()).isTrue();
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(Flow.CONTINUE);
        assertThat(database.executed()).containsExactly("LOAD COLLECTION films", "SHOW VERSION");
        assertThat(err.toString()).isEqualTo("Cancelled: stopped waiting for the LOAD COLLECTION; the server goes on "
                + "with it (SHOW LOAD STATE OF the collection tells how far it got)\n");
        assertThat(session.running().cancel()).isFalse();
    }

    @Test
    void ctrlCDuringAnIncludedFileEndsTheWholeFile(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        java.nio.file.Files.writeString(directory.resolve("load.sql"), "LOAD COLLECTION films;\nSHOW VERSION;\n");
        CountDownLatch started = new CountDownLatch(1);
        database.blocks("LOAD COLLECTION films", started);
        Session session = session().interactive(true).workingDirectory(directory);
        CompletableFuture<Flow> run = CompletableFuture.supplyAsync(() -> session.runTyped("\\i load.sql"));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(session.running().cancel()).isTrue();
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(Flow.INTERRUPTED);
        assertThat(database.executed()).containsExactly("LOAD COLLECTION films");
        assertThat(err.toString()).isEqualTo("load.sql:1:1: cancelled: stopped waiting for the LOAD COLLECTION; the "
                + "server goes on with it (SHOW LOAD STATE OF the collection tells how far it got); the rest of "
                + "load.sql is not run\n");
        assertThat(session.runTyped("SHOW VERSION;")).as("the session goes on").isEqualTo(Flow.CONTINUE);
    }

    @Test
    void ddlStatementsRefreshTheNamesOfCompletion() throws SQLException, IOException {
        database.count("CREATE COLLECTION c DIMENSION 5", 0);
        int[] refreshed = {0};
        Session session = session();
        session.onNamesChanged(() -> refreshed[0]++);
        session.run(new StringReader("SHOW VERSION; create collection c dimension 5;".replace("create collection c "
                + "dimension 5", "CREATE COLLECTION c DIMENSION 5")), "x", Path.of("."));
        assertThat(refreshed[0]).isEqualTo(1);
    }
}
