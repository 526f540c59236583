package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.ast.Insert;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Parameter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numeric lists are read as one token and scanned into primitive arrays; the result must be exactly what the
 * general list rules (used when a comment or parameter breaks the fast path) and Double.parseDouble give.
 */
class VectorLiteralFastPathTest {
    private final StatementParser parser = new StatementParser();

    private Expression value(String literal) {
        Insert insert = (Insert) parser.parse("INSERT INTO c VALUES (" + literal + ")");
        return ((InsertSource.Values) insert.source()).rows().get(0).get(0);
    }

    @Test
    void a768DimensionalVectorIsExact() {
        Random random = new Random(42);
        double[] expected = new double[768];
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < expected.length; i++) {
            String number = switch (i % 4) {
                case 0 -> Float.toString(random.nextFloat() * 2 - 1);
                case 1 -> Double.toString(random.nextGaussian());
                case 2 -> String.format(java.util.Locale.ROOT, "%.7e", random.nextDouble() * 1e-3);
                default -> Long.toString(random.nextInt(1000) - 500);
            };
            expected[i] = Double.parseDouble(number);
            text.append(i == 0 ? "" : ", ").append(number);
        }
        text.append(']');
        assertThat(value(text.toString())).isEqualTo(new DecimalArrayLiteral(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "-0.0", "1e-5", "1.5E+10", "123456789.123456789", "0.30000000000000004",
        "9007199254740993.0", "1e-300", "4.9e-324", "1.7976931348623157e308", ".5", "-.25", "3.", "12345678901234567890.5"})
    void decimalsMatchDoubleParseDouble(String number) {
        assertThat(value("[" + number + ", 1]"))
                .isEqualTo(new DecimalArrayLiteral(new double[] {Double.parseDouble(number), 1}));
    }

    @Test
    void integralListsBecomeIntegerArrays() {
        assertThat(value("[1, -2, 9223372036854775807, -9223372036854775808]")).isEqualTo(
                new IntegerArrayLiteral(new long[] {1, -2, Long.MAX_VALUE, Long.MIN_VALUE}));
    }

    @Test
    void fastAndGeneralPathsGiveTheSameAst() {
        assertThat(value("[1, /* two */ 2]")).isEqualTo(value("[1,2]"));
        assertThat(value("[ 0.5 ,\n -1 ]")).isEqualTo(value("[0.5, -1 -- comment\n]"));
        assertThat(value("[-1, 2.5]")).isEqualTo(new DecimalArrayLiteral(new double[] {-1, 2.5}));
    }

    @Test
    void listsOfOtherThingsUseTheGeneralRules() {
        assertThat(value("[1, ?]")).isEqualTo(new ArrayLiteral(List.of(Literal.of(1), new Parameter.Positional(1))));
        assertThat(value("[]")).isEqualTo(new ArrayLiteral(List.of()));
        assertThat(value("[[1, 2], [0.5]]")).isEqualTo(new ArrayLiteral(List.of(
                new IntegerArrayLiteral(new long[] {1, 2}), new DecimalArrayLiteral(new double[] {0.5}))));
    }

    @Test
    void manyRowsOfVectorsParse() {
        StringBuilder insert = new StringBuilder("INSERT INTO c (id, v) VALUES ");
        for (int row = 0; row < 100; row++) {
            insert.append(row == 0 ? "" : ", ").append('(').append(row).append(", [");
            for (int i = 0; i < 768; i++) {
                insert.append(i == 0 ? "" : ", ").append((row * 768 + i) / 1000.0);
            }
            insert.append("])");
        }
        InsertSource.Values values = (InsertSource.Values) ((Insert) parser.parse(insert.toString())).source();
        assertThat(values.rows()).hasSize(100);
        DecimalArrayLiteral last = (DecimalArrayLiteral) values.rows().get(99).get(1);
        assertThat(last.size()).isEqualTo(768);
        assertThat(last.get(767)).isEqualTo((99 * 768 + 767) / 1000.0);
    }
}
