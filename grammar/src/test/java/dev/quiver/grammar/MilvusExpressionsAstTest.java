package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.expr.Range;
import dev.quiver.grammar.expr.TemplateVariable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The trees {@link MilvusExpressions#parse} builds, node by node. */
class MilvusExpressionsAstTest {

    private static FieldRef field(String name) {
        return FieldRef.of(name);
    }

    private static Literal.IntegerLiteral integer(long value) {
        return Literal.of(value);
    }

    private static Comparison compare(Expression left, ComparisonOperator op, Expression right) {
        return new Comparison(left, op, right);
    }

    static Stream<Arguments> trees() {
        FieldRef a = field("a");
        FieldRef b = field("b");
        FieldRef c = field("c");
        return Stream.of(
                Arguments.of("year == 2000", compare(field("year"), ComparisonOperator.EQUAL, integer(2000))),
                Arguments.of("5 < x", compare(integer(5), ComparisonOperator.LESS, field("x"))),
                Arguments.of("a and b and c", new And(new And(a, b), c)),
                Arguments.of("a || b && c", new Or(a, new And(b, c))),
                Arguments.of("not a", new Not(a)),
                Arguments.of("!(a == 1)", new Not(compare(a, ComparisonOperator.EQUAL, integer(1)))),
                Arguments.of("not a == b", compare(new Not(a), ComparisonOperator.EQUAL, b)),
                Arguments.of("x not in [1, 2]", new In(field("x"), new IntegerArrayLiteral(new long[] {1, 2}), true)),
                Arguments.of("x in [1, 2.5]", new In(field("x"), new DecimalArrayLiteral(new double[] {1, 2.5}), false)),
                Arguments.of("x in ['a', \"b\"]", new In(field("x"),
                        new ArrayLiteral(List.of(Literal.of("a"), Literal.of("b"))), false)),
                Arguments.of("x in []", new In(field("x"), new ArrayLiteral(List.of()), false)),
                Arguments.of("x in {list}", new In(field("x"), new TemplateVariable("list"), false)),
                Arguments.of("x is not null", new NullTest(field("x"), true)),
                Arguments.of("x IS NULL", new NullTest(field("x"), false)),
                Arguments.of("1 < x <= 5", new Range(integer(1), false, field("x"), integer(5), true)),
                Arguments.of("5 >= x > 1", new Range(integer(1), false, field("x"), integer(5), true)),
                Arguments.of("5 > x >= 1", new Range(integer(1), true, field("x"), integer(5), false)),
                Arguments.of("meta[\"a\"]['b'][0] == true", compare(
                        new FieldRef("meta", List.of(new FieldRef.Key("a"), new FieldRef.Key("b"),
                                new FieldRef.Index(0))), ComparisonOperator.EQUAL, Literal.of(true))),
                Arguments.of("$meta[\"k\"] like \"ab%\"", new Like(
                        new FieldRef("$meta", List.of(new FieldRef.Key("k"))), Literal.of("ab%"))),
                Arguments.of("arr[3] >= -2.5", compare(new FieldRef("arr", List.of(new FieldRef.Index(3))),
                        ComparisonOperator.GREATER_OR_EQUAL, Literal.of(-2.5))),
                Arguments.of("-5 == x", compare(integer(-5), ComparisonOperator.EQUAL, field("x"))),
                Arguments.of("-x == 5", compare(new Negate(field("x")), ComparisonOperator.EQUAL, integer(5))),
                Arguments.of("-(5) == x", compare(new Negate(integer(5)), ComparisonOperator.EQUAL, field("x"))),
                Arguments.of("x == -9223372036854775808", compare(field("x"), ComparisonOperator.EQUAL,
                        integer(Long.MIN_VALUE))),
                Arguments.of("id % 2 == 0", compare(new Arithmetic(field("id"), ArithmeticOperator.MODULO, integer(2)),
                        ComparisonOperator.EQUAL, integer(0))),
                Arguments.of("a - 1 - 2 > 0", compare(new Arithmetic(new Arithmetic(a, ArithmeticOperator.SUBTRACT,
                        integer(1)), ArithmeticOperator.SUBTRACT, integer(2)), ComparisonOperator.GREATER, integer(0))),
                Arguments.of("a + 2 * 3 ** 2 > 0", compare(new Arithmetic(a, ArithmeticOperator.ADD,
                        new Arithmetic(integer(2), ArithmeticOperator.MULTIPLY,
                                new Arithmetic(integer(3), ArithmeticOperator.POWER, integer(2)))),
                        ComparisonOperator.GREATER, integer(0))),
                Arguments.of("JSON_Contains_Any(tags, [\"a\"])", new FunctionCall("json_contains_any",
                        List.of(field("tags"), new ArrayLiteral(List.of(Literal.of("a")))))),
                Arguments.of("array_length(arr) == 0", compare(new FunctionCall("array_length", List.of(field("arr"))),
                        ComparisonOperator.EQUAL, integer(0))),
                Arguments.of("x == 0x10 + 0o10 + 010 + 0b10", compare(field("x"), ComparisonOperator.EQUAL,
                        new Arithmetic(new Arithmetic(new Arithmetic(integer(16), ArithmeticOperator.ADD, integer(8)),
                                ArithmeticOperator.ADD, integer(8)), ArithmeticOperator.ADD, integer(2)))),
                Arguments.of("s == 'a\\tb\\u0041\\x42'", compare(field("s"), ComparisonOperator.EQUAL,
                        Literal.of("a\tbAB"))),
                Arguments.of("s == R'x\\y'", compare(field("s"), ComparisonOperator.EQUAL, Literal.of("x\\y"))),
                Arguments.of("Like == And", compare(field("Like"), ComparisonOperator.EQUAL, field("And"))));
    }

    @ParameterizedTest
    @MethodSource("trees")
    void parsesInto(String milvus, Expression expected) {
        assertThat(MilvusExpressions.parse(milvus)).isEqualTo(expected);
    }
}
