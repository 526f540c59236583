package dev.quiver.dsl;

import dev.quiver.grammar.MilvusExpressions;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.Or;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A boolean filter, as written after WHERE: built from {@link Filters#field(String)} comparisons and combined with
 * {@link #and(Filter)}, {@link #or(Filter)} and {@link #not()}. It wraps the grammar's expression AST; values are
 * literal nodes, so nothing is ever escaped by hand. Immutable and thread-safe.
 */
public final class Filter {
    private final Expression expression;

    Filter(Expression expression) {
        this.expression = Objects.requireNonNull(expression, "expression");
    }

    /**
     * A filter from an existing expression AST.
     *
     * @param expression a boolean expression
     * @return the filter
     */
    public static Filter of(Expression expression) {
        return new Filter(expression);
    }

    /**
     * Parses a filter in statement syntax ({@code year > 2000 AND genre IN ('a', 'b')}); Milvus spellings are
     * accepted too.
     *
     * @param text the filter text
     * @return the filter
     * @throws dev.quiver.grammar.ParsingException when the text is not a valid filter
     */
    public static Filter parse(String text) {
        return new Filter(new StatementParser().parseExpression(text));
    }

    /**
     * Both this and {@code other}.
     *
     * @param other the right operand
     * @return {@code this AND other}
     */
    public Filter and(Filter other) {
        return new Filter(new And(expression, other.expression));
    }

    /**
     * This or {@code other}.
     *
     * @param other the right operand
     * @return {@code this OR other}
     */
    public Filter or(Filter other) {
        return new Filter(new Or(expression, other.expression));
    }

    /**
     * The negation of this filter.
     *
     * @return {@code NOT this}
     */
    public Filter not() {
        return new Filter(new Not(expression));
    }

    /**
     * The filter's expression AST.
     *
     * @return the expression
     */
    public Expression toExpression() {
        return expression;
    }

    /**
     * The filter as Milvus expression text, as the driver sends it to Milvus.
     *
     * @return Milvus boolean-expression text
     * @throws IllegalArgumentException when the filter holds something Milvus cannot express
     */
    public String toMilvusExpression() {
        return MilvusExpressions.render(expression);
    }

    /**
     * Filters are equal when their expression trees are.
     *
     * @param other another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Filter filter && filter.expression.equals(expression);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    /**
     * The filter in statement syntax, as it appears after WHERE.
     *
     * @return the filter text
     */
    @Override
    public String toString() {
        return MilvusExpressions.renderStatementText(expression);
    }
}
