package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.Delete;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Expression;
import org.junit.jupiter.api.Test;

/** Deeply nested input fails cleanly with "statement too large"; long flat chains still parse. */
class DeepNestingTest {
    private final StatementParser parser = new StatementParser();

    @Test
    void tenThousandNestedParenthesesAreTooLarge() {
        String filter = "(".repeat(10_000) + "id = 1" + ")".repeat(10_000);
        assertThatThrownBy(() -> parser.parse("DELETE FROM c WHERE " + filter))
                .isInstanceOf(ParsingException.class)
                .hasMessage("line 1:221: statement too large (nested deeper than 200 levels)");
        assertThatThrownBy(() -> parser.parseExpression(filter))
                .isInstanceOf(ParsingException.class)
                .hasMessageContaining("statement too large");
    }

    @Test
    void deeplyNestedListsAreTooLarge() {
        String value = "[".repeat(5_000) + "1" + "]".repeat(5_000);
        assertThatThrownBy(() -> parser.parse("INSERT INTO c VALUES (" + value + ")"))
                .isInstanceOf(ParsingException.class)
                .hasMessageContaining("statement too large");
    }

    @Test
    void longPrefixChainsFailCleanlyOrParse() {
        // NOT and unary minus nest without brackets; very long chains must never escape as StackOverflowError
        String nots = "NOT ".repeat(100_000) + "flag";
        assertThatThrownBy(() -> parser.parse("DELETE FROM c WHERE " + nots))
                .isInstanceOf(ParsingException.class)
                .hasMessageContaining("statement too large");
    }

    @Test
    void nestingWithinTheLimitParses() {
        String filter = "(".repeat(50) + "id = 1" + ")".repeat(50);
        assertThat(parser.parse("DELETE FROM c WHERE " + filter)).isEqualTo(parser.parse("DELETE FROM c WHERE id = 1"));
    }

    @Test
    void hugeAndChainParsesIntoALeftDeepTree() {
        int terms = 10_000;
        StringBuilder filter = new StringBuilder("id = 0");
        for (int i = 1; i < terms; i++) {
            filter.append(" AND id = ").append(i);
        }
        Delete delete = (Delete) parser.parse("DELETE FROM c WHERE " + filter);
        int depth = 0;
        Expression current = delete.filter();
        while (current instanceof And and) {
            depth++;
            current = and.left();
        }
        assertThat(depth).isEqualTo(terms - 1);
    }
}
