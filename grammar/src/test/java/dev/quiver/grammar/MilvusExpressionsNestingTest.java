package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.Or;
import org.junit.jupiter.api.Test;

/** Deep nesting fails cleanly; long flat expressions do not count as deep. */
class MilvusExpressionsNestingTest {

    @Test
    void tenThousandParenthesesAreTooLarge() {
        String deep = "(".repeat(10_000) + "x == 1" + ")".repeat(10_000);
        assertThatThrownBy(() -> MilvusExpressions.parse(deep))
                .isInstanceOf(ParsingException.class)
                .hasMessageContaining("expression too large");
    }

    @Test
    void tenThousandBracketsAndPrefixOperatorsAreTooLarge() {
        assertThatThrownBy(() -> MilvusExpressions.parse("x in " + "[".repeat(10_000) + "1" + "]".repeat(10_000)))
                .isInstanceOf(ParsingException.class)
                .hasMessageContaining("expression too large");
        assertThatThrownBy(() -> MilvusExpressions.parse("not ".repeat(10_000) + "x"))
                .isInstanceOf(ParsingException.class)
                .hasMessageContaining("expression too large");
        assertThatThrownBy(() -> MilvusExpressions.parse("-".repeat(10_000) + "x > 0"))
                .isInstanceOf(ParsingException.class)
                .hasMessage("line 1:129: expression too large: nested deeper than 128 levels");
    }

    @Test
    void nestingUpToTheLimitParses() {
        String deep = "(".repeat(127) + "x == 1" + ")".repeat(127);
        Expression parsed = MilvusExpressions.parse(deep);
        assertThat(parsed).isEqualTo(MilvusExpressions.parse("x == 1"));
        Expression nots = MilvusExpressions.parse("not ".repeat(100) + "x");
        int depth = 0;
        while (nots instanceof Not not) {
            nots = not.operand();
            depth++;
        }
        assertThat(depth).isEqualTo(100);
    }

    @Test
    void tenThousandTermsOfOrAreFlatNotDeep() {
        StringBuilder text = new StringBuilder("id == 0");
        for (int i = 1; i < 10_000; i++) {
            text.append(" or id == ").append(i);
        }
        Expression parsed = MilvusExpressions.parse(text.toString());
        int terms = 1;
        long last = -1;
        Expression current = parsed;
        while (current instanceof Or or) {
            if (last < 0) {
                last = ((Literal.IntegerLiteral) ((Comparison) or.right()).right()).value();
            }
            current = or.left();
            terms++;
        }
        assertThat(terms).isEqualTo(10_000);
        assertThat(last).isEqualTo(9_999);
        String rendered = MilvusExpressions.render(parsed);
        assertThat(rendered).isEqualTo(text.toString());
    }

    @Test
    void hundredThousandElementListParses() {
        StringBuilder text = new StringBuilder("id in [0");
        for (int i = 1; i < 100_000; i++) {
            text.append(", -").append(i);
        }
        In parsed = (In) MilvusExpressions.parse(text.append(']').toString());
        IntegerArrayLiteral list = (IntegerArrayLiteral) parsed.list();
        assertThat(list.size()).isEqualTo(100_000);
        assertThat(list.get(99_999)).isEqualTo(-99_999);
    }
}
