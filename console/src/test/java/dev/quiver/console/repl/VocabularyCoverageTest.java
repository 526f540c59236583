package dev.quiver.console.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.internal.QuiverSqlLexer;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Vocabulary;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/**
 * Highlighting knows every word of the grammar. The expected keywords are read here straight from the generated
 * lexer's vocabulary, independently of {@link dev.quiver.grammar.Vocabulary}, so a keyword added to the grammar
 * that the console does not colour fails this test. (Completion offers what the grammar accepts at the cursor:
 * {@code dev.quiver.grammar.CompletionsTest} checks that every keyword is offered where the corpus uses it.)
 */
class VocabularyCoverageTest {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle FUNCTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);

    @Test
    void highlightingColoursEveryKeywordOfTheLexerAndTheFunctions() {
        Set<String> keywords = lexerKeywords();
        assertThat(keywords).contains("GLOBAL", "REPLACE", "TABLES", "SELECT", "FLUSH").hasSizeGreaterThan(80);
        for (String keyword : keywords) {
            assertThat(StatementHighlighter.highlight(keyword).styleAt(0)).as(keyword).isEqualTo(KEYWORD);
        }
        assertThat(StatementHighlighter.highlight("float_vector").styleAt(0)).isEqualTo(KEYWORD);
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
}
