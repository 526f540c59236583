package dev.quiver.console.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden output of a command's record (FLUSH, FLUSH ALL, COMPACT) in every output format. */
class CommandResultPrinterTest {

    /** What the driver reports for {@code FLUSH films}: per-collection maps, as FlushHandlers builds them. */
    private static Map<String, Object> flush() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sealed_segment_ids", Map.of("films", List.of(451L, 452L)));
        d.put("flush_ts", Map.of("films", 449913447211335681L));
        d.put("flushed", true);
        return d;
    }

    private static Map<String, Object> flushAll() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("flush_all_ts", 449913447211335700L);
        d.put("flushed", false);
        return d;
    }

    private static Map<String, Object> compact() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("compaction_id", 449913447211335720L);
        d.put("plan_count", 1);
        return d;
    }

    private static String print(OutputFormat format, String command, Map<String, Object> details) throws SQLException {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new CommandResultPrinter(format, PrintOptions.PLAIN).print(command, details, out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void table() throws SQLException {
        assertThat(print(OutputFormat.TABLE, "FLUSH", flush())).isEqualTo("""
                +---------+---------------------+-----------------------------+---------+
                | command | sealed_segment_ids  | flush_ts                    | flushed |
                +---------+---------------------+-----------------------------+---------+
                | FLUSH   | {films: [451, 452]} | {films: 449913447211335681} | true    |
                +---------+---------------------+-----------------------------+---------+
                """);
        assertThat(print(OutputFormat.TABLE, "COMPACT", compact())).isEqualTo("""
                +---------+--------------------+------------+
                | command | compaction_id      | plan_count |
                +---------+--------------------+------------+
                | COMPACT | 449913447211335720 |          1 |
                +---------+--------------------+------------+
                """);
    }

    @Test
    void vertical() throws SQLException {
        assertThat(print(OutputFormat.VERTICAL, "FLUSH ALL", flushAll())).isEqualTo("""
                -[ RECORD 1 ]---
                command      | FLUSH ALL
                flush_all_ts | 449913447211335700
                flushed      | false
                """);
    }

    @Test
    void csvAndTsv() throws SQLException {
        assertThat(print(OutputFormat.CSV, "FLUSH", flush())).isEqualTo("""
                command,sealed_segment_ids,flush_ts,flushed
                FLUSH,"{films: [451, 452]}",{films: 449913447211335681},true
                """);
        assertThat(print(OutputFormat.TSV, "COMPACT", compact())).isEqualTo(
                "command\tcompaction_id\tplan_count\nCOMPACT\t449913447211335720\t1\n");
    }

    @Test
    void jsonIsOneObjectPerStatementInBothJsonFormats() throws SQLException {
        String flush = "{\"command\":\"FLUSH\",\"sealed_segment_ids\":{\"films\":[451,452]},"
                + "\"flush_ts\":{\"films\":449913447211335681},\"flushed\":true}\n";
        assertThat(print(OutputFormat.JSON, "FLUSH", flush())).isEqualTo(flush);
        assertThat(print(OutputFormat.JSONL, "FLUSH", flush())).isEqualTo(flush);
        assertThat(print(OutputFormat.JSON, "FLUSH ALL", flushAll()))
                .isEqualTo("{\"command\":\"FLUSH ALL\",\"flush_all_ts\":449913447211335700,\"flushed\":false}\n");
        assertThat(print(OutputFormat.JSONL, "COMPACT", compact()))
                .isEqualTo("{\"command\":\"COMPACT\",\"compaction_id\":449913447211335720,\"plan_count\":1}\n");
    }

    @Test
    void markdown() throws SQLException {
        assertThat(print(OutputFormat.MARKDOWN, "FLUSH ALL", flushAll())).isEqualTo("""
                | command   | flush_all_ts       | flushed |
                | --------- | -----------------: | ------- |
                | FLUSH ALL | 449913447211335700 | false   |
                """);
    }
}
