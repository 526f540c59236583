package dev.quiver.grammar.expr;

/**
 * A node of a filter expression or a literal value. Implementations are immutable records with value equality,
 * so two spellings of the same filter compare equal.
 */
public sealed interface Expression
        permits Literal, ArrayLiteral, IntegerArrayLiteral, DecimalArrayLiteral, SparseVectorLiteral, BinaryLiteral,
                ObjectLiteral, FieldRef, TemplateVariable, Parameter, Comparison, Range, In, Like, NullTest, And, Or,
                Not, Arithmetic, Negate, FunctionCall {
}
