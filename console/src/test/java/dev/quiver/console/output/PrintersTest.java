package dev.quiver.console.output;

import static dev.quiver.console.testing.FakeDatabase.Col.number;
import static dev.quiver.console.testing.FakeDatabase.Col.text;
import static dev.quiver.console.testing.FakeDatabase.Col.vector;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.FakeDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PrintersTest {

    private static ResultSet sample() {
        return FakeDatabase.result(List.of(number("id"), text("color"), vector("vector")),
                new Object[] {0L, "pink_8682", new float[] {0.1f, 0.2f, -0.3f}},
                new Object[] {12L, null, new float[] {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f}});
    }

    private static String print(OutputFormat format, PrintOptions options, ResultSet rows) throws SQLException {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            ResultPrinter.of(format, options).print(rows, out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void asciiTable() throws SQLException {
        assertThat(print(OutputFormat.TABLE, PrintOptions.PLAIN, sample())).isEqualTo("""
                +----+-----------+--------------------+
                | id | color     | vector             |
                +----+-----------+--------------------+
                |  0 | pink_8682 | [0.1, 0.2, -0.3]   |
                | 12 | NULL      | [1.0, 2.0, … (10)] |
                +----+-----------+--------------------+
                Long vectors are abbreviated; \\format csv, tsv or json prints them in full.
                """);
    }

    @Test
    void unicodeTable() throws SQLException {
        assertThat(print(OutputFormat.TABLE, new PrintOptions(0, true), sample())).isEqualTo("""
                ┌────┬───────────┬────────────────────┐
                │ id │ color     │ vector             │
                ├────┼───────────┼────────────────────┤
                │  0 │ pink_8682 │ [0.1, 0.2, -0.3]   │
                │ 12 │ NULL      │ [1.0, 2.0, … (10)] │
                └────┴───────────┴────────────────────┘
                Long vectors are abbreviated; \\format csv, tsv or json prints them in full.
                """);
    }

    @Test
    void tableNarrowedToTheWidthCutsTheWidestColumn() throws SQLException {
        assertThat(print(OutputFormat.TABLE, new PrintOptions(30, false), sample())).isEqualTo("""
                +----+-----------+-----------+
                | id | color     | vector    |
                +----+-----------+-----------+
                |  0 | pink_8682 | [0.1, 0.… |
                | 12 | NULL      | [1.0, 2.… |
                +----+-----------+-----------+
                Long vectors are abbreviated; \\format csv, tsv or json prints them in full.
                """);
    }

    @Test
    void emptyTableShowsTheHeader() throws SQLException {
        assertThat(print(OutputFormat.TABLE, PrintOptions.PLAIN, FakeDatabase.result(List.of(text("name")))))
                .isEqualTo("""
                        +------+
                        | name |
                        +------+
                        +------+
                        """);
    }

    @Test
    void vertical() throws SQLException {
        assertThat(print(OutputFormat.VERTICAL, PrintOptions.PLAIN, sample())).isEqualTo("""
                -[ RECORD 1 ]
                id     | 0
                color  | pink_8682
                vector | [0.1, 0.2, -0.3]
                -[ RECORD 2 ]
                id     | 12
                color  | NULL
                vector | [1.0, 2.0, … (10)]
                """);
    }

    @Test
    void csvQuotesAndKeepsVectorsComplete() throws SQLException {
        ResultSet rows = FakeDatabase.result(List.of(number("id"), text("note"), vector("vector")),
                new Object[] {1L, "say \"hi\", then go", new float[] {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f}},
                new Object[] {2L, null, new float[] {0.5f}},
                new Object[] {3L, "two\nlines", new float[0]});
        assertThat(print(OutputFormat.CSV, PrintOptions.PLAIN, rows)).isEqualTo("""
                id,note,vector
                1,"say ""hi"", then go","[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0]"
                2,,[0.5]
                3,"two
                lines",[]
                """);
    }

    @Test
    void tsvEscapesTabsAndNewlines() throws SQLException {
        ResultSet rows = FakeDatabase.result(List.of(number("id"), text("note")),
                new Object[] {1L, "a\tb\nc\\d"}, new Object[] {2L, null});
        assertThat(print(OutputFormat.TSV, PrintOptions.PLAIN, rows)).isEqualTo("id\tnote\n1\ta\\tb\\nc\\\\d\n2\t\n");
    }

    @Test
    void jsonArrayOfObjects() throws SQLException {
        Map<Long, Float> sparse = new TreeMap<>(Map.of(3L, 0.5f, 17L, 0.25f));
        ResultSet rows = FakeDatabase.result(List.of(number("id"), text("color"), vector("vector"), vector("sparse")),
                new Object[] {0L, "pink \"8682\"", new float[] {0.1f, 0.2f}, sparse},
                new Object[] {1L, null, new float[] {1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f}, Map.of()});
        assertThat(print(OutputFormat.JSON, PrintOptions.PLAIN, rows)).isEqualTo("""
                [
                  {"id":0,"color":"pink \\"8682\\"","vector":[0.1,0.2],"sparse":{"3":0.5,"17":0.25}},
                  {"id":1,"color":null,"vector":[1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0],"sparse":{}}
                ]
                """);
    }

    @Test
    void jsonOfNoRowsIsAnEmptyArray() throws SQLException {
        assertThat(print(OutputFormat.JSON, PrintOptions.PLAIN, FakeDatabase.result(List.of(text("a")))))
                .isEqualTo("[]\n");
    }

    @Test
    void jsonLines() throws SQLException {
        assertThat(print(OutputFormat.JSONL, PrintOptions.PLAIN, sample())).isEqualTo("""
                {"id":0,"color":"pink_8682","vector":[0.1,0.2,-0.3]}
                {"id":12,"color":null,"vector":[1.0,2.0,3.0,4.0,5.0,6.0,7.0,8.0,9.0,10.0]}
                """);
    }

    @Test
    void markdown() throws SQLException {
        ResultSet rows = FakeDatabase.result(List.of(number("id"), text("color")),
                new Object[] {0L, "pink|8682"}, new Object[] {12L, null});
        assertThat(print(OutputFormat.MARKDOWN, PrintOptions.PLAIN, rows)).isEqualTo("""
                | id  | color      |
                | --: | ---------- |
                |   0 | pink\\|8682 |
                |  12 | NULL       |
                """);
    }

    @Test
    void binaryValuesPrintAsHexLiterals() throws SQLException {
        ResultSet rows = FakeDatabase.result(List.of(vector("bits")), new Object[] {new byte[] {0x0F, 0x3C}});
        assertThat(print(OutputFormat.CSV, PrintOptions.PLAIN, rows)).isEqualTo("bits\nx'0F3C'\n");
    }

    @Test
    void formatNamesParseCaseInsensitivelyAndUnknownOnesAreNamed() {
        assertThat(OutputFormat.parse("JSONL")).isEqualTo(OutputFormat.JSONL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFormat.parse("xml"))
                .hasMessage("unknown format 'xml'; expected one of: table, vertical, csv, tsv, json, jsonl, markdown");
    }
}
