package dev.quiver.grammar;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.Range;
import java.util.ArrayDeque;
import java.util.Deque;

/** Finds the positional parameters inside an expression, for the formatter's ordering of WHERE terms. */
final class PositionalParameters {
    private PositionalParameters() {
    }

    /** The smallest index of a {@code ?} in {@code expression}, or {@link Integer#MAX_VALUE} when there is none. */
    static int first(Expression expression) {
        int first = Integer.MAX_VALUE;
        Deque<Expression> pending = new ArrayDeque<>();
        pending.push(expression);
        while (!pending.isEmpty()) {
            Expression e = pending.pop();
            if (e instanceof Parameter.Positional positional) {
                first = Math.min(first, positional.index());
            } else if (e instanceof And and) {
                pending.push(and.left());
                pending.push(and.right());
            } else if (e instanceof Or or) {
                pending.push(or.left());
                pending.push(or.right());
            } else if (e instanceof Not not) {
                pending.push(not.operand());
            } else if (e instanceof Negate negate) {
                pending.push(negate.operand());
            } else if (e instanceof Comparison comparison) {
                pending.push(comparison.left());
                pending.push(comparison.right());
            } else if (e instanceof Arithmetic arithmetic) {
                pending.push(arithmetic.left());
                pending.push(arithmetic.right());
            } else if (e instanceof Range range) {
                pending.push(range.lower());
                pending.push(range.subject());
                pending.push(range.upper());
            } else if (e instanceof In in) {
                pending.push(in.subject());
                pending.push(in.list());
            } else if (e instanceof Like like) {
                pending.push(like.subject());
                pending.push(like.pattern());
            } else if (e instanceof NullTest nullTest) {
                pending.push(nullTest.subject());
            } else if (e instanceof FunctionCall call) {
                call.arguments().forEach(pending::push);
            } else if (e instanceof ArrayLiteral array) {
                array.elements().forEach(pending::push);
            } else if (e instanceof ObjectLiteral object) {
                object.entries().forEach(entry -> pending.push(entry.value()));
            }
        }
        return first;
    }
}
