package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/**
 * One operation over every kind of {@link Expression} node, dispatched by {@link Expression#accept}.
 *
 * <p>There is one method per concrete node kind and deliberately no default methods and no adapter class:
 * adding a node kind means adding a method here, so every visitor that does not handle the new kind stops
 * compiling. Implementations decide themselves how to recurse into children.
 *
 * @param <R> the result of visiting a node
 */
public interface ExpressionVisitor<R extends @Nullable Object> {
    /** {@code true} or {@code false}. */
    R visitBoolean(Literal.BooleanLiteral literal);

    /** A whole number. */
    R visitInteger(Literal.IntegerLiteral literal);

    /** A number with a fraction or an exponent. */
    R visitDecimal(Literal.DecimalLiteral literal);

    /** A string. */
    R visitString(Literal.StringLiteral literal);

    /** {@code NULL}. */
    R visitNull(Literal.NullLiteral literal);

    /** A bracketed list that is not all numbers. */
    R visitArray(ArrayLiteral array);

    /** A bracketed list of whole numbers. */
    R visitIntegerArray(IntegerArrayLiteral array);

    /** A bracketed list of numbers with at least one decimal. */
    R visitDecimalArray(DecimalArrayLiteral array);

    /** A sparse vector. */
    R visitSparseVector(SparseVectorLiteral vector);

    /** A hexadecimal byte string. */
    R visitBinary(BinaryLiteral binary);

    /** A JSON object. */
    R visitObject(ObjectLiteral object);

    /** A field reference with its path. */
    R visitField(FieldRef field);

    /** A Milvus template variable. */
    R visitTemplateVariable(TemplateVariable variable);

    /** A JDBC positional parameter {@code ?}. */
    R visitPositionalParameter(Parameter.Positional parameter);

    /** A named parameter {@code :name}. */
    R visitNamedParameter(Parameter.Named parameter);

    /** A comparison. */
    R visitComparison(Comparison comparison);

    /** A two-sided range. */
    R visitRange(Range range);

    /** {@code [not] in}. */
    R visitIn(In in);

    /** {@code like}. */
    R visitLike(Like like);

    /** {@code is [not] null}. */
    R visitNullTest(NullTest test);

    /** {@code and}. */
    R visitAnd(And and);

    /** {@code or}. */
    R visitOr(Or or);

    /** {@code not}. */
    R visitNot(Not not);

    /** Arithmetic. */
    R visitArithmetic(Arithmetic arithmetic);

    /** Unary minus. */
    R visitNegate(Negate negate);

    /** A function call. */
    R visitFunctionCall(FunctionCall call);

    /** A TIMESTAMPTZ literal {@code ISO '...'}. */
    R visitTimestamp(TimestampLiteral timestamp);

    /** An ISO 8601 duration {@code INTERVAL '...'}. */
    R visitInterval(IntervalLiteral interval);
}
