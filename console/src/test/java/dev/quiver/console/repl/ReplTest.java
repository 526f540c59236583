package dev.quiver.console.repl;

import static dev.quiver.console.testing.FakeDatabase.Col.number;
import static dev.quiver.console.testing.FakeDatabase.Col.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.Main;
import dev.quiver.console.testing.FakeDatabase;
import dev.quiver.console.testing.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive session on a dumb terminal fed from a string. */
class ReplTest {
    @TempDir
    Path home;

    private final FakeDatabase database = new FakeDatabase()
            .rows("SELECT id, color\nFROM films LIMIT 2", List.of(number("id"), text("color")),
                    new Object[] {0L, "pink_8682"}, new Object[] {1L, "red_7025"})
            .count("CREATE USER alice PASSWORD 'wonderland'", 0)
            .count("ALTER USER alice\nPASSWORD 'looking-glass' REPLACE 'wonderland'", 0)
            .fails("DROP COLLECTION nope", "collection not found[collection=nope]", "42M01");

    @Test
    void readsMultiLineStatementsKeepsGoingAfterErrorsAndQuits() {
        TestEnvironment env = new TestEnvironment(database, home).terminal(true)
                .stdin("SELECT id, color\nFROM films LIMIT 2;\nDROP COLLECTION nope;\n\\q\nSELECT 'never';\n");
        int exit = Main.run(env, "jdbc:milvus://db", "--no-banner");
        assertThat(exit).isZero();
        assertThat(database.executed()).containsExactly("SELECT id, color\nFROM films LIMIT 2", "DROP COLLECTION nope",
                "SHOW COLLECTIONS");
        assertThat(env.out()).contains("""
                +----+-----------+
                | id | color     |
                +----+-----------+
                |  0 | pink_8682 |
                |  1 | red_7025  |
                +----+-----------+
                (2 rows)
                """);
        assertThat(env.err()).isEqualTo("ERROR: collection not found[collection=nope]\n");
    }

