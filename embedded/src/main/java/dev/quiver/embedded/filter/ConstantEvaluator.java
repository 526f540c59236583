package dev.quiver.embedded.filter;

import dev.quiver.embedded.error.EngineException;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The value of a constant expression: {@code Long}, {@code Double}, {@code String}, {@code Boolean}, or a
 * {@code List} of those; template variables take the request's template values.
 */
final class ConstantEvaluator implements ExpressionVisitor<Object> {
    private final ExpressionCompiler compiler;

    ConstantEvaluator(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    private EngineException notAConstant(Expression expression) {
        return compiler.invalid(FilterCompiler.text(expression) + " is not a constant");
    }

    @Override
    public Object visitBoolean(Literal.BooleanLiteral literal) {
        return literal.value();
    }

    @Override
    public Object visitInteger(Literal.IntegerLiteral literal) {
        return literal.value();
    }

    @Override
    public Object visitDecimal(Literal.DecimalLiteral literal) {
        return literal.value();
    }

    @Override
    public Object visitString(Literal.StringLiteral literal) {
        return literal.value();
    }

    @Override
    public Object visitNull(Literal.NullLiteral literal) {
        throw notAConstant(literal);
    }

    @Override
    public Object visitArray(ArrayLiteral array) {
        List<Object> values = new ArrayList<>(array.elements().size());
        for (Expression element : array.elements()) {
            values.add(element.accept(this));
        }
        return values;
    }

    @Override
    public Object visitIntegerArray(IntegerArrayLiteral array) {
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i));
        }
        return values;
    }

    @Override
    public Object visitDecimalArray(DecimalArrayLiteral array) {
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i));
        }
        return values;
    }

    @Override
    public Object visitSparseVector(SparseVectorLiteral vector) {
        throw notAConstant(vector);
    }

    @Override
    public Object visitBinary(BinaryLiteral binary) {
        throw notAConstant(binary);
    }

    @Override
    public Object visitObject(ObjectLiteral object) {
        throw notAConstant(object);
    }

    @Override
    public Object visitField(FieldRef field) {
        throw notAConstant(field);
    }

    @Override
    public Object visitTemplateVariable(TemplateVariable variable) {
        return compiler.templateValue(variable.name());
    }

    @Override
    public Object visitPositionalParameter(Parameter.Positional parameter) {
        throw notAConstant(parameter);
    }

    @Override
    public Object visitNamedParameter(Parameter.Named parameter) {
        throw notAConstant(parameter);
    }

    @Override
    public Object visitComparison(Comparison comparison) {
        throw notAConstant(comparison);
    }

    @Override
    public Object visitRange(Range range) {
        throw notAConstant(range);
    }

    @Override
    public Object visitIn(In in) {
        throw notAConstant(in);
    }

    @Override
    public Object visitLike(Like like) {
        throw notAConstant(like);
    }

    @Override
    public Object visitNullTest(NullTest test) {
        throw notAConstant(test);
    }

    @Override
    public Object visitAnd(And and) {
        throw notAConstant(and);
    }

    @Override
    public Object visitOr(Or or) {
        throw notAConstant(or);
    }

    @Override
    public Object visitNot(Not not) {
        throw notAConstant(not);
    }

    @Override
    public Object visitArithmetic(Arithmetic arithmetic) {
        throw notAConstant(arithmetic);
    }

    @Override
    public Object visitNegate(Negate negate) {
        if (negate.operand().accept(this) instanceof Number number) {
            return ExpressionCompiler.negative(number);
        }
        throw notAConstant(negate);
    }

    @Override
    public Object visitFunctionCall(FunctionCall call) {
        throw notAConstant(call);
    }

    @Override
    public Object visitTimestamp(TimestampLiteral timestamp) {
        throw compiler.invalid(TimestamptzComparisons.SHAPE);
    }

    @Override
    public Object visitInterval(IntervalLiteral interval) {
        throw compiler.invalid(TimestamptzComparisons.SHAPE);
    }
}
