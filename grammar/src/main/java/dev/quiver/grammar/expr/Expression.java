package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/**
 * A node of a filter expression or a literal value. Implementations are immutable records with value equality,
 * so two spellings of the same filter compare equal. Operations over the tree dispatch through
 * {@link #accept(ExpressionVisitor)}, which the compiler checks for exhaustiveness.
 */
public sealed interface Expression
        permits Literal, ArrayLiteral, IntegerArrayLiteral, DecimalArrayLiteral, SparseVectorLiteral, BinaryLiteral,
                ObjectLiteral, FieldRef, TemplateVariable, Parameter, Comparison, Range, In, Like, NullTest, And, Or,
                Not, Arithmetic, Negate, FunctionCall, TimestampLiteral, IntervalLiteral {

    /**
     * Calls the method of {@code visitor} for this node's kind and returns its result. Every node kind implements
     * this itself, calling its own {@link ExpressionVisitor} method, so a new kind cannot compile without a
     * visitor method of its own.
     */
    <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor);
}
