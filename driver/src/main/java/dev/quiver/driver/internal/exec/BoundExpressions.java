package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.ListLiterals;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parameters inside one expression: finding them, and the expression with each replaced by the literal of its
 * bound value, shaped as the parser shapes the same literal text (a list of numbers becomes a number array). Only
 * the path down to a parameter is copied; an expression without parameters is returned as is.
 * A node kind this class does not know is an {@link IllegalStateException}, never skipped.
 */
final class BoundExpressions {
    private BoundExpressions() {
    }

    /** Resolves one parameter to an expression. */
    interface Resolver {
        Expression literal(Parameter parameter) throws SQLException;
    }

    /** Calls {@code sink} for every parameter in {@code e}, left to right. */
    static void parameters(Expression e, Consumer<Parameter> sink) {
        if (e instanceof Parameter p) {
            sink.accept(p);
        } else if (e instanceof And and) {
            parameters(and.left(), sink);
            parameters(and.right(), sink);
        } else if (e instanceof Or or) {
            parameters(or.left(), sink);
            parameters(or.right(), sink);
        } else if (e instanceof Not not) {
            parameters(not.operand(), sink);
        } else if (e instanceof Negate negate) {
            parameters(negate.operand(), sink);
        } else if (e instanceof Comparison c) {
            parameters(c.left(), sink);
            parameters(c.right(), sink);
        } else if (e instanceof Arithmetic a) {
            parameters(a.left(), sink);
            parameters(a.right(), sink);
        } else if (e instanceof Range r) {
            parameters(r.lower(), sink);
            parameters(r.subject(), sink);
            parameters(r.upper(), sink);
        } else if (e instanceof In in) {
            parameters(in.subject(), sink);
            parameters(in.list(), sink);
        } else if (e instanceof Like like) {
            parameters(like.subject(), sink);
            parameters(like.pattern(), sink);
        } else if (e instanceof NullTest test) {
            parameters(test.subject(), sink);
        } else if (e instanceof FunctionCall call) {
            call.arguments().forEach(a -> parameters(a, sink));
        } else if (e instanceof ArrayLiteral array) {
            array.elements().forEach(x -> parameters(x, sink));
        } else if (e instanceof ObjectLiteral object) {
            object.entries().forEach(entry -> parameters(entry.value(), sink));
        } else if (!isLeaf(e)) {
            throw new IllegalStateException("unexpected expression node " + e.getClass().getName());
        }
    }

    /** {@code e} with its parameters replaced by {@code resolver}'s literals; {@code e} itself when it has none. */
    static Expression bind(Expression e, Resolver resolver) throws SQLException {
        if (e instanceof Parameter p) {
            return resolver.literal(p);
        } else if (e instanceof And and) {
            Expression l = bind(and.left(), resolver);
            Expression r = bind(and.right(), resolver);
            return l == and.left() && r == and.right() ? e : new And(l, r);
        } else if (e instanceof Or or) {
            Expression l = bind(or.left(), resolver);
            Expression r = bind(or.right(), resolver);
            return l == or.left() && r == or.right() ? e : new Or(l, r);
        } else if (e instanceof Not not) {
            Expression o = bind(not.operand(), resolver);
            return o == not.operand() ? e : new Not(o);
        } else if (e instanceof Negate negate) {
            Expression o = bind(negate.operand(), resolver);
            return o == negate.operand() ? e : new Negate(o);
        } else if (e instanceof Comparison c) {
            Expression l = bind(c.left(), resolver);
            Expression r = bind(c.right(), resolver);
            return l == c.left() && r == c.right() ? e : new Comparison(l, c.operator(), r);
        } else if (e instanceof Arithmetic a) {
            Expression l = bind(a.left(), resolver);
            Expression r = bind(a.right(), resolver);
            return l == a.left() && r == a.right() ? e : new Arithmetic(l, a.operator(), r);
        } else if (e instanceof Range r) {
            Expression lower = bind(r.lower(), resolver);
            Expression subject = bind(r.subject(), resolver);
            Expression upper = bind(r.upper(), resolver);
            return lower == r.lower() && subject == r.subject() && upper == r.upper() ? e
                    : new Range(lower, r.lowerInclusive(), subject, upper, r.upperInclusive());
        } else if (e instanceof In in) {
            Expression subject = bind(in.subject(), resolver);
            Expression list = bind(in.list(), resolver);
            return subject == in.subject() && list == in.list() ? e : new In(subject, list, in.negated());
        } else if (e instanceof Like like) {
            Expression subject = bind(like.subject(), resolver);
            Expression pattern = bind(like.pattern(), resolver);
            return subject == like.subject() && pattern == like.pattern() ? e : new Like(subject, pattern);
        } else if (e instanceof NullTest test) {
            Expression subject = bind(test.subject(), resolver);
            return subject == test.subject() ? e : new NullTest(subject, test.negated());
        } else if (e instanceof FunctionCall call) {
            List<Expression> arguments = bindAll(call.arguments(), resolver);
            return arguments == call.arguments() ? e : new FunctionCall(call.name(), arguments);
        } else if (e instanceof ArrayLiteral array) {
            List<Expression> elements = bindAll(array.elements(), resolver);
            return elements == array.elements() ? e : ListLiterals.of(elements);
        } else if (e instanceof ObjectLiteral object) {
            List<ObjectLiteral.Entry> entries = new ArrayList<>(object.entries().size());
            boolean changed = false;
            for (ObjectLiteral.Entry entry : object.entries()) {
                Expression value = bind(entry.value(), resolver);
                changed |= value != entry.value();
                entries.add(value == entry.value() ? entry : new ObjectLiteral.Entry(entry.key(), value));
            }
            return changed ? new ObjectLiteral(entries) : e;
        } else if (isLeaf(e)) {
            return e;
        }
        throw new IllegalStateException("unexpected expression node " + e.getClass().getName());
    }

    private static List<Expression> bindAll(List<Expression> list, Resolver resolver) throws SQLException {
        List<Expression> out = null;
        for (int i = 0; i < list.size(); i++) {
            Expression bound = bind(list.get(i), resolver);
            if (bound != list.get(i) && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(bound);
            }
        }
        return out == null ? list : out;
    }

    private static boolean isLeaf(Expression e) {
        return e instanceof Literal || e instanceof FieldRef || e instanceof TemplateVariable
                || e instanceof IntegerArrayLiteral || e instanceof DecimalArrayLiteral
                || e instanceof SparseVectorLiteral || e instanceof BinaryLiteral
                || e instanceof dev.quiver.grammar.expr.TimestampLiteral
                || e instanceof dev.quiver.grammar.expr.IntervalLiteral;
    }
}
