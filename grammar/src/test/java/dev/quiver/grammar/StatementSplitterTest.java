package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementSplitterTest {

    @Test
    void splitsAtTopLevelSemicolonsWithPositions() {
        String script = "FLUSH a;\n  RELEASE COLLECTION b ;\n\n-- comment; not a statement\nSHOW LOAD STATE OF c";
        assertThat(StatementSplitter.split(script)).containsExactly(
                new ScriptStatement("FLUSH a", 1, 1, 0),
                new ScriptStatement("RELEASE COLLECTION b", 2, 3, 11),
                new ScriptStatement("SHOW LOAD STATE OF c", 5, 1, 63));
    }

    @Test
    void semicolonsInsideStringsIdentifiersAndCommentsDoNotSplit() {
        String script = "SELECT * FROM `a;b` WHERE s = 'x;y' AND t = \"p;q\" /* c; d */ AND u = 'it''s;' -- e;f\n;"
                + "DELETE FROM c WHERE s = 'back\\';slash'";
        List<ScriptStatement> statements = StatementSplitter.split(script);
        assertThat(statements).extracting(ScriptStatement::text).containsExactly(
                "SELECT * FROM `a;b` WHERE s = 'x;y' AND t = \"p;q\" /* c; d */ AND u = 'it''s;' -- e;f",
                "DELETE FROM c WHERE s = 'back\\';slash'");
        StatementParser parser = new StatementParser();
        for (ScriptStatement statement : statements) {
            assertThat(parser.parse(statement.text())).isNotNull();
        }
        assertThat(parser.parseScript(script)).hasSize(2);
    }

    @Test
    void startOffsetPointsAtTheText() {
        String script = "/* head */ FLUSH a; ;;\n\tFLUSH b";
        for (ScriptStatement statement : StatementSplitter.split(script)) {
            assertThat(script.substring(statement.startOffset())).startsWith(statement.text());
        }
        assertThat(StatementSplitter.split(script)).extracting(ScriptStatement::startColumn).containsExactly(12, 2);
    }

    @Test
    void columnsCountCodePointsLikeParserErrors() {
        String script = "SELECT '\uD83D\uDE00'; FLUSH x";
        assertThat(StatementSplitter.split(script).get(1)).isEqualTo(new ScriptStatement("FLUSH x", 1, 13, 13));
    }

    @Test
    void unterminatedStringRunsToTheEnd() {
        assertThat(StatementSplitter.split("SELECT 'abc; FLUSH c;")).extracting(ScriptStatement::text)
                .containsExactly("SELECT 'abc; FLUSH c;");
    }

    @Test
    void emptyInputHasNoStatements() {
        assertThat(StatementSplitter.split("")).isEmpty();
        assertThat(StatementSplitter.split(" ;\n -- only a comment\n /* and this */ ;")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FLUSH a;|true",
        "FLUSH a; -- done|true",
        "FLUSH a; /* done */  |true",
        "FLUSH a|false",
        "FLUSH a; FLUSH b|false",
        "SELECT 'a;|false",
        "SELECT `a;|false",
        "SELECT 1 /* ; |false",
        "SELECT 1 -- ;|false",
        "''|false",
        "' '|false",
        "FLUSH a; FLUSH b;|true",
    })
    void knowsWhetherABufferIsComplete(String buffer, boolean complete) {
        assertThat(StatementSplitter.isComplete(buffer)).isEqualTo(complete);
    }

    @Test
    void multiLineBufferIsCompleteOnlyAfterTheSemicolon() {
        assertThat(StatementSplitter.isComplete("CREATE COLLECTION c (\n  id INT64 PRIMARY KEY,\n")).isFalse();
        assertThat(StatementSplitter.isComplete("CREATE COLLECTION c (\n  id INT64 PRIMARY KEY\n);\n")).isTrue();
    }
}
