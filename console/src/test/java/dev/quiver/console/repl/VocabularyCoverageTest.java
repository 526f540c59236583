package dev.quiver.console.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.internal.QuiverSqlLexer;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/**
 * Completion and highlighting know every word of the grammar. The expected keywords are read here straight from
 * the generated lexer's vocabulary, independently of {@link dev.quiver.grammar.Vocabulary}, so a keyword added to
 * the grammar that the console does not offer fails this test.
 */
class VocabularyCoverageTest {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle FUNCTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);

    @Test
    void completionOffersEveryKeywordOfTheLexer() {
        Set<String> lexerKeywords = lexerKeywords();
        assertThat(lexerKeywords).contains("GLOBAL", "REPLACE", "TABLES", "SELECT", "FLUSH").hasSizeGreaterThan(80);

        assertThat(candidates("", "keywords")).containsAll(lexerKeywords);
        assertThat(candidates("sel", "keywords")).contains("select", "global", "replace", "tables");
    }

    @Test
    void completionOffersEveryFieldType() {
        List<String> types = candidates("", "types");
        for (dev.quiver.grammar.ast.DataType type : dev.quiver.grammar.ast.DataType.values()) {
            assertThat(types).contains(type.name());
        }
        assertThat(StatementHighlighter.highlight("float_vector").styleAt(0)).isEqualTo(KEYWORD);
    }

    @Test
    void completionOffersTheFilterFunctions() {
        assertThat(candidates("", "functions")).contains("json_contains", "json_contains_all", "json_contains_any",
                "array_contains", "array_contains_all", "array_contains_any", "array_length", "text_match",
                "phrase_match");
    }

    @Test
    void highlightingColoursEveryKeywordOfTheLexerAndTheFunctions() {
        for (String keyword : lexerKeywords()) {
            assertThat(StatementHighlighter.highlight(keyword).styleAt(0)).as(keyword).isEqualTo(KEYWORD);
        }
        assertThat(StatementHighlighter.highlight("array_length").styleAt(0)).isEqualTo(FUNCTION);
        assertThat(StatementHighlighter.highlight("films").styleAt(0)).isEqualTo(AttributedStyle.DEFAULT);
    }

    private static Set<String> lexerKeywords() {
        Vocabulary vocabulary = QuiverSqlLexer.VOCABULARY;
        Set<String> keywords = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[A-Za-z_][A-Za-z0-9_]*'")) {
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        return keywords;
    }

    private static List<String> candidates(String word, String group) {
        StatementCompleter completer = new StatementCompleter(new NameCache(VocabularyCoverageTest::noConnection));
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, line(word), candidates);
        return candidates.stream().filter(candidate -> group.equals(candidate.group())).map(Candidate::value)
                .toList();
    }

    private static Connection noConnection() {
        return (Connection) Proxy.newProxyInstance(VocabularyCoverageTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    throw new SQLException("no connection in this test");
                });
    }

    private static ParsedLine line(String word) {
        return new ParsedLine() {
            @Override
            public String word() {
                return word;
            }

            @Override
            public int wordCursor() {
                return word.length();
            }

            @Override
            public int wordIndex() {
                return 1;
            }

            @Override
            public List<String> words() {
                return List.of("x", word);
            }

            @Override
            public String line() {
                return "x " + word;
            }

            @Override
            public int cursor() {
                return line().length();
            }
        };
    }
}
