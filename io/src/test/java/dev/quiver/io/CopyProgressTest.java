package dev.quiver.io;

import static dev.quiver.io.CopyTestSupport.act;
import static dev.quiver.io.CopyTestSupport.connect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.StatementParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A COPY reports its progress after each batch and stops between batches when its listener says so. */
class CopyProgressTest {
    private static final StatementParser PARSER = new StatementParser();

    @TempDir
    Path directory;

    /** Records every report; cancels once {@code cancelAfter} reports came (0: never). */
    private static final class Recorder implements CopyListener {
        final List<CopyProgress> reports = new ArrayList<>();
        private final int cancelAfter;

        Recorder(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void progress(CopyProgress progress) {
            reports.add(progress);
        }

        @Override
        public boolean cancelled() {
            return cancelAfter > 0 && reports.size() >= cancelAfter;
        }
    }

    private void csv(String name, int rows) throws Exception {
        StringBuilder text = new StringBuilder("id,vector\n");
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",\"[").append(i).append(", 0.5]\"\n");
        }
        Files.writeString(directory.resolve(name), text);
    }

    private CopyResult copy(Connection c, String sql, CopyListener listener) throws SQLException {
        return Copy.run(c, PARSER.parse(sql), directory, listener);
    }

    private static long count(Connection c, String collection) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + collection)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void copyFromReportsRowsAndTheShareOfTheFileAfterEachBatch() throws Exception {
        csv("in.csv", 3000);
        try (Connection c = connect()) {
            act(c, "CREATE COLLECTION c DIMENSION 2");
            Recorder recorder = new Recorder(0);
            CopyResult result = copy(c, "COPY c FROM 'in.csv' WITH (batch_rows = 500)", recorder);
            assertThat(result.rows()).isEqualTo(3000);
            assertThat(recorder.reports).extracting(CopyProgress::rows)
                    .containsExactly(500L, 1000L, 1500L, 2000L, 2500L, 3000L, 3000L);
            assertThat(recorder.reports).allMatch(CopyProgress::fractionKnown);
            assertThat(recorder.reports).extracting(CopyProgress::fraction).isSorted();
            assertThat(recorder.reports.get(0).fraction()).isBetween(0.0, 1.0);
            assertThat(recorder.reports.get(recorder.reports.size() - 1).fraction()).isEqualTo(1.0);
        }
    }

    @Test
    void aCancelledCopyFromStopsAtTheNextBatchAndSaysHowManyRowsWentIn() throws Exception {
        csv("in.csv", 3000);
        try (Connection c = connect()) {
            act(c, "CREATE COLLECTION c DIMENSION 2");
            Recorder recorder = new Recorder(3);
            assertThatThrownBy(() -> copy(c, "COPY c FROM 'in.csv' WITH (batch_rows = 500)", recorder))
                    .isInstanceOfSatisfying(CopyCancelledException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("57014");
                        assertThat(e.rowsCopied()).isEqualTo(1500);
                        assertThat(e.getMessage())
                                .isEqualTo("COPY cancelled: 1500 rows went in, none of the batch in flight");
                    });
            assertThat(count(c, "c")).isEqualTo(1500);
        }
    }

    @Test
    void copyToReportsTheShareOfTheCollectionAndStopsWhenCancelled() throws Exception {
        csv("in.csv", 2500);
        try (Connection c = connect()) {
            act(c, "CREATE COLLECTION c DIMENSION 2");
            copy(c, "COPY c FROM 'in.csv'", CopyListener.none());
            Recorder all = new Recorder(0);
            assertThat(copy(c, "COPY c TO 'out.csv'", all).rows()).isEqualTo(2500);
            assertThat(all.reports).extracting(CopyProgress::rows).containsExactly(1000L, 2000L, 2500L);
            assertThat(all.reports).extracting(CopyProgress::fraction).containsExactly(0.4, 0.8, 1.0);

            Recorder query = new Recorder(0);
            copy(c, "COPY (SELECT id FROM c WHERE id > 0) TO 'ids.csv'", query);
            assertThat(query.reports.get(0).fractionKnown()).isFalse();

            Recorder cancelling = new Recorder(1);
            assertThatThrownBy(() -> copy(c, "COPY c TO 'part.jsonl'", cancelling))
                    .isInstanceOfSatisfying(CopyCancelledException.class,
                            e -> assertThat(e.rowsCopied()).isEqualTo(1000))
                    .hasMessage("COPY cancelled: 1000 rows written to part.jsonl, which holds only those");
            assertThat(Files.readAllLines(directory.resolve("part.jsonl"))).hasSize(1000);
        }
    }
}
