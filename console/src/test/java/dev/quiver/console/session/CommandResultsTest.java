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
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command's ids and timestamps are printed as a record in the session's format; writes only print their tag. */
class CommandResultsTest {
    private final FakeDatabase database = new FakeDatabase()
            .rows("SHOW VERSION", List.of(text("version")), new Object[] {"2.6.0"})
            .count("FLUSH ALL NOWAIT", 0)
            .count("COMPACT films", 0)
            .count("INSERT INTO films VALUES (1)", 1);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Details as the Quiver driver reports them for the statement that ran last. */
    private Map<String, Object> details() {
        List<String> executed = database.executed();
        Map<String, Object> d = new LinkedHashMap<>();
        switch (executed.get(executed.size() - 1)) {
            case "FLUSH ALL NOWAIT" -> {
                d.put("flush_all_ts", 449913447211335700L);
                d.put("flushed", false);
            }
            case "COMPACT films" -> {
                d.put("compaction_id", 7L);
                d.put("plan_count", 1);
            }
            default -> d.put("timestamp", 449913447211335800L);
        }
        return d;
    }

    private Session session(OutputFormat format) {
        Session session = new Session(database.connect(), "jdbc:milvus://db", url -> database.connect(),
                new Settings(format, false, () -> 0), new PrintWriter(out), new PrintWriter(err));
        return session.commandTags(new CommandTags() {
            @Override
            public String describe(Statement statement, String sql, long updateCount) {
                return CommandTags.leadingWords(sql) + (sql.startsWith("INSERT") ? " " + updateCount : "");
            }

            @Override
            public Map<String, Object> details(Statement statement) {
                return CommandResultsTest.this.details();
            }
        });
    }

    private static final String SCRIPT = "SHOW VERSION; FLUSH ALL NOWAIT; COMPACT films; INSERT INTO films VALUES (1);";

    @Test
    void jsonLinesPrintsOneObjectPerCommandAndNothingForWrites() throws IOException {
        session(OutputFormat.JSONL).run(new StringReader(SCRIPT), "s.sql", Path.of("."));
        assertThat(out.toString()).isEqualTo("""
                {"version":"2.6.0"}
                {"command":"FLUSH ALL","flush_all_ts":449913447211335700,"flushed":false}
                {"command":"COMPACT","compaction_id":7,"plan_count":1}
                """);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonPrintsOneObjectPerCommand() throws IOException {
        session(OutputFormat.JSON).run(new StringReader(SCRIPT), "s.sql", Path.of("."));
        assertThat(out.toString()).isEqualTo("""
                [
                  {"version":"2.6.0"}
                ]
                {"command":"FLUSH ALL","flush_all_ts":449913447211335700,"flushed":false}
                {"command":"COMPACT","compaction_id":7,"plan_count":1}
                """);
    }

    @Test
    void tablesShowTheRecordAboveTheCommandTag() throws IOException {
        session(OutputFormat.VERTICAL).run(new StringReader("FLUSH ALL NOWAIT; INSERT INTO films VALUES (1);"), "s.sql",
                Path.of("."));
        assertThat(out.toString()).isEqualTo("""
                -[ RECORD 1 ]---
                command      | FLUSH ALL
                flush_all_ts | 449913447211335700
                flushed      | false
                FLUSH ALL

                INSERT 1

                """);
    }
}
