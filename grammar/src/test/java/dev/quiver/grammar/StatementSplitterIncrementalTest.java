package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.IncrementalSplitter.Context;
import dev.quiver.grammar.IncrementalSplitter.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterIncrementalTest {

    /** Scripts whose tricky characters ({@code --}, {@code /*}, quotes, escapes, surrogates) meet chunk edges. */
    static Stream<String> scripts() {
        return Stream.of(
                "FLUSH a;\n  RELEASE COLLECTION b ;\n\n-- comment; not a statement\nSHOW LOAD STATE OF c",
                "SELECT * FROM `a;b` WHERE s = 'x;y' AND t = \"p;q\" /* c; d */ AND u = 'it''s;' -- e;f\n;"
                        + "DELETE FROM c WHERE s = 'back\\';slash'",
                "/* head */ FLUSH a; ;;\n\tFLUSH b",
                "SELECT '\uD83D\uDE00'; FLUSH x;\uD83D\uDE00 y",
                "SELECT 'abc; FLUSH c;",
                " ;\n -- only a comment\n /* and this */ ;",
                "-;/;-/;/-;--;\n/*/;*/ a-b/c;a--;\nb/*;*/;",
                "SELECT 1 - -2 / 3; SELECT `x``;y` FROM c; SELECT \"a\"\";b\";",
                "/**/x;/***/y;/* ** / */z",
                "SELECT 'a\\\\'; SELECT 'a\\\\\\';';",
                "FLUSH a; -",
                "FLUSH a; /",
                "\r\nFLUSH a;\r\nFLUSH b;\r\n");
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void charByCharLineByLineAndEverySplitGiveTheSameStatementsAsSplit(String script) {
        List<ScriptStatement> expected = StatementSplitter.split(script);
        assertThat(feed(characters(script))).isEqualTo(expected);
        assertThat(feed(script.split("(?<=\n)"))).isEqualTo(expected);
        for (int cut = 0; cut <= script.length(); cut++) {
            assertThat(feed(script.substring(0, cut), script.substring(cut))).as("cut at %d", cut).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void spansCoverTheTextInOrderWithoutRepeatingAContext(String script) {
        List<Span> spans = IncrementalSplitter.spans(script);
        int at = 0;
        Context before = null;
        for (Span span : spans) {
            assertThat(span.start()).isEqualTo(at);
            assertThat(span.end()).isGreaterThan(span.start());
            assertThat(span.context()).isNotEqualTo(before);
            at = span.end();
            before = span.context();
        }
        assertThat(at).isEqualTo(script.length());
    }

    @Test
    void spansNameTheContextOfEveryCharacter() {
        String text = "SELECT 'a''b;' -- c;\n/* d */ `e``f`-1/2 /*/ x */\"open";
        assertThat(IncrementalSplitter.spans(text))
                .extracting(s -> s.context() + ":" + text.substring(s.start(), s.end()))
                .containsExactly(
                        "CODE:SELECT ",
                        "STRING:'a''b;'",
                        "CODE: ",
                        "LINE_COMMENT:-- c;",
                        "CODE:\n",
                        "BLOCK_COMMENT:/* d */",
                        "CODE: ",
                        "QUOTED_IDENTIFIER:`e``f`",
                        "CODE:-1/2 ",
                        "BLOCK_COMMENT:/*/ x */",
                        "STRING:\"open");
        assertThat(IncrementalSplitter.spans("")).isEmpty();
        assertThat(IncrementalSplitter.spans("a-")).containsExactly(new Span(Context.CODE, 0, 2));
    }

    @Test
    void theCorpusSplitsTheSameCharByChar() throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/corpus/statements.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<ScriptStatement> expected = StatementSplitter.split(script);
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(feed(characters(script))).isEqualTo(expected);
        assertThat(feed(script.split("(?<=\n)"))).isEqualTo(expected);
    }

    @Test
    void splitsAtSemicolonsAndReportsWhereEachStatementStarts() {
        assertThat(StatementSplitter.split("FLUSH a; FLUSH b;\n\n  SHOW LOAD STATE\n  OF c;\nSHOW VERSION"))
                .containsExactly(
                        new ScriptStatement("FLUSH a", 1, 1, 0),
                        new ScriptStatement("FLUSH b", 1, 10, 9),
                        new ScriptStatement("SHOW LOAD STATE\n  OF c", 3, 3, 21),
                        new ScriptStatement("SHOW VERSION", 5, 1, 45));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SELECT * FROM c WHERE s = 'a;b';                 | SELECT * FROM c WHERE s = 'a;b'",
        "SELECT * FROM c WHERE s = \"a;b\";               | SELECT * FROM c WHERE s = \"a;b\"",
        "SELECT * FROM c WHERE s = 'it''s; fine';         | SELECT * FROM c WHERE s = 'it''s; fine'",
        "SELECT * FROM c WHERE s = 'x\\'; y';             | SELECT * FROM c WHERE s = 'x\\'; y'",
        "SELECT `a;b` FROM c;                             | SELECT `a;b` FROM c",
        "SELECT `a``;b` FROM c;                           | SELECT `a``;b` FROM c",
        "SELECT /* ; */ id FROM c;                        | SELECT /* ; */ id FROM c",
        "SELECT 10-1 FROM c;                              | SELECT 10-1 FROM c",
        "SELECT 10/2 FROM c;                              | SELECT 10/2 FROM c",
        "-1;                                              | -1",
        "/ 2;                                             | / 2",
    })
    void semicolonsInsideStringsIdentifiersAndCommentsDoNotEndAStatement(String script, String statement) {
        assertThat(StatementSplitter.split(script)).extracting(ScriptStatement::text).containsExactly(statement);
    }

    @Test
    void commentsBetweenStatementsAreDroppedAndLineCommentsHideSemicolons() {
        assertThat(StatementSplitter.split(
                "-- first; not a statement\n/* block;\n comment */ FLUSH a; -- trailing;\nFLUSH b;"))
                .containsExactly(new ScriptStatement("FLUSH a", 3, 13, 48), new ScriptStatement("FLUSH b", 4, 1, 70));
    }

    @Test
    void emptyStatementsAreSkipped() {
        assertThat(StatementSplitter.split(";; FLUSH a;;")).containsExactly(new ScriptStatement("FLUSH a", 1, 4, 3));
    }

    @Test
    void feedReturnsTheStatementsEachChunkCompletes() {
        IncrementalSplitter splitter = new IncrementalSplitter();
        assertThat(splitter.feed("FLUSH a; FLUS")).containsExactly(new ScriptStatement("FLUSH a", 1, 1, 0));
        assertThat(splitter.feed("H b")).isEmpty();
        assertThat(splitter.feed(";\nFLUSH c;")).containsExactly(
                new ScriptStatement("FLUSH b", 1, 10, 9), new ScriptStatement("FLUSH c", 2, 1, 18));
        assertThat(splitter.finish()).isNull();
    }

    @Test
    void tellsWhetherAStatementIsPendingAndWhichContextIsOpen() {
        IncrementalSplitter splitter = new IncrementalSplitter();
        assertThat(splitter.isInsideStatement()).isFalse();
        assertThat(splitter.feed("SELECT 'a\n")).isEmpty();
        assertThat(splitter.isInsideStatement()).isTrue();
        assertThat(splitter.context()).isEqualTo(Context.STRING);
        assertThat(splitter.feed("b';\n")).containsExactly(new ScriptStatement("SELECT 'a\nb'", 1, 1, 0));
        assertThat(splitter.isInsideStatement()).isFalse();
        assertThat(splitter.context()).isEqualTo(Context.CODE);
        splitter.feed("/* open");
        assertThat(splitter.isInsideStatement()).isFalse();
        assertThat(splitter.context()).isEqualTo(Context.BLOCK_COMMENT);
        splitter.feed(" */ -- note");
        assertThat(splitter.isInsideStatement()).isFalse();
        assertThat(splitter.context()).isEqualTo(Context.LINE_COMMENT);
        splitter.feed("\nSELECT `x");
        assertThat(splitter.isInsideStatement()).isTrue();
        assertThat(splitter.context()).isEqualTo(Context.QUOTED_IDENTIFIER);
        assertThat(splitter.finish()).isEqualTo(new ScriptStatement("SELECT `x", 4, 1, 33));
    }

    @Test
    void aLoneDashOrSlashIsPendingStatementText() {
        IncrementalSplitter splitter = new IncrementalSplitter();
        splitter.feed("FLUSH a; -");
        assertThat(splitter.isInsideStatement()).isTrue();
        splitter.feed("-");
        assertThat(splitter.isInsideStatement()).isFalse();
        assertThat(splitter.context()).isEqualTo(Context.LINE_COMMENT);
    }

    @Test
    void aFinishedSplitterRefusesMoreText() {
        IncrementalSplitter splitter = new IncrementalSplitter();
        assertThat(splitter.finish()).isNull();
        assertThatThrownBy(() -> splitter.feed("FLUSH a;")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(splitter::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLargeScriptFedLineByLineIsSplitInOnePass() {
        int lines = 50_000;
        IncrementalSplitter splitter = new IncrementalSplitter();
        CountingText counted = null;
        List<ScriptStatement> statements = new ArrayList<>();
        long charactersFed = 0;
        for (int i = 0; i < lines; i++) {
            counted = new CountingText("INSERT INTO c (id, v) VALUES (" + i + ", [0.1, 0.2, 'x;y']);\n");
            statements.addAll(splitter.feed(counted));
            charactersFed += counted.length();
            assertThat(counted.reads).isEqualTo(counted.length());
        }
        assertThat(splitter.finish()).isNull();
        assertThat(charactersFed).isGreaterThan(lines * 40L);
        assertThat(statements).hasSize(lines);
        assertThat(statements.get(lines - 1)).isEqualTo(new ScriptStatement(
                "INSERT INTO c (id, v) VALUES (49999, [0.1, 0.2, 'x;y'])", lines, 1,
                (int) charactersFed - counted.length()));
    }

    /** Text that counts how often its characters are read, to show that each one is read exactly once. */
    private static final class CountingText implements CharSequence {
        private final String text;
        private int reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException("the splitter reads characters one by one");
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static String[] characters(String script) {
        String[] characters = new String[script.length()];
        for (int i = 0; i < script.length(); i++) {
            characters[i] = String.valueOf(script.charAt(i));
        }
        return characters;
    }

    private static List<ScriptStatement> feed(String... chunks) {
        IncrementalSplitter splitter = new IncrementalSplitter();
        List<ScriptStatement> statements = new ArrayList<>();
        for (String chunk : chunks) {
            statements.addAll(splitter.feed(chunk));
        }
        ScriptStatement last = splitter.finish();
        if (last != null) {
            statements.add(last);
        }
        return statements;
    }
}
