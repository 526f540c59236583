package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.Range;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rendering trees built by hand: parentheses, escapes, numbers, and what Milvus text cannot hold. */
class MilvusExpressionsRenderTest {
    private static final FieldRef A = FieldRef.of("a");
    private static final FieldRef B = FieldRef.of("b");
    private static final FieldRef C = FieldRef.of("c");
    private static final FieldRef X = FieldRef.of("x");

    private static Expression eq(Expression left, Expression right) {
        return new Comparison(left, ComparisonOperator.EQUAL, right);
    }

    private static Expression lt(Expression left, Expression right) {
        return new Comparison(left, ComparisonOperator.LESS, right);
    }

    private static Expression arith(Expression left, ArithmeticOperator op, Expression right) {
        return new Arithmetic(left, op, right);
    }

    static Stream<Arguments> milvusTexts() {
        Literal.IntegerLiteral one = Literal.of(1L);
        Literal.IntegerLiteral two = Literal.of(2L);
        return Stream.of(
                Arguments.of(new And(new And(A, B), C), "a and b and c"),
                Arguments.of(new And(A, new And(B, C)), "a and (b and c)"),
                Arguments.of(new Or(new And(A, B), C), "a and b or c"),
                Arguments.of(new And(new Or(A, B), C), "(a or b) and c"),
                Arguments.of(new Or(A, new Or(B, C)), "a or (b or c)"),
                Arguments.of(new Not(new And(A, B)), "not (a and b)"),
                Arguments.of(new Not(eq(A, one)), "not (a == 1)"),
                Arguments.of(new Not(new Not(A)), "not not a"),
                Arguments.of(new Not(new Like(A, Literal.of("x%"))), "not a like \"x%\""),
                Arguments.of(new Not(new NullTest(A, false)), "not a is null"),
                Arguments.of(eq(new Not(A), B), "(not a) == b"),
                Arguments.of(eq(lt(A, B), lt(B, C)), "(a < b) == (b < c)"),
                Arguments.of(lt(lt(one, X), two), "(1 < x) < 2"),
                Arguments.of(lt(one, lt(X, two)), "1 < (x < 2)"),
                Arguments.of(new Range(lt(A, B), false, X, two, true), "(a < b) < x <= 2"),
                Arguments.of(new In(new In(X, new ArrayLiteral(List.of()), false), new ArrayLiteral(List.of(
                        Literal.of(true))), true), "(x in []) not in [true]"),
                Arguments.of(new In(new Not(X), new DecimalArrayLiteral(new double[] {1, 0.5}), false),
                        "(not x) in [1.0, 0.5]"),
                Arguments.of(arith(arith(A, ArithmeticOperator.SUBTRACT, B), ArithmeticOperator.SUBTRACT, C), "a - b - c"),
                Arguments.of(arith(A, ArithmeticOperator.SUBTRACT, arith(B, ArithmeticOperator.SUBTRACT, C)), "a - (b - c)"),
                Arguments.of(arith(arith(A, ArithmeticOperator.ADD, B), ArithmeticOperator.MULTIPLY, C), "(a + b) * c"),
                Arguments.of(arith(A, ArithmeticOperator.ADD, arith(B, ArithmeticOperator.MULTIPLY, C)), "a + b * c"),
                Arguments.of(arith(A, ArithmeticOperator.POWER, arith(B, ArithmeticOperator.POWER, C)), "a ** (b ** c)"),
                Arguments.of(arith(arith(A, ArithmeticOperator.POWER, B), ArithmeticOperator.POWER, C), "(a ** b) ** c"),
                Arguments.of(arith(Literal.of(-5L), ArithmeticOperator.POWER, two), "(-5) ** 2"),
                Arguments.of(arith(new Negate(A), ArithmeticOperator.POWER, two), "(-a) ** 2"),
                Arguments.of(new Negate(arith(A, ArithmeticOperator.POWER, two)), "-a ** 2"),
                Arguments.of(arith(A, ArithmeticOperator.SUBTRACT, Literal.of(-5L)), "a - -5"),
                Arguments.of(arith(A, ArithmeticOperator.POWER, Literal.of(-0.5)), "a ** (-0.5)"),
                Arguments.of(new Negate(Literal.of(5L)), "-(5)"),
                Arguments.of(new Negate(Literal.of(-5L)), "-(-5)"),
                Arguments.of(new Negate(new Negate(A)), "-(-a)"),
                Arguments.of(new Negate(eq(A, B)), "-(a == b)"),
                Arguments.of(arith(eq(A, B), ArithmeticOperator.ADD, one), "(a == b) + 1"),
                Arguments.of(new Like(new Arithmetic(A, ArithmeticOperator.ADD, B), Literal.of("1%")), "(a + b) like \"1%\""),
                Arguments.of(eq(A, Literal.of(-0.0)), "a == -0.0"),
                Arguments.of(eq(A, Literal.of(1e300)), "a == 1.0E300"),
                Arguments.of(eq(A, Literal.of(Double.MIN_VALUE)), "a == 4.9E-324"),
                Arguments.of(eq(A, Literal.of(Long.MIN_VALUE)), "a == -9223372036854775808"),
                Arguments.of(eq(A, Literal.of("q\"b\\s\nn\tt\rr\u0001\u007f\u00e9\uD83D\uDE00")),
                        "a == \"q\\\"b\\\\s\\nn\\tt\\rr\\u0001\\u007F\u00e9\uD83D\uDE00\""),
                Arguments.of(eq(new FieldRef("meta", List.of(new FieldRef.Key("a\"b"), new FieldRef.Index(3))),
                        Literal.of(true)), "meta[\"a\\\"b\"][3] == true"),
                Arguments.of(new Range(Literal.of(1L), true, arith(X, ArithmeticOperator.ADD, Literal.of(1L)),
                        Literal.of(5L), false), "(1 <= x + 1 and x + 1 < 5)"));
    }

