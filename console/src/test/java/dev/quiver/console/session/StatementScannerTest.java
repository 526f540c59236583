package dev.quiver.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementScannerTest {

    private static List<ScriptStatement> scan(String script) {
        StatementScanner scanner = new StatementScanner();
        List<ScriptStatement> statements = new ArrayList<>();
        for (String line : script.split("(?<=\n)")) {
            statements.addAll(scanner.feed(line));
        }
        ScriptStatement last = scanner.finish();
        if (last != null) {
            statements.add(last);
        }
        return statements;
    }

    @Test
    void splitsAtSemicolonsAndReportsWhereEachStatementStarts() {
        assertThat(scan("FLUSH a; FLUSH b;\n\n  SHOW LOAD STATE\n  OF c;\nSHOW VERSION"))
                .containsExactly(
                        new ScriptStatement("FLUSH a", 1, 1),
                        new ScriptStatement("FLUSH b", 1, 10),
                        new ScriptStatement("SHOW LOAD STATE\n  OF c", 3, 3),
                        new ScriptStatement("SHOW VERSION", 5, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * FROM c WHERE s = 'a;b';                 | SELECT * FROM c WHERE s = 'a;b'",
        "SELECT * FROM c WHERE s = \"a;b\";               | SELECT * FROM c WHERE s = \"a;b\"",
        "SELECT * FROM c WHERE s = 'it''s; fine';         | SELECT * FROM c WHERE s = 'it''s; fine'",
        "SELECT * FROM c WHERE s = 'x\\'; y';             | SELECT * FROM c WHERE s = 'x\\'; y'",
        "SELECT `a;b` FROM c;                             | SELECT `a;b` FROM c",
        "SELECT /* ; */ id FROM c;                        | SELECT /* ; */ id FROM c",
    })
    void semicolonsInsideStringsIdentifiersAndCommentsDoNotEndAStatement(String script, String statement) {
        assertThat(scan(script)).extracting(ScriptStatement::text).containsExactly(statement);
    }

    @Test
    void commentsBetweenStatementsAreDroppedAndLineCommentsHideSemicolons() {
        assertThat(scan("-- first; not a statement\n/* block;\n comment */ FLUSH a; -- trailing;\nFLUSH b;"))
                .containsExactly(new ScriptStatement("FLUSH a", 3, 13), new ScriptStatement("FLUSH b", 4, 1));
    }

    @Test
    void emptyStatementsAreSkipped() {
        assertThat(scan(";; FLUSH a;;")).containsExactly(new ScriptStatement("FLUSH a", 1, 4));
    }

    @Test
    void tellsWhetherAStatementIsPendingOrAQuoteIsOpen() {
        StatementScanner scanner = new StatementScanner();
        assertThat(scanner.feed("SELECT 'a\n")).isEmpty();
        assertThat(scanner.hasPendingStatement()).isTrue();
        assertThat(scanner.insideQuotesOrComment()).isTrue();
        assertThat(scanner.feed("b';\n")).containsExactly(new ScriptStatement("SELECT 'a\nb'", 1, 1));
        assertThat(scanner.hasPendingStatement()).isFalse();
        assertThat(scanner.insideQuotesOrComment()).isFalse();
    }
}
