package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.ExpressionVisitor;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
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
import dev.quiver.grammar.expr.TemplateVariable;
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import org.jspecify.annotations.Nullable;

/**
 * The left operand of a binary node (and, or, comparison, arithmetic, in, like), or null for every other node.
 * The renderer walks chains along left operands with a loop, so long left-leaning chains need no deep recursion.
 */
final class LeftOperand implements ExpressionVisitor<@Nullable Expression> {
    static final LeftOperand INSTANCE = new LeftOperand();

    private LeftOperand() {
    }

    static @Nullable Expression of(Expression expression) {
        return expression.accept(INSTANCE);
    }

    @Override
    public @Nullable Expression visitBoolean(Literal.BooleanLiteral literal) {
        return null;
    }

    @Override
    public @Nullable Expression visitInteger(Literal.IntegerLiteral literal) {
        return null;
    }

    @Override
    public @Nullable Expression visitDecimal(Literal.DecimalLiteral literal) {
        return null;
    }

    @Override
    public @Nullable Expression visitString(Literal.StringLiteral literal) {
        return null;
    }

    @Override
    public @Nullable Expression visitNull(Literal.NullLiteral literal) {
        return null;
    }

    @Override
    public @Nullable Expression visitArray(ArrayLiteral array) {
        return null;
    }

    @Override
    public @Nullable Expression visitIntegerArray(IntegerArrayLiteral array) {
        return null;
    }

    @Override
    public @Nullable Expression visitDecimalArray(DecimalArrayLiteral array) {
        return null;
    }

    @Override
    public @Nullable Expression visitSparseVector(SparseVectorLiteral vector) {
        return null;
    }

    @Override
    public @Nullable Expression visitBinary(BinaryLiteral binary) {
        return null;
    }

    @Override
    public @Nullable Expression visitObject(ObjectLiteral object) {
        return null;
    }

    @Override
    public @Nullable Expression visitField(FieldRef field) {
        return null;
    }

    @Override
    public @Nullable Expression visitTemplateVariable(TemplateVariable variable) {
        return null;
    }

    @Override
    public @Nullable Expression visitPositionalParameter(Parameter.Positional parameter) {
        return null;
    }

    @Override
    public @Nullable Expression visitNamedParameter(Parameter.Named parameter) {
        return null;
    }

    @Override
    public @Nullable Expression visitComparison(Comparison comparison) {
        return comparison.left();
    }

    @Override
    public @Nullable Expression visitRange(Range range) {
        return null;
    }

    @Override
    public @Nullable Expression visitIn(In in) {
        return in.subject();
    }

    @Override
    public @Nullable Expression visitLike(Like like) {
        return like.subject();
    }

    @Override
    public @Nullable Expression visitNullTest(NullTest test) {
        return null;
    }

    @Override
    public @Nullable Expression visitAnd(And and) {
        return and.left();
    }

    @Override
    public @Nullable Expression visitOr(Or or) {
        return or.left();
    }

    @Override
    public @Nullable Expression visitNot(Not not) {
        return null;
    }

    @Override
    public @Nullable Expression visitArithmetic(Arithmetic arithmetic) {
        return arithmetic.left();
    }

    @Override
    public @Nullable Expression visitNegate(Negate negate) {
        return null;
    }

    @Override
    public @Nullable Expression visitFunctionCall(FunctionCall call) {
        return null;
    }

    @Override
    public @Nullable Expression visitTimestamp(TimestampLiteral timestamp) {
        return null;
    }

    @Override
    public @Nullable Expression visitInterval(IntervalLiteral interval) {
        return null;
    }
}