    @ParameterizedTest
    @MethodSource("milvusTexts")
    void printsMinimalParenthesesAndReparsesEqual(Expression tree, String milvus) {
        assertThat(MilvusExpressions.render(tree)).isEqualTo(milvus);
        if (!(tree instanceof Range range && !(range.subject() instanceof FieldRef))) {
            assertThat(MilvusExpressions.parse(milvus)).isEqualTo(tree);
        }
    }

    @Test
    void unpairedSurrogatesAreEscapedAndComeBack() {
        Expression tree = eq(A, Literal.of("x\uD800y"));
        String text = MilvusExpressions.render(tree);
        assertThat(text).isEqualTo("a == \"x\\uD800y\"");
        assertThat(MilvusExpressions.parse(text)).isEqualTo(tree);
    }

    static Stream<Arguments> statementOnlyValues() {
        return Stream.of(
                Arguments.of(new Parameter.Positional(2), "?", "parameter ?2 is not bound to a value"),
                Arguments.of(new Parameter.Named("year"), ":year", "parameter :year is not bound to a value"),
                Arguments.of(new SparseVectorLiteral(new long[] {17, 3}, new float[] {0.25f, 0.5f}),
                        "{3: 0.5, 17: 0.25}", "a Milvus expression cannot contain a sparse vector value"),
                Arguments.of(new BinaryLiteral(new byte[] {0x0F, 0x3C}), "x'0F3C'",
                        "a Milvus expression cannot contain a binary value x'0F3C'"),
                Arguments.of(new ObjectLiteral(List.of(new ObjectLiteral.Entry("k", Literal.of(1L)),
                        new ObjectLiteral.Entry("l", new ArrayLiteral(List.of(Literal.of("v")))))),
                        "{\"k\": 1, \"l\": [\"v\"]}", "a Milvus expression cannot contain a JSON object value"),
                Arguments.of(new Literal.NullLiteral(), "NULL",
                        "a Milvus expression cannot contain NULL (test for null with 'is null')"));
    }

    @ParameterizedTest
    @MethodSource("statementOnlyValues")
    void statementOnlyValuesPrintInStatementTextAndAreRefusedInMilvusText(Expression value, String statement,
                                                                          String refusal) {
        Expression tree = new In(X, new ArrayLiteral(List.of(value)), false);
        assertThat(MilvusExpressions.renderStatementText(tree)).isEqualTo("x IN [" + statement + "]");
        assertThatThrownBy(() -> MilvusExpressions.render(tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(refusal);
    }

    @Test
    void statementTextUsesKeywordsInUpperCaseAndQuotesOddFieldNames() {
        Expression tree = new And(new Not(new In(FieldRef.of("in"), new Parameter.Positional(1), true)),
                new Or(new NullTest(FieldRef.of("my field"), true), new Like(FieldRef.of("$meta"), Literal.of("a%"))));
        assertThat(MilvusExpressions.renderStatementText(tree))
                .isEqualTo("NOT (`in` NOT IN ?) AND (`my field` IS NOT NULL OR $meta LIKE \"a%\")");
    }

    @Test
    void statementTextWritesAnInclusiveRangeOverAnExpressionWithBetween() {
        Expression tree = new Range(Literal.of(1L), true, arith(X, ArithmeticOperator.MULTIPLY, Literal.of(2L)),
                new Parameter.Named("hi"), true);
        assertThat(MilvusExpressions.renderStatementText(tree)).isEqualTo("(x * 2 BETWEEN 1 AND :hi)");
    }

    @Test
    void refusesWhatMilvusCannotSpell() {
        assertThatThrownBy(() -> MilvusExpressions.render(eq(FieldRef.of("and"), A)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Milvus expression cannot name the field 'and'");
        assertThatThrownBy(() -> MilvusExpressions.render(eq(FieldRef.of("my field"), A)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Milvus expression cannot name the field 'my field'");
        assertThatThrownBy(() -> MilvusExpressions.render(new NullTest(arith(A, ArithmeticOperator.ADD, B), false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Milvus tests only fields and JSON paths for null, not a + b");
        assertThatThrownBy(() -> MilvusExpressions.render(eq(A, Literal.of(Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number NaN has no literal form");
        assertThatThrownBy(() -> MilvusExpressions.renderStatementText(eq(A, Literal.of(Double.POSITIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the number Infinity has no literal form");
    }
}