    @Test
    void historyIsPrivateAndHasNoPasswords() throws IOException {
        TestEnvironment env = new TestEnvironment(database, home).terminal(true)
                .stdin("SELECT id, color\nFROM films LIMIT 2;\nCREATE USER alice PASSWORD 'wonderland';\n"
                        + "ALTER USER alice\nPASSWORD 'looking-glass' REPLACE 'wonderland';\n");
        assertThat(Main.run(env, "jdbc:milvus://db", "--no-banner")).isZero();
        Path history = home.resolve(".quiver_history");
        assertThat(Files.getPosixFilePermissions(history)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String saved = Files.readString(history);
        assertThat(saved).contains("FROM films LIMIT 2;").doesNotContain("wonderland").doesNotContain("PASSWORD")
                .doesNotContain("looking-glass").doesNotContain("ALTER USER");
        assertThat(database.executed()).contains("CREATE USER alice PASSWORD 'wonderland'",
                "ALTER USER alice\nPASSWORD 'looking-glass' REPLACE 'wonderland'");
    }

    @Test
    void theBannerSaysWhereTheSessionIsConnected() {
        TestEnvironment env = new TestEnvironment(database, home).terminal(true).stdin("");
        assertThat(Main.run(env)).isZero();
        assertThat(env.out()).startsWith("Using the embedded engine in memory (jdbc:milvus:mem:): data is gone on "
                + "exit; to keep it, run quiver jdbc:milvus:file:DIR. Type \\help for help, \\q to quit.\n");
    }

    @Test
    void exitAndQuitEndTheSessionLikeBackslashQ() {
        for (String exit : List.of("exit", "quit;", "  EXIT  ")) {
            FakeDatabase fresh = new FakeDatabase();
            TestEnvironment env = new TestEnvironment(fresh, home).terminal(true).stdin(exit + "\nSELECT 'never';\n");
            assertThat(Main.run(env, "jdbc:milvus://db", "--no-banner")).isZero();
            assertThat(fresh.executed()).isEmpty();
            assertThat(env.err()).isEmpty();
        }
        assertThat(StatementLineParser.isComplete("exit")).isTrue();
        assertThat(StatementLineParser.isComplete("exit now")).isFalse();
    }

    @Test
    void ctrlDOnAnEmptyContinuationLineEndsTheInput() {
        FakeDatabase fresh = new FakeDatabase();
        TestEnvironment env = new TestEnvironment(fresh, home).terminal(true)
                .stdin("SELECT id, color\n\u0004SELECT 'never';\n");
        assertThat(Main.run(env, "jdbc:milvus://db", "--no-banner")).isZero();
        assertThat(fresh.executed()).isEmpty();
        assertThat(EndOfInputKey.endsInput("SELECT 1\n", 9)).isTrue();
        assertThat(EndOfInputKey.endsInput("", 0)).isTrue();
        assertThat(EndOfInputKey.endsInput("SELECT 1\nFR", 11)).isFalse();
        assertThat(EndOfInputKey.endsInput("SELECT 1\n", 3)).isFalse();
    }

    @Test
    void thePromptNamesTheConnectionAndTheDatabase() {
        TestEnvironment env = new TestEnvironment(database, home).terminal(true).stdin("\\q\n");
        assertThat(Main.run(env, "jdbc:milvus://127.0.0.1:19530", "--no-banner")).isZero();
        assertThat(env.out()).startsWith("quiver 127.0.0.1:19530/default> ");
        assertThat(Prompt.primary("jdbc:milvus:mem:", "default")).isEqualTo("quiver mem:default> ");
        assertThat(Prompt.primary("jdbc:milvus:mem:scratch", "db")).isEqualTo("quiver mem:scratch/db> ");
        assertThat(Prompt.primary("jdbc:milvus:file:/tmp/x/data/", "default")).isEqualTo("quiver file:data/default> ");
        assertThat(Prompt.primary("jdbc:milvus://h:19530/books?tls=true", null)).isEqualTo("quiver h:19530/books> ");
        assertThat(Prompt.primary("jdbc:milvus://h:19530/books", "other")).isEqualTo("quiver h:19530/other> ");
        assertThat(Prompt.continuation("quiver mem:default> ")).isEqualTo("                 -> ");
    }

    @Test
    void interactiveTablesShowAtMostFortyRows() {
        Object[][] rows = new Object[50][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {(long) i};
        }
        FakeDatabase many = new FakeDatabase().rows("SELECT id FROM big", List.of(number("id")), rows);
        TestEnvironment env = new TestEnvironment(many, home).terminal(true).stdin("SELECT id FROM big;\n");
        assertThat(Main.run(env, "jdbc:milvus://db", "--no-banner")).isZero();
        assertThat(env.out()).contains("|  19 |\n| ... |\n|  30 |").contains("(50 rows, 40 shown; \\maxrows 0 shows all)")
                .doesNotContain("|  20 |").doesNotContain("|  29 |");
    }

    @Test
    void anInteractiveSyntaxErrorShowsTheLineWithACaretAndAHint() {
        FakeDatabase typo = new FakeDatabase().fails("SELEC id FROM films",
                "line 1:1: mismatched input 'SELEC'. Expecting: 'SELECT', 'SHOW'", "42601");
        TestEnvironment env = new TestEnvironment(typo, home).terminal(true).stdin("SELEC id FROM films;\n");
        assertThat(Main.run(env, "jdbc:milvus://db", "--no-banner")).isZero();
        assertThat(env.err()).isEqualTo("""
                ERROR: mismatched input 'SELEC'. Expecting: 'SELECT', 'SHOW'
                  SELEC id FROM films
                  ^
                HINT: did you mean SELECT?
                """);
    }

    private static List<String> completions(StatementCompleter completer, String buffer) {
        List<org.jline.reader.Candidate> candidates = new java.util.ArrayList<>();
        completer.complete(null, new StatementLineParser().parse(buffer, buffer.length(),
                org.jline.reader.Parser.ParseContext.COMPLETE), candidates);
        return candidates.stream().map(org.jline.reader.Candidate::value).toList();
    }

    @Test
    void completionFollowsTheContext() {
        FakeDatabase catalog = new FakeDatabase().tables("films", "books");
        java.sql.Connection connection = catalog.connect();
        StatementCompleter completer = new StatementCompleter(new NameCache(() -> connection));
        assertThat(completions(completer, "SELECT * FROM ")).containsExactlyInAnyOrder("films", "books");
        assertThat(completions(completer, "drop collection ")).containsExactlyInAnyOrder("films", "books", "IF");
        assertThat(completions(completer, "\\d ")).containsExactlyInAnyOrder("films", "books");
        assertThat(completions(completer, "\\format ")).containsExactly("table", "vertical", "csv", "tsv", "json",
                "jsonl", "markdown");
        assertThat(completions(completer, "\\")).contains("\\d", "\\dt", "\\l", "\\maxrows");
        assertThat(completions(completer, "SHOW ")).contains("COLLECTIONS").doesNotContain("films", "SELECT");
    }

    @Test
    void enterContinuesAnUnfinishedStatement() {
        assertThat(StatementLineParser.isComplete("SELECT 1")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT ';'")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT 'a\n;")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT 1; -- done")).isTrue();
        assertThat(StatementLineParser.isComplete("SELECT 1;")).isTrue();
        assertThat(StatementLineParser.isComplete("\\x")).isTrue();
        assertThat(StatementLineParser.isComplete("  ")).isTrue();
        assertThat(StatementLineParser.isComplete("/* open")).isFalse();
    }

    @Test
    void highlightingColoursStringsCommentsKeywordsAndNumbersByTheGrammarsRules() {
        AttributedStyle keyword = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
        AttributedStyle string = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
        AttributedStyle number = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
        AttributedStyle comment = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
        AttributedString expected = new AttributedStringBuilder()
                .styled(keyword, "SELECT").append(" ").styled(string, "'it''s -- no'").append(" ")
                .append("`a``b`").append(" ").styled(comment, "/* c */").append(" ").styled(number, "12")
                .append("-").styled(number, "3").append(" ").styled(comment, "-- d").append("\n").append("x")
                .toAttributedString();
        assertThat(StatementHighlighter.highlight("SELECT 'it''s -- no' `a``b` /* c */ 12-3 -- d\nx"))
                .isEqualTo(expected);
    }

    @Test
    void secretsAreRecognized() {
        assertThat(Secrets.mayContainSecret("ALTER USER u PASSWORD 'x'")).isTrue();
        assertThat(Secrets.mayContainSecret("\\connect jdbc:milvus://h?token=abc")).isTrue();
        assertThat(Secrets.mayContainSecret("SELECT * FROM films")).isFalse();
    }
}
