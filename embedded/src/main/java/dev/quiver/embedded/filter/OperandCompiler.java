package dev.quiver.embedded.filter;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
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

/** Compiles an expression that must be a value (a field, a constant, arithmetic) into an {@link Operand}. */
final class OperandCompiler implements ExpressionVisitor<Operand> {
    private final ExpressionCompiler compiler;

    OperandCompiler(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    private Operand constant(Expression expression) {
        return new Operand.Constant(compiler.constant(expression));
    }

    private EngineException notAValue(Expression expression) {
        return compiler.invalid(FilterCompiler.text(expression) + " cannot be used as a value");
    }

    @Override
    public Operand visitBoolean(Literal.BooleanLiteral literal) {
        return constant(literal);
    }

    @Override
    public Operand visitInteger(Literal.IntegerLiteral literal) {
        return constant(literal);
    }

    @Override
    public Operand visitDecimal(Literal.DecimalLiteral literal) {
        return constant(literal);
    }

    @Override
    public Operand visitString(Literal.StringLiteral literal) {
        return constant(literal);
    }

    @Override
    public Operand visitNull(Literal.NullLiteral literal) {
        return constant(literal);
    }

    @Override
    public Operand visitArray(ArrayLiteral array) {
        return constant(array);
    }

    @Override
    public Operand visitIntegerArray(IntegerArrayLiteral array) {
        return constant(array);
    }

    @Override
    public Operand visitDecimalArray(DecimalArrayLiteral array) {
        return constant(array);
    }

    @Override
    public Operand visitSparseVector(SparseVectorLiteral vector) {
        throw notAValue(vector);
    }

    @Override
    public Operand visitBinary(BinaryLiteral binary) {
        throw notAValue(binary);
    }

    @Override
    public Operand visitObject(ObjectLiteral object) {
        throw notAValue(object);
    }

    @Override
    public Operand visitField(FieldRef field) {
        return compiler.field(field);
    }

    @Override
    public Operand visitTemplateVariable(TemplateVariable variable) {
        return constant(variable);
    }

    @Override
    public Operand visitPositionalParameter(Parameter.Positional parameter) {
        throw notAValue(parameter);
    }

    @Override
    public Operand visitNamedParameter(Parameter.Named parameter) {
        throw notAValue(parameter);
    }

    @Override
    public Operand visitComparison(Comparison comparison) {
        throw notAValue(comparison);
    }

    @Override
    public Operand visitRange(Range range) {
        throw notAValue(range);
    }

    @Override
    public Operand visitIn(In in) {
        throw notAValue(in);
    }

    @Override
    public Operand visitLike(Like like) {
        throw notAValue(like);
    }

    @Override
    public Operand visitNullTest(NullTest test) {
        throw notAValue(test);
    }

    @Override
    public Operand visitAnd(And and) {
        throw notAValue(and);
    }

    @Override
    public Operand visitOr(Or or) {
        throw notAValue(or);
    }

    @Override
    public Operand visitNot(Not not) {
        throw notAValue(not);
    }

    @Override
    public Operand visitArithmetic(Arithmetic arithmetic) {
        return compiler.arithmetic(arithmetic.left().accept(this), arithmetic.operator(),
                arithmetic.right().accept(this));
    }

    @Override
    public Operand visitNegate(Negate negate) {
        Operand inner = negate.operand().accept(this);
        if (inner instanceof Operand.Constant constant && constant.value instanceof Number number) {
            return new Operand.Constant(ExpressionCompiler.negative(number));
        }
        return compiler.arithmetic(new Operand.Constant(0L), ArithmeticOperator.SUBTRACT, inner);
    }

    @Override
    public Operand visitFunctionCall(FunctionCall call) {
        if (!call.name().equals("array_length")) {
            throw notAValue(call);
        }
        if (call.arguments().size() != 1) {
            throw compiler.invalid("array_length takes 1 argument, got " + call.arguments().size());
        }
        Operand source = call.arguments().get(0).accept(this);
        if (source.kind != Kind.ARRAY && source.kind != Kind.JSON) {
            throw compiler.invalid("array_length needs an Array field or a JSON value, not " + source.typeName);
        }
        return new Operand.ArrayLength(source);
    }

    @Override
    public Operand visitTimestamp(TimestampLiteral timestamp) {
        throw compiler.invalid(TimestamptzComparisons.SHAPE);
    }

    @Override
    public Operand visitInterval(IntervalLiteral interval) {
        throw compiler.invalid(TimestamptzComparisons.SHAPE);
    }
}
