package dev.quiver.embedded.filter;

import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
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
import java.util.List;

/**
 * Compiles an expression that must be a condition into a {@link Node}. Values that are not conditions (fields,
 * literals, arithmetic) become conditions only when they are booleans, as Milvus accepts a bool field as a filter.
 */
final class PredicateCompiler implements ExpressionVisitor<Node> {
    /** Constant nodes read no column. */
    private static final ColumnReader[] NO_COLUMNS = new ColumnReader[0];
    private final ExpressionCompiler compiler;

    PredicateCompiler(ExpressionCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public Node visitBoolean(Literal.BooleanLiteral literal) {
        return new Node.Const(Truth.of(literal.value()));
    }

    @Override
    public Node visitInteger(Literal.IntegerLiteral literal) {
        return compiler.booleanValue(literal);
    }

    @Override
    public Node visitDecimal(Literal.DecimalLiteral literal) {
        return compiler.booleanValue(literal);
    }

    @Override
    public Node visitString(Literal.StringLiteral literal) {
        return compiler.booleanValue(literal);
    }

    @Override
    public Node visitNull(Literal.NullLiteral literal) {
        return compiler.booleanValue(literal);
    }

    @Override
    public Node visitArray(ArrayLiteral array) {
        return compiler.booleanValue(array);
    }

    @Override
    public Node visitIntegerArray(IntegerArrayLiteral array) {
        return compiler.booleanValue(array);
    }

    @Override
    public Node visitDecimalArray(DecimalArrayLiteral array) {
        return compiler.booleanValue(array);
    }

    @Override
    public Node visitSparseVector(SparseVectorLiteral vector) {
        return compiler.booleanValue(vector);
    }

    @Override
    public Node visitBinary(BinaryLiteral binary) {
        return compiler.booleanValue(binary);
    }

    @Override
    public Node visitObject(ObjectLiteral object) {
        return compiler.booleanValue(object);
    }

    @Override
    public Node visitField(FieldRef field) {
        return compiler.booleanValue(field);
    }

    @Override
    public Node visitTemplateVariable(TemplateVariable variable) {
        return compiler.booleanValue(variable);
    }

    @Override
    public Node visitPositionalParameter(Parameter.Positional parameter) {
        return compiler.booleanValue(parameter);
    }

    @Override
    public Node visitNamedParameter(Parameter.Named parameter) {
        return compiler.booleanValue(parameter);
    }

    @Override
    public Node visitComparison(Comparison comparison) {
        Node timestamptz = TimestamptzComparisons.compile(compiler, comparison);
        if (timestamptz != null) {
            return timestamptz;
        }
        return compiler.compare(compiler.operand(comparison.left()), comparison.operator(),
                compiler.operand(comparison.right()));
    }

    @Override
    public Node visitRange(Range range) {
        Operand subject = compiler.operand(range.subject());
        return new Node.And(List.of(
                compiler.compare(compiler.operand(range.lower()),
                        range.lowerInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS,
                        subject),
                compiler.compare(subject,
                        range.upperInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS,
                        compiler.operand(range.upper()))));
    }

    @Override
    public Node visitIn(In in) {
        return compiler.in(in);
    }

    @Override
    public Node visitLike(Like like) {
        return compiler.like(like);
    }

    @Override
    public Node visitNullTest(NullTest test) {
        if (!(test.subject() instanceof FieldRef)) {
            throw compiler.invalid("is null applies to fields and JSON paths only");
        }
        return new Node.NullTest(compiler.operand(test.subject()), test.negated());
    }

    @Override
    public Node visitAnd(And and) {
        return logical(compiler.conjuncts(and), "and", Node.And::new);
    }

    @Override
    public Node visitOr(Or or) {
        return logical(compiler.disjuncts(or), "or", Node.Or::new);
    }

    @Override
    public Node visitNot(Not not) {
        Node operand = not.operand().accept(this);
        return operand instanceof Node.Const ? new Node.Const(Truth.not(operand.eval(NO_COLUMNS, 0))) : new Node.Not(operand);
    }

    /**
     * Milvus's plan parser folds a logical operator whose operands are both constants, and refuses one that mixes a
     * constant with a condition on fields, so that {@code id < 0 or true} cannot turn a delete into "delete every
     * row". A chain mixes them exactly when some operator in its tree does.
     */
    private Node logical(List<Node> terms, String operator, java.util.function.Function<List<Node>, Node> combine) {
        long constants = terms.stream().filter(term -> term instanceof Node.Const).count();
        if (constants == 0) {
            return combine.apply(terms);
        }
        if (constants < terms.size()) {
            throw compiler.invalid("'" + operator + "' can only be used between boolean expressions");
        }
        return new Node.Const(combine.apply(terms).eval(NO_COLUMNS, 0));
    }

    @Override
    public Node visitArithmetic(Arithmetic arithmetic) {
        return compiler.booleanValue(arithmetic);
    }

    @Override
    public Node visitNegate(Negate negate) {
        return compiler.booleanValue(negate);
    }

    @Override
    public Node visitFunctionCall(FunctionCall call) {
        return compiler.function(call);
    }

    @Override
    public Node visitTimestamp(TimestampLiteral timestamp) {
        throw compiler.invalid(TimestamptzComparisons.SHAPE);
    }

    @Override
    public Node visitInterval(IntervalLiteral interval) {
        throw compiler.invalid(TimestamptzComparisons.SHAPE);
    }
}
