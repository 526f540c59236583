package dev.quiver.dsl;

import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.Range;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A value inside a filter: a {@link Field}, a function such as {@link Filters#arrayLength(String)}, or arithmetic on
 * them ({@code field("id").mod(2)}). Its methods build comparisons; values are converted to literal nodes
 * (numbers, strings, booleans, lists), never concatenated into text. Method names avoid Kotlin's hard keywords
 * ({@code isIn} rather than {@code in}). Immutable and thread-safe.
 */
public class Operand {
    private final Expression expression;

    Operand(Expression expression) {
        this.expression = Objects.requireNonNull(expression, "expression");
    }

    /**
     * The operand's expression AST.
     *
     * @return the expression
     */
    public final Expression toExpression() {
        return expression;
    }

    private Filter compare(ComparisonOperator operator, Object value) {
        return new Filter(new Comparison(expression, operator, value(value)));
    }

    private static Expression value(Object value) {
        Objects.requireNonNull(value, "a filter value cannot be null; test for null with isNull()");
        return value instanceof Operand operand ? operand.expression : Values.literal(value);
    }

    /**
     * Equal to {@code value}.
     *
     * @param value a number, string, boolean, list, or another operand
     * @return {@code this == value}
     */
    public final Filter eq(Object value) {
        return compare(ComparisonOperator.EQUAL, value);
    }

    /**
     * Not equal to {@code value}.
     *
     * @param value a number, string, boolean, list, or another operand
     * @return {@code this != value}
     */
    public final Filter ne(Object value) {
        return compare(ComparisonOperator.NOT_EQUAL, value);
    }

    /**
     * Greater than {@code value}.
     *
     * @param value a number, string or operand
     * @return {@code this > value}
     */
    public final Filter gt(Object value) {
        return compare(ComparisonOperator.GREATER, value);
    }

    /**
     * Greater than or equal to {@code value}.
     *
     * @param value a number, string or operand
     * @return {@code this >= value}
     */
    public final Filter ge(Object value) {
        return compare(ComparisonOperator.GREATER_OR_EQUAL, value);
    }

    /**
     * Less than {@code value}.
     *
     * @param value a number, string or operand
     * @return {@code this < value}
     */
    public final Filter lt(Object value) {
        return compare(ComparisonOperator.LESS, value);
    }

    /**
     * Less than or equal to {@code value}.
     *
     * @param value a number, string or operand
     * @return {@code this <= value}
     */
    public final Filter le(Object value) {
        return compare(ComparisonOperator.LESS_OR_EQUAL, value);
    }

    /**
     * Between {@code lower} and {@code upper}, both inclusive ({@code lower <= this <= upper}).
     *
     * @param lower the lower bound
     * @param upper the upper bound
     * @return the range filter
     */
    public final Filter between(Object lower, Object upper) {
        return new Filter(new Range(value(lower), true, expression, value(upper), true));
    }

    /**
     * Equal to one of {@code values} ({@code IN}).
     *
     * @param values one or more values
     * @return {@code this IN [values]}
     */
    public final Filter isIn(Object... values) {
        return isIn(Arrays.asList(values));
    }

    /**
     * Equal to one of {@code values} ({@code IN}).
     *
     * @param values the values; an empty collection matches nothing
     * @return {@code this IN [values]}
     */
    public final Filter isIn(Collection<?> values) {
        return new Filter(new In(expression, Values.literal(List.copyOf(values)), false));
    }

    /**
     * Equal to none of {@code values} ({@code NOT IN}).
     *
     * @param values one or more values
     * @return {@code this NOT IN [values]}
     */
    public final Filter notIn(Object... values) {
        return notIn(Arrays.asList(values));
    }

    /**
     * Equal to none of {@code values} ({@code NOT IN}).
     *
     * @param values the values
     * @return {@code this NOT IN [values]}
     */
    public final Filter notIn(Collection<?> values) {
        return new Filter(new In(expression, Values.literal(List.copyOf(values)), true));
    }

    /**
     * Matches the LIKE {@code pattern}, where {@code %} matches any run of characters.
     *
     * @param pattern the pattern, such as {@code "The %"}
     * @return {@code this LIKE pattern}
     */
    public final Filter like(String pattern) {
        return new Filter(new Like(expression, Literal.of(pattern)));
    }

    /**
     * Does not match the LIKE {@code pattern}.
     *
     * @param pattern the pattern
     * @return {@code NOT (this LIKE pattern)}
     */
    public final Filter notLike(String pattern) {
        return new Filter(new Not(new Like(expression, Literal.of(pattern))));
    }

    /**
     * Is null.
     *
     * @return {@code this IS NULL}
     */
    public final Filter isNull() {
        return new Filter(new NullTest(expression, false));
    }

    /**
     * Is not null.
     *
     * @return {@code this IS NOT NULL}
     */
    public final Filter isNotNull() {
        return new Filter(new NullTest(expression, true));
    }

    private Operand arithmetic(ArithmeticOperator operator, Object value) {
        return new Operand(new Arithmetic(expression, operator, value(value)));
    }

    /**
     * This plus {@code value}.
     *
     * @param value a number or operand
     * @return {@code this + value}
     */
    public final Operand plus(Object value) {
        return arithmetic(ArithmeticOperator.ADD, value);
    }

    /**
     * This minus {@code value}.
     *
     * @param value a number or operand
     * @return {@code this - value}
     */
    public final Operand minus(Object value) {
        return arithmetic(ArithmeticOperator.SUBTRACT, value);
    }

    /**
     * This times {@code value}.
     *
     * @param value a number or operand
     * @return {@code this * value}
     */
    public final Operand times(Object value) {
        return arithmetic(ArithmeticOperator.MULTIPLY, value);
    }

    /**
     * This divided by {@code value}.
     *
     * @param value a number or operand
     * @return {@code this / value}
     */
    public final Operand div(Object value) {
        return arithmetic(ArithmeticOperator.DIVIDE, value);
    }

    /**
     * This modulo {@code value}.
     *
     * @param value a number or operand
     * @return {@code this % value}
     */
    public final Operand mod(Object value) {
        return arithmetic(ArithmeticOperator.MODULO, value);
    }

    /**
     * Operands are equal when their expression trees are.
     *
     * @param other another object
     * @return whether equal
     */
    @Override
    public final boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof Operand operand && operand.expression.equals(expression);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        return expression.hashCode();
    }

    /**
     * The operand in statement syntax.
     *
     * @return the text
     */
    @Override
    public final String toString() {
        return dev.quiver.grammar.MilvusExpressions.renderStatementText(expression);
    }
}
