package dev.quiver.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.output.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a COPY FROM, on the embedded engine: the COPY stops at the next batch boundary, says how many rows
 * went in, and the session goes on. The interrupt is raised by the progress indicator when the third batch has
 * been reported, that is between two batches, as a Ctrl-C handler on its own thread would.
 */
class CopyCancelTest {
    @TempDir
    Path directory;

    private final String url = "jdbc:milvus:mem:copy-cancel-" + UUID.randomUUID();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Long> reported = new ArrayList<>();

    @BeforeEach
    void file() throws IOException {
        StringBuilder text = new StringBuilder("id,vector\n");
        for (int i = 1; i <= 5000; i++) {
            text.append(i).append(",\"[").append(i).append(", 0.5]\"\n");
        }
        Files.writeString(directory.resolve("in.csv"), text);
    }

    private Session session() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        Session session = new Session(connection, url, new Connector() {
            @Override
            public Connection connect(String typed) throws SQLException {
                return DriverManager.getConnection(url);
            }
        }, new Settings(OutputFormat.CSV, false, () -> 0), new PrintWriter(out), new PrintWriter(err));
        session.workingDirectory(directory);
        // The indicator presses Ctrl-C once the third batch has been reported.
        return session.progress(label -> new Progress.Handle() {
            @Override
            public void report(long rows, double fraction) {
                reported.add(rows);
                if (reported.size() == 3) {
                    assertThat(session.running().cancel()).isTrue();
                }
            }

            @Override
            public void close() {
            }
        });
    }

    @Test
    void ctrlCAtThePromptStopsTheCopyAtABatchBoundaryAndTheSessionGoesOn() throws Exception {
        Session session = session().interactive(true);
        session.runTyped("CREATE COLLECTION c DIMENSION 2;");
        Flow flow = session.runTyped("COPY c FROM 'in.csv' WITH (batch_rows = 1000); SELECT count(*) FROM c;");
        assertThat(flow).isEqualTo(Flow.CONTINUE);
        assertThat(reported).containsExactly(1000L, 2000L, 3000L);
        assertThat(err.toString()).isEqualTo("COPY cancelled: 3000 rows went in, none of the batch in flight\n");
        assertThat(out.toString()).isEqualTo("count(*)\n3000\n");
        assertThat(session.failures()).isZero();
        assertThat(session.running().wasCancelled()).isFalse();
    }

    @Test
    void ctrlCInAScriptStopsTheCopyAndEndsTheScriptAsInterrupted() throws Exception {
        Session session = session();
        Flow flow = session.run(new StringReader("CREATE COLLECTION c DIMENSION 2;\n"
                + "COPY c FROM 'in.csv' WITH (batch_rows = 1000);\nSELECT count(*) FROM c;\n"), "load.sql", directory);
        assertThat(flow).isEqualTo(Flow.INTERRUPTED);
        assertThat(session.exitCode(flow)).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(err.toString())
                .isEqualTo("load.sql:2:1: COPY cancelled: 3000 rows went in, none of the batch in flight\n");
        assertThat(out.toString()).isEmpty();
    }
}
