package dev.quiver.driver.internal.exec;

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
import dev.quiver.grammar.expr.IntervalLiteral;
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
import dev.quiver.grammar.expr.TimestampLiteral;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parameters inside one expression: finding them, and the expression with each replaced by the literal of its
 * bound value, shaped as the parser shapes the same literal text (a list of numbers becomes a number array). Only
 * the path down to a parameter is copied; an expression without parameters is returned as is. Both walks are
 * {@link ExpressionVisitor}s, so a new node kind does not compile until it is handled here.
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
        e.accept(new Finder(sink));
    }

    /** {@code e} with its parameters replaced by {@code resolver}'s literals; {@code e} itself when it has none. */
    static Expression bind(Expression e, Resolver resolver) throws SQLException {
        try {
            return e.accept(new Binder(resolver));
        } catch (ResolveFailure failure) {
            throw failure.cause;
        }
    }

    /** Carries a resolver's SQLException through the visitor, whose methods cannot throw it. */
    private static final class ResolveFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException cause;

        ResolveFailure(SQLException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private static final class Finder implements ExpressionVisitor<Boolean> {
        // the result is unused: the walk reports to the sink
        private final Consumer<Parameter> sink;

        Finder(Consumer<Parameter> sink) {
            this.sink = sink;
        }

        private Boolean all(Expression... children) {
            for (Expression child : children) {
                child.accept(this);
            }
            return Boolean.TRUE;
        }

        private Boolean list(List<Expression> children) {
            children.forEach(child -> child.accept(this));
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitBoolean(Literal.BooleanLiteral literal) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitInteger(Literal.IntegerLiteral literal) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitDecimal(Literal.DecimalLiteral literal) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitString(Literal.StringLiteral literal) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitNull(Literal.NullLiteral literal) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitArray(ArrayLiteral array) {
            return list(array.elements());
        }

        @Override
        public Boolean visitIntegerArray(IntegerArrayLiteral array) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitDecimalArray(DecimalArrayLiteral array) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitSparseVector(SparseVectorLiteral vector) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitBinary(BinaryLiteral binary) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitObject(ObjectLiteral object) {
            object.entries().forEach(entry -> entry.value().accept(this));
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitField(FieldRef field) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitTemplateVariable(TemplateVariable variable) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitPositionalParameter(Parameter.Positional parameter) {
            sink.accept(parameter);
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitNamedParameter(Parameter.Named parameter) {
            sink.accept(parameter);
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitComparison(Comparison comparison) {
            return all(comparison.left(), comparison.right());
        }

        @Override
        public Boolean visitRange(Range range) {
            return all(range.lower(), range.subject(), range.upper());
        }

        @Override
        public Boolean visitIn(In in) {
            return all(in.subject(), in.list());
        }

        @Override
        public Boolean visitLike(Like like) {
            return all(like.subject(), like.pattern());
        }

        @Override
        public Boolean visitNullTest(NullTest test) {
            return all(test.subject());
        }

        @Override
        public Boolean visitAnd(And and) {
            return all(and.left(), and.right());
        }

        @Override
        public Boolean visitOr(Or or) {
            return all(or.left(), or.right());
        }

        @Override
        public Boolean visitNot(Not not) {
            return all(not.operand());
        }

        @Override
        public Boolean visitArithmetic(Arithmetic arithmetic) {
            return all(arithmetic.left(), arithmetic.right());
        }

        @Override
        public Boolean visitNegate(Negate negate) {
            return all(negate.operand());
        }

        @Override
        public Boolean visitFunctionCall(FunctionCall call) {
            return list(call.arguments());
        }
        @Override
        public Boolean visitTimestamp(TimestampLiteral timestamp) {
            return Boolean.TRUE;
        }

        @Override
        public Boolean visitInterval(IntervalLiteral interval) {
            return Boolean.TRUE;
        }
    }

    private static final class Binder implements ExpressionVisitor<Expression> {
        private final Resolver resolver;

        Binder(Resolver resolver) {
            this.resolver = resolver;
        }

        private Expression resolve(Parameter parameter) {
            try {
                return resolver.literal(parameter);
            } catch (SQLException e) {
                throw new ResolveFailure(e);
            }
        }

        private List<Expression> bindAll(List<Expression> list) {
            List<Expression> out = null;
            for (int i = 0; i < list.size(); i++) {
                Expression bound = list.get(i).accept(this);
                if (bound != list.get(i) && out == null) {
                    out = new ArrayList<>(list.subList(0, i));
                }
                if (out != null) {
                    out.add(bound);
                }
            }
            return out == null ? list : out;
        }

        @Override
        public Expression visitBoolean(Literal.BooleanLiteral literal) {
            return literal;
        }

        @Override
        public Expression visitInteger(Literal.IntegerLiteral literal) {
            return literal;
        }

        @Override
        public Expression visitDecimal(Literal.DecimalLiteral literal) {
            return literal;
        }

        @Override
        public Expression visitString(Literal.StringLiteral literal) {
            return literal;
        }

        @Override
        public Expression visitNull(Literal.NullLiteral literal) {
            return literal;
        }

        @Override
        public Expression visitArray(ArrayLiteral array) {
            List<Expression> elements = bindAll(array.elements());
            return elements == array.elements() ? array : ListLiterals.of(elements);
        }

        @Override
        public Expression visitIntegerArray(IntegerArrayLiteral array) {
            return array;
        }

        @Override
        public Expression visitDecimalArray(DecimalArrayLiteral array) {
            return array;
        }

        @Override
        public Expression visitSparseVector(SparseVectorLiteral vector) {
            return vector;
        }

        @Override
        public Expression visitBinary(BinaryLiteral binary) {
            return binary;
        }

        @Override
        public Expression visitObject(ObjectLiteral object) {
            List<ObjectLiteral.Entry> entries = new ArrayList<>(object.entries().size());
            boolean changed = false;
            for (ObjectLiteral.Entry entry : object.entries()) {
                Expression value = entry.value().accept(this);
                changed |= value != entry.value();
                entries.add(value == entry.value() ? entry : new ObjectLiteral.Entry(entry.key(), value));
            }
            return changed ? new ObjectLiteral(entries) : object;
        }

        @Override
        public Expression visitField(FieldRef field) {
            return field;
        }

        @Override
        public Expression visitTemplateVariable(TemplateVariable variable) {
            return variable;
        }

        @Override
        public Expression visitPositionalParameter(Parameter.Positional parameter) {
            return resolve(parameter);
        }

        @Override
        public Expression visitNamedParameter(Parameter.Named parameter) {
            return resolve(parameter);
        }

        @Override
        public Expression visitComparison(Comparison c) {
            Expression l = c.left().accept(this);
            Expression r = c.right().accept(this);
            return l == c.left() && r == c.right() ? c : new Comparison(l, c.operator(), r);
        }

        @Override
        public Expression visitRange(Range r) {
            Expression lower = r.lower().accept(this);
            Expression subject = r.subject().accept(this);
            Expression upper = r.upper().accept(this);
            return lower == r.lower() && subject == r.subject() && upper == r.upper() ? r
                    : new Range(lower, r.lowerInclusive(), subject, upper, r.upperInclusive());
        }

        @Override
        public Expression visitIn(In in) {
            Expression subject = in.subject().accept(this);
            Expression list = in.list().accept(this);
            return subject == in.subject() && list == in.list() ? in : new In(subject, list, in.negated());
        }

        @Override
        public Expression visitLike(Like like) {
            Expression subject = like.subject().accept(this);
            Expression pattern = like.pattern().accept(this);
            return subject == like.subject() && pattern == like.pattern() ? like : new Like(subject, pattern);
        }

        @Override
        public Expression visitNullTest(NullTest test) {
            Expression subject = test.subject().accept(this);
            return subject == test.subject() ? test : new NullTest(subject, test.negated());
        }

        @Override
        public Expression visitAnd(And and) {
            Expression l = and.left().accept(this);
            Expression r = and.right().accept(this);
            return l == and.left() && r == and.right() ? and : new And(l, r);
        }

        @Override
        public Expression visitOr(Or or) {
            Expression l = or.left().accept(this);
            Expression r = or.right().accept(this);
            return l == or.left() && r == or.right() ? or : new Or(l, r);
        }

        @Override
        public Expression visitNot(Not not) {
            Expression o = not.operand().accept(this);
            return o == not.operand() ? not : new Not(o);
        }

        @Override
        public Expression visitArithmetic(Arithmetic a) {
            Expression l = a.left().accept(this);
            Expression r = a.right().accept(this);
            return l == a.left() && r == a.right() ? a : new Arithmetic(l, a.operator(), r);
        }

        @Override
        public Expression visitNegate(Negate negate) {
            Expression o = negate.operand().accept(this);
            return o == negate.operand() ? negate : new Negate(o);
        }

        @Override
        public Expression visitFunctionCall(FunctionCall call) {
            List<Expression> arguments = bindAll(call.arguments());
            return arguments == call.arguments() ? call : new FunctionCall(call.name(), arguments);
        }

        @Override
        public Expression visitTimestamp(TimestampLiteral timestamp) {
            return timestamp;
        }

        @Override
        public Expression visitInterval(IntervalLiteral interval) {
            return interval;
        }
    }
}
