package dev.quiver.grammar;

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
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the positional parameters inside an expression, for the formatter's ordering of WHERE terms. The walk
 * keeps its own stack, so arbitrarily deep filters do not exhaust the thread's.
 */
final class PositionalParameters implements ExpressionVisitor<Integer> {
    private static final Integer NONE = Integer.MAX_VALUE;

    private final Deque<Expression> pending = new ArrayDeque<>();

    private PositionalParameters() {
    }

    /** The smallest index of a {@code ?} in {@code expression}, or {@link Integer#MAX_VALUE} when there is none. */
    static int first(Expression expression) {
        PositionalParameters walk = new PositionalParameters();
        int first = Integer.MAX_VALUE;
        walk.pending.push(expression);
        while (!walk.pending.isEmpty()) {
            first = Math.min(first, walk.pending.pop().accept(walk));
        }
        return first;
    }

    private Integer push(Expression... children) {
        for (Expression child : children) {
            pending.push(child);
        }
        return NONE;
    }

    @Override
    public Integer visitPositionalParameter(Parameter.Positional parameter) {
        return parameter.index();
    }

    @Override
    public Integer visitNamedParameter(Parameter.Named parameter) {
        return NONE;
    }

    @Override
    public Integer visitBoolean(Literal.BooleanLiteral literal) {
        return NONE;
    }

    @Override
    public Integer visitInteger(Literal.IntegerLiteral literal) {
        return NONE;
    }

    @Override
    public Integer visitDecimal(Literal.DecimalLiteral literal) {
        return NONE;
    }

    @Override
    public Integer visitString(Literal.StringLiteral literal) {
        return NONE;
    }

    @Override
    public Integer visitNull(Literal.NullLiteral literal) {
        return NONE;
    }

    @Override
    public Integer visitArray(ArrayLiteral array) {
        array.elements().forEach(pending::push);
        return NONE;
    }

    @Override
    public Integer visitIntegerArray(IntegerArrayLiteral array) {
        return NONE;
    }

    @Override
    public Integer visitDecimalArray(DecimalArrayLiteral array) {
        return NONE;
    }

    @Override
    public Integer visitSparseVector(SparseVectorLiteral vector) {
        return NONE;
    }

    @Override
    public Integer visitBinary(BinaryLiteral binary) {
        return NONE;
    }

    @Override
    public Integer visitObject(ObjectLiteral object) {
        object.entries().forEach(entry -> pending.push(entry.value()));
        return NONE;
    }

    @Override
    public Integer visitField(FieldRef field) {
        return NONE;
    }

    @Override
    public Integer visitTemplateVariable(TemplateVariable variable) {
        return NONE;
    }

    @Override
    public Integer visitComparison(Comparison comparison) {
        return push(comparison.left(), comparison.right());
    }

    @Override
    public Integer visitRange(Range range) {
        return push(range.lower(), range.subject(), range.upper());
    }

    @Override
    public Integer visitIn(In in) {
        return push(in.subject(), in.list());
    }

    @Override
    public Integer visitLike(Like like) {
        return push(like.subject(), like.pattern());
    }

    @Override
    public Integer visitNullTest(NullTest test) {
        return push(test.subject());
    }

    @Override
    public Integer visitAnd(And and) {
        return push(and.left(), and.right());
    }

    @Override
    public Integer visitOr(Or or) {
        return push(or.left(), or.right());
    }

    @Override
    public Integer visitNot(Not not) {
        return push(not.operand());
    }

    @Override
    public Integer visitArithmetic(Arithmetic arithmetic) {
        return push(arithmetic.left(), arithmetic.right());
    }

    @Override
    public Integer visitNegate(Negate negate) {
        return push(negate.operand());
    }

    @Override
    public Integer visitFunctionCall(FunctionCall call) {
        call.arguments().forEach(pending::push);
        return NONE;
    }

    @Override
    public Integer visitTimestamp(TimestampLiteral timestamp) {
        return NONE;
    }

    @Override
    public Integer visitInterval(IntervalLiteral interval) {
        return NONE;
    }
}
